import { decimalNatural, decimalString, divideExactSmall, timesSmall } from '../numerics/decimalNatural.js';
import { requireInteger } from '../numerics/validate.js';

/**
 * N(d, k): the dimension of the space of degree-k spherical harmonics on S^d ⊂ R^{d+1}
 * (Cao et al., Theorem 3.3): N(d, k) = (2k + d − 1)/k · C(k + d − 2, d − 1) for k ≥ 1, N(d, 0) = 1.
 * On the circle (d = 1) this gives N(1, k) = 2 for k ≥ 1 (cos kθ, sin kθ).
 *
 * Computed exactly in BigInt (C(k + d − 2, k − 1) as a product of k − 1 ratios, each exact), so it is
 * exact for every d and k; convert with Number(·) where a float is needed (Infinity past 1.8e308).
 */
export function harmonicDimension(d: number, k: number): bigint {
  requireInteger('d', d, 1);
  requireInteger('k', k, 0);
  if (k === 0) return 1n;
  // C(k + d − 2, k − 1) = Π_{i=1}^{k−1} (d − 1 + i)/i, exact at every step.
  let binom = 1n;
  for (let i = 1n; i <= BigInt(k - 1); i++) binom = (binom * (BigInt(d - 1) + i)) / i;
  return (BigInt(2 * k + d - 1) * binom) / BigInt(k);
}

/**
 * N(d, 0..K) exactly as decimal strings, built incrementally: C(k + d − 1, k) = C(k + d − 2, k − 1)·
 * (k + d − 1)/k (exact at every step) in base-10⁷ limbs, so the whole table costs O(K · digits) —
 * d = K = 10⁴ (numbers of ≈ 4 000 digits) in a fraction of a second, where converting BigInts to
 * decimal takes seconds. Used by the `spectrum` command; N(d, k) above gives one value as a BigInt.
 */
export function harmonicDimensionDigits(d: number, maxDegree: number): string[] {
  requireInteger('d', d, 1);
  requireInteger('maxDegree', maxDegree, 0);
  const out = ['1'];
  // C(k + d − 2, k − 1), updated in place through a scratch number; N(d, k) built in `n`.
  let binom = decimalNatural(1);
  let scratch = decimalNatural(0);
  const product = decimalNatural(0);
  const n = decimalNatural(0);
  for (let k = 1; k <= maxDegree; k++) {
    if (k > 1) {
      timesSmall(binom, k + d - 2, product);
      divideExactSmall(product, k - 1, scratch);
      [binom, scratch] = [scratch, binom];
    }
    timesSmall(binom, 2 * k + d - 1, product);
    divideExactSmall(product, k, n);
    out.push(decimalString(n));
  }
  return out;
}
