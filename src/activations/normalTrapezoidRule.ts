import { requireFinite } from '../numerics/validate.js';
import type { QuadratureRule } from '../numerics/gaussLegendre.js';

/**
 * The trapezoidal rule for E[f(X)], X ∼ N(0, 1): nodes x_k = k·h for |k·h| ≤ L, weights h·φ(x_k),
 * φ(x) = e^{−x²/2}/√(2π).
 *
 * Why the trapezoidal rule and not Gauss–Hermite: for g = f·φ analytic in the strip |Im z| < a with
 * ∫|g(x + iy)|dx ≤ M there, its error is ≤ 2M/(e^{2πa/h} − 1) (Trefethen & Weideman, SIAM Review 56
 * (2014), Theorem 5.1), geometric in 1/h, whereas an N-point Gauss–Hermite rule only converges like
 * e^{−a√(2N)} for such f. Activations such as tanh (poles at ±iπ/2) have a narrow strip, so the
 * trapezoidal rule needs far fewer nodes. Truncating at L adds ∫_{|x|>L}|g| (e.g. φ(9) ≈ 1e−18).
 *
 * Stability: all weights are positive and sum to 1 up to e^{−2π²/h²}, so summing f over the rule loses
 * at most (node count)·2^−53 relative to E|f|. Rules are cached per (h, L).
 */
const cache = new Map<string, QuadratureRule>();

export function normalTrapezoidRule(step: number, halfWidth: number): QuadratureRule {
  requireFinite('step', step, 1e-4, 1);
  requireFinite('halfWidth', halfWidth, step, 64);
  const key = `${step}:${halfWidth}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const k = Math.floor(halfWidth / step);
  const nodes = new Float64Array(2 * k + 1);
  const weights = new Float64Array(2 * k + 1);
  const scale = step / Math.sqrt(2 * Math.PI);
  for (let i = -k; i <= k; i++) {
    const x = i * step;
    nodes[i + k] = x;
    weights[i + k] = scale * Math.exp(-0.5 * x * x);
  }
  const rule = { nodes, weights };
  cache.set(key, rule);
  return rule;
}
