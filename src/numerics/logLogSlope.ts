/**
 * Least-squares slope of log y against log x: the fitted exponent p of y ≈ C·x^p.
 * Requires ≥ 2 points with x, y > 0.
 */
export function logLogSlope(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  if (xs.length !== ys.length || xs.length < 2) throw new RangeError(`xs and ys must have equal length ≥ 2, got ${xs.length} and ${ys.length}`);
  return linearSlope(Array.from(xs, Math.log), Array.from(ys, Math.log));
}

/** Least-squares slope of v against u (u not all equal). */
export function linearSlope(u: ArrayLike<number>, v: ArrayLike<number>): number {
  const n = u.length;
  let mu = 0;
  let mv = 0;
  for (let i = 0; i < n; i++) {
    mu += u[i]!;
    mv += v[i]!;
  }
  mu /= n;
  mv /= n;
  let suv = 0;
  let suu = 0;
  for (let i = 0; i < n; i++) {
    suv += (u[i]! - mu) * (v[i]! - mv);
    suu += (u[i]! - mu) ** 2;
  }
  if (!(suu > 0) || !Number.isFinite(suv)) throw new RangeError('linearSlope needs finite values with at least two distinct abscissae');
  return suv / suu;
}
