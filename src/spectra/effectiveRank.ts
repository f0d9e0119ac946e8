import { requireFinite, requireInteger } from '../numerics/validate.js';

/**
 * The effective rank of F^{1/2} at scale ε (Bowman & Montúfar §4, after eq. 6):
 *
 *   p̃(F^{1/2}, ε) = |{i : λ_i^{1/2} > ε}| = |{i : λ_i(F) > ε²}|,
 *
 * for the Fisher information matrix at initialisation F = ∫ ∇_θf(x; θ₀)∇_θf(x; θ₀)ᵀ dρ(x) (eq. 6), a
 * p × p matrix that is never formed here.
 *
 * Normalisation. With ρ replaced by the empirical measure ρ̂ = (1/n)Σ_i δ_{x_i} (the paper's footnote 1,
 * the "(empirical) FIM"), F̂ = (1/n)Σ_i g_i g_iᵀ = JᵀJ/n with g_i = ∇_θf(x_i; θ₀) and J = [g₁ … g_n]ᵀ
 * ∈ ℝ^{n×p}. JᵀJ and JJᵀ = K (the NTK Gram, K_ij = ⟨g_i, g_j⟩ = K₀(x_i, x_j)) have the same nonzero
 * eigenvalues (both are squares of J's singular values), so
 *
 *   nonzero eig(F̂) = eig(K/n),   and the other p − n eigenvalues of F̂ are 0 (never counted, ε > 0).
 *
 * The same identity for ρ itself (F = S*S with S: θ ↦ ⟨∇f(·; θ₀), θ⟩ ∈ L²(ρ), SS* = T_{K₀} of eq. (2))
 * says the nonzero spectrum of F is that of the integral operator T_{K₀}, which eig(K/n) estimates.
 * Since Σ_i λ_i(F) = tr F = E_ρ K₀(x, x), p̃(F^{1/2}, ε) ≤ tr F/ε² (Markov); `fisherTrace` returns it.
 *
 * Input: the eigenvalues of the Gram K (any order; tiny negative rounding values are not counted).
 */
/** p̃(F̂^{1/2}, ε) = #{i : λ_i(K)/n > ε²} from the eigenvalues of the n-point NTK Gram K. */
export function effectiveRank(gramEigenvalues: ArrayLike<number>, n: number, epsilon: number): number {
  requireInteger('n', n, 1);
  requireFinite('epsilon', epsilon, Number.MIN_VALUE);
  const threshold = epsilon * epsilon * n;
  let count = 0;
  for (let i = 0; i < gramEigenvalues.length; i++) {
    const v = gramEigenvalues[i]!;
    if (Number.isNaN(v)) throw new RangeError(`gramEigenvalues[${i}] is NaN`);
    if (v > threshold) count++;
  }
  return count;
}

/** tr F̂ = tr(K)/n = (1/n)Σ_i K(x_i, x_i), from the Gram's eigenvalues (their sum is its trace). */
export function fisherTrace(gramEigenvalues: ArrayLike<number>, n: number): number {
  requireInteger('n', n, 1);
  let sum = 0;
  for (let i = 0; i < gramEigenvalues.length; i++) sum += gramEigenvalues[i]!;
  return sum / n;
}
