import { requireFinite, requireInteger } from '../numerics/validate.js';

/**
 * How η, θ and m combine into the step of the kernel dynamics of Cao et al. (Algorithm 1, eq. 2.1).
 *
 * Derivation. L_S(W) = (1/n)Σ_i (y_i − θf_W(x_i))² gives ∇_W L_S = −(2θ/n)Σ_i r_i ∇_W f_W(x_i) with
 * r_i = y_i − θf_W(x_i) (the factor 2 of the square loss). One GD step moves W by
 * ΔW = (2ηθ/n)Σ_i r_i ∇f(x_i); to first order f(x_j) moves by ⟨∇f(x_j), ΔW⟩ = (2ηθ/n)Σ_i K_ji r_i with
 * K_ji = ⟨∇f(x_j), ∇f(x_i)⟩, and ŷ_j = θf(x_j) by θ times that. Hence
 *
 *   r ← r − 2ηθ²·(K/n)·r,     kernelStep(η) = 2ηθ²,
 *
 * and since K = m·(m⁻¹K) with m⁻¹K → G, G_ij = κ(⟨x_i, x_j⟩) (eq. 2.1; the √m in f makes K grow like
 * m), this is r ← (I − s·G/n) r with the effective step
 *
 *   s = 2ηθ²m.
 *
 * Under the uniform measure the eigenvalues of G/n approach the Mercer eigenvalues μ_k (Theorem 3.3,
 * N(d, k)-fold), so the degree-k component of the residual contracts by (1 − s·μ_k) per step. Theorem
 * 3.2's rate (1 − λ_{r_k})^T is this with s = 1, i.e. it assumes the normalisation η = 1/(2θ²m),
 * consistent with its η = Õ(m⁻¹θ⁻²). We parametrise η = s/(2θ²m) and state rates as (1 − s·μ_k)^T;
 * the dynamics are stable iff s·λ_max(G/n) < 2.
 */
export function effectiveStep(eta: number, theta: number, width: number): number {
  requireFinite('eta', eta, 0);
  requireFinite('theta', theta);
  requireInteger('width', width, 1);
  return 2 * eta * theta * theta * width;
}

/** η for a given effective step s: η = s/(2θ²m). */
export function stepSizeFor(effective: number, theta: number, width: number): number {
  requireFinite('effective', effective, 0);
  requireFinite('theta', theta);
  if (theta === 0) throw new RangeError('theta must be nonzero');
  requireInteger('width', width, 1);
  return effective / (2 * theta * theta * width);
}

/** kernelStep(η) = 2ηθ²: the factor of r ← r − kernelStep·(K/n)·r for the unnormalised Gram K. */
export function effectiveKernelStep(eta: number, theta: number): number {
  requireFinite('eta', eta, 0);
  requireFinite('theta', theta);
  return 2 * eta * theta * theta;
}
