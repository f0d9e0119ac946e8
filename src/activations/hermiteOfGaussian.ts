import { requireFinite, requireInteger } from '../numerics/validate.js';

/**
 * Orthonormal Hermite coefficients p_n = E[e^{−b·w²/2}·He_n(w)]/√(n!), n = 0..maxDegree, of the Gaussian
 * bump w ↦ e^{−b·w²/2} (b > −1), in closed form: from the generating function
 * E[e^{−bw²/2}e^{tw − t²/2}] = (1 + b)^{−1/2}·exp(−β t²/2), β = b/(1 + b),
 *
 *   p_{2k} = (1 + b)^{−1/2}·(−β)^k·(2k − 1)!!/√((2k)!),   p_{2k+1} = 0,
 *
 * evaluated by the ratio p_{2k+2} = p_{2k}·(−β)·√((2k + 1)/(2k + 2)): 3 roundings per step, so relative
 * error ≤ 1.5·n·2^−53 with no factorial overflow. Used for erf' = (2/√π)e^{−w²} (b = 2) and for the
 * normal density φ (b = 1), from which the erf and gelu coefficients follow.
 */
export function hermiteOfGaussian(b: number, maxDegree: number): number[] {
  requireFinite('b', b, -1 + 1e-12);
  requireInteger('maxDegree', maxDegree, 0, 1000);
  const beta = b / (1 + b);
  const p = new Array<number>(maxDegree + 1).fill(0);
  p[0] = 1 / Math.sqrt(1 + b);
  for (let n = 0; n + 2 <= maxDegree; n += 2) p[n + 2] = -beta * Math.sqrt((n + 1) / (n + 2)) * p[n]!;
  return p;
}
