/**
 * Ordinary least squares v ≈ a + b·u with the usual standard error of the slope,
 * se(b) = √(Σ residual²/(N − 2) / Σ(u − ū)²), and the coefficient of determination R². Used to fit
 * log â_k(t) against t (the rate of a linear convergence is −b), and log y against log x for power-law
 * exponents (`logLogSlope`). Needs ≥ 2 points with distinct u; with exactly 2 there are no residual degrees
 * of freedom and the standard error is NaN.
 */
export interface LinearFit {
  readonly slope: number;
  readonly intercept: number;
  readonly standardError: number;
  readonly rSquared: number;
}

export function linearFit(u: ArrayLike<number>, v: ArrayLike<number>): LinearFit {
  const n = u.length;
  if (v.length !== n || n < 2) throw new RangeError(`u and v must have equal length ≥ 2, got ${u.length} and ${v.length}`);
  let mu = 0;
  let mv = 0;
  for (let i = 0; i < n; i++) {
    mu += u[i]!;
    mv += v[i]!;
  }
  mu /= n;
  mv /= n;
  let suu = 0;
  let suv = 0;
  let svv = 0;
  for (let i = 0; i < n; i++) {
    suu += (u[i]! - mu) ** 2;
    suv += (u[i]! - mu) * (v[i]! - mv);
    svv += (v[i]! - mv) ** 2;
  }
  if (!(suu > 0) || !Number.isFinite(suv + svv)) throw new RangeError('linearFit needs finite values with at least two distinct abscissae');
  const slope = suv / suu;
  const intercept = mv - slope * mu;
  // SSE from the residuals themselves (svv − slope·suv would cancel to √ε·|slope| on a near-exact line).
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (v[i]! - intercept - slope * u[i]!) ** 2;
  return { slope, intercept, standardError: n > 2 ? Math.sqrt(sse / (n - 2) / suu) : Number.NaN, rSquared: svv > 0 ? 1 - sse / svv : 1 };
}
