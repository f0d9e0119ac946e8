import { requireInteger } from '../numerics/validate.js';
import type { MonteCarloEstimate } from './monteCarloEstimate.js';

/**
 * ‖Pg‖²_{L²(ρ)} for the orthogonal projection P onto the span of k functions φ_1..φ_k that are
 * orthonormal in L²(ρ) (eigenfunctions of T_K), from g and the φ_i at M i.i.d. fresh draws x_l ∼ ρ.
 *
 * Estimator: ‖Pg‖² = Σ_i ⟨g, φ_i⟩²_ρ = E_{x,x'}[h(x, x')], h(x, x') = g(x)g(x')·Σ_i φ_i(x)φ_i(x'), x, x'
 * independent, so the U-statistic over distinct pairs
 *
 *   U = Σ_i [(Σ_l a_il)² − Σ_l a_il²] / (M(M − 1)),   a_il = g(x_l)φ_i(x_l),
 *
 * is unbiased (the plug-in Σ_i (mean_l a_il)² is biased upwards by Σ_i Var(a_i)/M, which would put a
 * floor under every small projection). It costs O(Mk).
 *
 * Standard error (Hoeffding decomposition of a U-statistic of order 2):
 *   Var U = 4ζ₁/M + 2ζ₂/(M(M − 1)) (to leading order), ζ₁ = Var h₁(x), h₁(x) = E_{x'}h(x, x'),
 *   ζ₂ ≤ E h²,
 * with h₁(x_l) estimated by the leave-one-out mean (1/(M − 1))Σ_{l'≠l} h(x_l, x_l') and E h² by the
 * mean of h² over distinct pairs, Σ_{i,j} (Σ_l g_l²φ_i(x_l)φ_j(x_l))² minus the diagonal, in O(Mk²).
 * The ζ₂ term dominates when Pg ≈ 0 (then h₁ ≈ 0): it is the noise floor, ≈ √(2k)·‖g‖²/M.
 *
 * `features` is row-major M × k: row l holds φ_1(x_l), …, φ_k(x_l).
 */
export function projectedSquaredNorm(values: ArrayLike<number>, features: ArrayLike<number>, k: number): MonteCarloEstimate {
  const m = values.length;
  requireInteger('k', k, 1);
  if (m < 3) throw new RangeError(`values must hold at least 3 samples, got ${m}`);
  if (features.length !== m * k) throw new RangeError(`features must be M × k = ${m} × ${k}, got length ${features.length}`);
  const sums = new Float64Array(k);
  let diagonal = 0;
  for (let l = 0; l < m; l++) {
    const g = values[l]!;
    for (let i = 0; i < k; i++) {
      const a = g * features[l * k + i]!;
      sums[i]! += a;
      diagonal += a * a;
    }
  }
  let total = 0;
  for (let i = 0; i < k; i++) total += sums[i]! * sums[i]!;
  const pairs = m * (m - 1);
  const estimate = (total - diagonal) / pairs;

  // h₁(x_l) ≈ g_l·Σ_i φ_i(x_l)(S_i − a_il)/(M − 1).
  let h1Mean = 0;
  let h1Square = 0;
  for (let l = 0; l < m; l++) {
    const g = values[l]!;
    let s = 0;
    for (let i = 0; i < k; i++) {
      const phi = features[l * k + i]!;
      s += phi * (sums[i]! - g * phi);
    }
    const h1 = (g * s) / (m - 1);
    h1Mean += h1;
    h1Square += h1 * h1;
  }
  h1Mean /= m;
  const zeta1 = Math.max(0, h1Square / m - h1Mean * h1Mean);

  // E h² over distinct pairs: Σ_{l≠l'} (g_l g_l' ⟨Φ_l, Φ_l'⟩)² = Σ_{i,j} C_ij² − Σ_l g_l⁴‖Φ_l‖⁴, C = Σ_l g_l² Φ_l Φ_lᵀ.
  const c = new Float64Array(k * k);
  let diagSquares = 0;
  for (let l = 0; l < m; l++) {
    const g2 = values[l]! * values[l]!;
    let norm2 = 0;
    for (let i = 0; i < k; i++) {
      const pi = features[l * k + i]!;
      norm2 += pi * pi;
      for (let j = 0; j < k; j++) c[i * k + j]! += g2 * pi * features[l * k + j]!;
    }
    diagSquares += g2 * g2 * norm2 * norm2;
  }
  let cc = 0;
  for (let i = 0; i < k * k; i++) cc += c[i]! * c[i]!;
  const zeta2 = Math.max(0, (cc - diagSquares) / pairs);
  const variance = (4 * zeta1) / m + (2 * zeta2) / pairs;
  return { estimate, standardError: Math.sqrt(variance) };
}
