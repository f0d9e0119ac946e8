import { eigh } from '../../linalg/eigh.js';

/**
 * The K-node Gauss–Hermite rule for the standard normal measure (probabilists' weight e^{−x²/2}/√(2π)), by
 * Golub–Welsch: the nodes are the eigenvalues of the Jacobi matrix of the monic He_k (zero diagonal,
 * off-diagonal √k, k = 1..K−1) and each weight is the squared first component of its unit eigenvector.
 * Exact for polynomials of degree ≤ 2K − 1. Memoised per K.
 */
export function gaussHermiteRule(K: number): { nodes: Float64Array; weights: Float64Array } {
  const hit = memo.get(K);
  if (hit) return hit;
  const J = new Float64Array(K * K);
  for (let k = 1; k < K; k++) J[k * K + k - 1] = J[(k - 1) * K + k] = Math.sqrt(k);
  const { values, vectors } = eigh(J, K);
  const rule = { nodes: values, weights: Float64Array.from({ length: K }, (_, j) => vectors[j]! ** 2) };
  memo.set(K, rule);
  return rule;
}

const memo = new Map<number, { nodes: Float64Array; weights: Float64Array }>();
