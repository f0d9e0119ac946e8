import type { HermiteConvention } from './activation.js';

/**
 * Hermite coefficients of σ' from those of σ (Dandi & Jacot eq. (16), appendix 10): integrating by
 * parts against the Gaussian density (valid when σ(t)e^{−t²/2} → 0 as |t| → ∞) and using
 * He_{n+1}(w) = w·He_n(w) − He_n'(w) gives E[σ'(w)He_n(w)] = E[σ(w)He_{n+1}(w)], i.e.
 *
 *   paper convention:        a'_n = (n + 1)·a_{n+1}
 *   orthonormal convention:  h'_n = √(n + 1)·h_{n+1}
 *
 * Returns one coefficient fewer than given (degrees 0..N−1 from 0..N). Each entry costs one product
 * (one more rounding for the square root), so it keeps the relative accuracy of its input.
 */
export function hermiteDerivative(coefficients: readonly number[], convention: HermiteConvention): number[] {
  if (coefficients.length < 2) throw new RangeError(`coefficients must have length ≥ 2, got ${coefficients.length}`);
  return coefficients.slice(1).map((c, n) => (convention === 'paper' ? (n + 1) * c : Math.sqrt(n + 1) * c));
}
