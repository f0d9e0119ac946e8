import type { HermiteConvention } from './activation.js';

/**
 * Hermite coefficients of f in the requested convention, from its orthonormal coefficients
 * h_n = E[f(w)He_n(w)]/√(n!): identity for `'orthonormal'`, a_n = h_n/√(n!) for `'paper'` (Dandi &
 * Jacot eq. (16); see `HermiteConvention`).
 *
 * Method: √(n!) as the running product Π_{k≤n} √k, one rounding per factor, so a_n carries a relative
 * error ≤ (n + 1)·2^−53 beyond that of h_n; no overflow for n ≤ 170 (√(170!) ≈ 2.7e153).
 */
export function hermiteInConvention(orthonormal: readonly number[], convention: HermiteConvention): number[] {
  if (orthonormal.length > 171) throw new RangeError(`orthonormal must have at most 171 coefficients, got ${orthonormal.length}`);
  if (convention === 'orthonormal') return orthonormal.slice();
  let rootFactorial = 1;
  return orthonormal.map((h, n) => {
    if (n > 0) rootFactorial *= Math.sqrt(n);
    return h / rootFactorial;
  });
}
