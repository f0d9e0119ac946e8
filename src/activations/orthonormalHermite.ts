import { requireInteger } from '../numerics/validate.js';

/**
 * Values of the orthonormal probabilists' Hermite polynomials ĥe_n = He_n/√(n!), n = 0..maxDegree, at x:
 * E[ĥe_n(w)ĥe_m(w)] = δ_{nm} for w ∼ N(0, 1).
 *
 * Method: the normalised three-term recurrence ĥe_{n+1}(x) = (x·ĥe_n(x) − √n·ĥe_{n−1}(x))/√(n + 1), i.e.
 * He_{n+1} = x·He_n − n·He_{n−1} divided through by √((n+1)!). The monic He_n overflows float64 for
 * moderate n (He_n(x) ~ xⁿ, n! > 1e308 at n = 171), the normalised one grows only like e^{x²/4}, and the
 * recurrence is forward-stable in the oscillatory region |x| < √(4n + 2) where the quadratures use it.
 */
export function orthonormalHermite(x: number, maxDegree: number, out?: Float64Array): Float64Array {
  requireInteger('maxDegree', maxDegree, 0, 1000);
  const he = out ?? new Float64Array(maxDegree + 1);
  if (he.length < maxDegree + 1) throw new RangeError(`out must have length ≥ maxDegree + 1 = ${maxDegree + 1}, got ${he.length}`);
  he[0] = 1;
  if (maxDegree >= 1) he[1] = x;
  for (let n = 1; n < maxDegree; n++) he[n + 1] = (x * he[n]! - Math.sqrt(n) * he[n - 1]!) / Math.sqrt(n + 1);
  return he;
}
