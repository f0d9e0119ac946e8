import type { DotProductKernel } from '../kernels/dotProductKernel.js';
import { requireInteger } from '../numerics/validate.js';
import { capGegenbauerMeans } from '../sphere/capGegenbauerMeans.js';
import { harmonicDimension } from '../sphere/harmonicDimension.js';

/** A rigorous bracket [lower, upper] of R = E_{x,x′∼τ_ρ}[κ(⟨x, x′⟩)] and the degree it was summed to. */
export interface CapRayleighQuotient {
  readonly lower: number;
  readonly upper: number;
  readonly maxDegree: number;
}

/**
 * The Rayleigh quotient of the constant function 1 for the integral operator L_κ on L²(τ_ρ), τ_ρ the
 * uniform probability measure on the cap {x ∈ S^d : ∠(x, e) ≤ ρ}: since ‖1‖ = 1,
 *   R = ⟨1, L_κ 1⟩ = E_{x,x′∼τ_ρ}[κ(⟨x, x′⟩)] ≤ λ_1(L_κ on L²(τ_ρ))        (Courant–Fischer).
 *
 * Method: the Mercer series κ(⟨x, x′⟩) = Σ_k μ_k Σ_j Y_{k,j}(x)Y_{k,j}(x′) (μ_k under τ_d) and the
 * Funk–Hecke formula for the zonal density of τ_ρ (∫Y_{k,j} dτ_ρ = m_k·Y_{k,j}(e), Σ_j Y_{k,j}(e)² = N(d, k))
 * give R = Σ_k μ_k N(d, k) m_k², m_k = E_{τ_ρ}[P_k(⟨e, x⟩)] (`capGegenbauerMeans`, closed form). Every
 * term is ≥ 0 (μ_k ≥ 0 for a positive semi-definite kernel), so a partial sum with each term lowered by
 * its error bound is a lower bound; since |m_k| ≤ 1 the tail is at most κ(1) − Σ_{k≤K} μ_k N(d, k), which
 * gives the upper end. Errors: the closed-form relative accuracy of μ_k (`accuracy`), the absolute error
 * of m_k, and 1e−13 for the sums.
 */
export function capRayleighQuotient(kernel: DotProductKernel, d: number, rho: number, maxDegree: number, accuracy: number): CapRayleighQuotient {
  requireInteger('maxDegree', maxDegree, 0);
  const logMu = kernel.logMercerEigenvalues(d, maxDegree);
  const { values: m, absError } = capGegenbauerMeans(d, maxDegree, rho);
  let lower = 0;
  let upper = 0;
  let mass = 0;
  for (let k = 0; k <= maxDegree; k++) {
    if (logMu[k] === -Infinity) continue;
    const muN = Math.exp(logMu[k]! + Math.log(Number(harmonicDimension(d, k))));
    const low = Math.max(0, Math.abs(m[k]!) - absError[k]!);
    const high = Math.min(1, Math.abs(m[k]!) + absError[k]!);
    lower += muN * (1 - accuracy) * low * low;
    upper += muN * (1 + accuracy) * high * high;
    mass += muN * (1 - accuracy);
  }
  const tail = Math.max(0, kernel.value(1) - mass);
  return { lower: lower - 1e-13, upper: upper + tail + 1e-13, maxDegree };
}
