import { normalTrapezoidRule } from './normalTrapezoidRule.js';

/**
 * E[f(z₁)·g(z₂)] for a centred Gaussian pair with Var z₁ = q1, Var z₂ = q2 and correlation ρ, written
 * with x, y iid N(0, 1) as z₁ = √q1·x, z₂ = √q2·(ρx + √(1 − ρ²)·y) — no division by √(1 − ρ²), so the
 * formula stays accurate as |ρ| → 1, where it becomes the 1-D integral E[f(√q1·x)g(±√q2·x)].
 *
 * Method: the iterated Gaussian trapezoidal rule (`normalTrapezoidRule`) in x (outer) and y (inner).
 * If f and g are analytic in |Im z| < a, both integrands are analytic in |Im| < a/√max(q1, q2) in their
 * variable. By Trefethen–Weideman the error is ≲ M·e^{−2πb/h} for any b inside that strip, where M, the
 * integral of |φ·f·g| along Im = ±b, carries the Gaussian's growth e^{b²/2} and a pole factor
 * (a − b)^{−k} (k ≤ 4: f·g = sech⁴ has 4th-order poles). We take b = min(0.9·a/√max(q1, q2), √(2B)) and
 * h = min(1/2, 2πb/(B + b²/2)) with B = 44: e^{−44} ≈ 8e−20 leaves e^{4} ≈ 0.1^{−4}·… for the pole factor
 * within 2^−53; b is capped where 2πb/(B + b²/2) peaks, since a wider strip only adds Gaussian growth.
 * Measured by halving h on tanh, sech², logistic, logistic′, softplus, gelu, gelu′ at q ∈ [0.05, 16] and
 * |ρ| ≤ 1: ≤ 2e−15 (rounding level) of the scale √(E f(z₁)²·E g(z₂)²) (with B = 40 and no Gaussian term: 1.8e−13 for
 * logistic′ at ρ = ±1). The truncation |x|, |y| ≤ 9 costs ≤ φ(9)·poly ≈ 1e−17.
 * For an entire f, g (gelu) pass an effective a; see gelu.ts. Cost: (18/h + 1)² evaluations of g,
 * ≈ 8e3 for tanh at q = 1, growing like max(q1, q2).
 */
const HALF_WIDTH = 9;
/** The exponent B of the step rule: e^{−44} ≈ 8e−20 before the growth and pole factors. */
const EXPONENT_BUDGET = 44;

export function gaussianPairExpectation(
  f: (z: number) => number,
  g: (z: number) => number,
  q1: number,
  q2: number,
  rho: number,
  analyticHalfWidth: number,
): number {
  const strip = Math.min((0.9 * analyticHalfWidth) / Math.sqrt(Math.max(q1, q2)), Math.sqrt(2 * EXPONENT_BUDGET));
  const step = Math.min(0.5, (2 * Math.PI * strip) / (EXPONENT_BUDGET + (strip * strip) / 2));
  const { nodes, weights } = normalTrapezoidRule(step, HALF_WIDTH);
  const a = Math.sqrt(q1);
  const b = Math.sqrt(q2);
  const s = Math.sqrt((1 - rho) * (1 + rho));
  let total = 0;
  for (let i = 0; i < nodes.length; i++) {
    const x = nodes[i]!;
    const fx = f(a * x);
    if (fx === 0) continue;
    let inner = 0;
    if (s === 0) inner = g(b * rho * x);
    else for (let j = 0; j < nodes.length; j++) inner += weights[j]! * g(b * (rho * x + s * nodes[j]!));
    total += weights[i]! * fx * inner;
  }
  return total;
}
