import { linearFit } from './linearFit.js';

/**
 * Least-squares slope of log y against log x: the fitted exponent p of y ≈ C·x^p.
 * Requires ≥ 2 points with x, y > 0 and distinct x.
 */
export function logLogSlope(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  if (xs.length !== ys.length || xs.length < 2) throw new RangeError(`xs and ys must have equal length ≥ 2, got ${xs.length} and ${ys.length}`);
  return linearFit(Array.from(xs, Math.log), Array.from(ys, Math.log)).slope;
}
