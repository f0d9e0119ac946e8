import { requireInteger } from '../numerics/validate.js';
import { HERMITE_MAX_DEGREE } from './activation.js';
import { normalTrapezoidRule } from './normalTrapezoidRule.js';
import { orthonormalHermite } from './orthonormalHermite.js';

/**
 * Orthonormal Hermite coefficients h_n = E[f(w)·ĥe_n(w)], n = 0..maxDegree (≤ 60), of a function f that
 * is analytic in a strip |Im z| < a with a ≥ π/2 and grows at most polynomially (tanh, sigmoid, softplus
 * and their derivatives).
 *
 * Method: the Gaussian trapezoidal rule (`normalTrapezoidRule`) with h = 1/8 on |w| ≤ 24.
 * - Discretisation: by Trefethen–Weideman the error is ≲ 2M·e^{−2πa'/h} for any a' < a; with a' = 1.5
 *   this is e^{−75}·M, and M = ∫|f ĥe_n φ|(x + 1.5i)dx ≤ 1e8 for n ≤ 60 (ĥe_n grows like e^{a'√(2n)}
 *   off the axis), far below 2^−53.
 * - Truncation: |ĥe_n(w)|φ(w) ≤ 24ⁿ/√(n!)·e^{−288} < 1e−60 for |w| ≥ 24, n ≤ 60.
 * - Rounding: by Cramér's inequality |ĥe_n(x)|·e^{−x²/4} ≤ 1.0865, so Σ_k|w_k·f(x_k)·ĥe_n(x_k)| ≤
 *   1.09·h·Σ_k|f(x_k)|·φ(x_k)^{1/2}/(2π)^{1/4} = O(sup|f|·e^{−x²/8}), and the 385-term sum carries a
 *   relative rounding error ≤ 385·2^−53 of that: ≤ 5e−14·‖f‖ in the worst case, 6e−16 measured.
 * Self-convergence (h = 1/32 on |w| ≤ 28 as reference, max over n ≤ 60, relative to ‖f‖_{L²(γ)}): at
 * h = 1/4 the error is 3e−12 for tanh and 5e−11 for sech², at h = 1/6 ≤ 1.2e−15, at h = 1/8 ≤ 6e−16 for
 * tanh, sech², logistic, logistic′ and softplus.
 */
const STEP = 1 / 8;
const HALF_WIDTH = 24;

export function hermiteByQuadrature(f: (x: number) => number, maxDegree = HERMITE_MAX_DEGREE): number[] {
  requireInteger('maxDegree', maxDegree, 0, HERMITE_MAX_DEGREE);
  const { nodes, weights } = normalTrapezoidRule(STEP, HALF_WIDTH);
  const h = new Array<number>(maxDegree + 1).fill(0);
  const he = new Float64Array(maxDegree + 1);
  for (let k = 0; k < nodes.length; k++) {
    const wf = weights[k]! * f(nodes[k]!);
    if (wf === 0) continue;
    orthonormalHermite(nodes[k]!, maxDegree, he);
    for (let n = 0; n <= maxDegree; n++) h[n] += wf * he[n]!;
  }
  return h;
}
