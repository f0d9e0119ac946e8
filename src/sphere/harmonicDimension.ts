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
