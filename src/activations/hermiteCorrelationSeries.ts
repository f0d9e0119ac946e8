import { requireFinite } from '../numerics/validate.js';

/**
 * Dandi & Jacot, Lemma 1 (eq. (12)): for ξ = Σ e_i H_i with H_i orthonormal in L²(γ) and x, y ∼ N(0, 1)
 * with correlation ρ,
 *
 *   E[ξ(x)ξ(y)] = Σ_i e_i² ρ^i.
 *
 * The e_i must be orthonormal-convention coefficients (`hermite('orthonormal')`): the lemma's proof rests
 * on eq. (11), E[H_n(x)H_m(y)] = ρⁿδ_{nm}, which holds for He_n/√(n!) only. With the paper's monic
 * a_n = h_n/√(n!) the right-hand side would be Σ n!·a_n² ρⁿ instead.
 *
 * Method: Horner's rule on the truncated series Σ_{i≤N} e_i² ρ^i. For |ρ| ≤ 1 every partial sum is
 * bounded by Σ e_i², so the rounding error is ≤ (2N + 2)·2^−53·Σ e_i²; the truncation error (not
 * included) is ≤ |ρ|^{N+1}·(E[ξ²] − Σ_{i≤N} e_i²) by Parseval.
 */
export function hermiteCorrelationSeries(coefficients: readonly number[], rho: number): number {
  requireFinite('rho', rho, -1, 1);
  let sum = 0;
  for (let i = coefficients.length - 1; i >= 0; i--) sum = sum * rho + coefficients[i]! * coefficients[i]!;
  return sum;
}
