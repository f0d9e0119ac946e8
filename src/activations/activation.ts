import type * as tf from '@tensorflow/tfjs';

/** The activations every paper's checks and networks can use. */
export const ACTIVATION_NAMES = ['relu', 'tanh', 'erf', 'softplus', 'sigmoid', 'gelu'] as const;
export type ActivationName = (typeof ACTIVATION_NAMES)[number];

/** Highest Hermite degree stored per activation (coefficients n = 0..60). */
export const HERMITE_MAX_DEGREE = 60;

/**
 * Two normalisations of the Hermite expansion of f ∈ L²(ℝ, γ), γ = N(0, 1), in the probabilists'
 * Hermite polynomials He_n (He_{n+1}(w) = w·He_n(w) − n·He_{n−1}(w), He_n' = n·He_{n−1}, E[He_n²] = n!):
 *
 * - `'paper'`: a_n = (1/n!)·E_{w∼N(0,1)}[f(w)·He_n(w)], so f = Σ a_n He_n. Dandi & Jacot eq. (16) and
 *   appendix 10 write exactly "a'_n = 1/n! E_{w∼N(0,1)}[σ'(w)H_n(w)]" with the recurrences
 *   "H_{n+1}(w) = wH_n(w) − nH_{n−1}(w)" (14) and "H'_n(w) = nH_{n−1}(w)" (15), which are those of the
 *   monic He_n; we take that reading for a_n.
 * - `'orthonormal'`: h_n = E[f(w)·He_n(w)]/√(n!) = √(n!)·a_n, the coefficients in the orthonormal basis
 *   He_n/√(n!), so that E[f²] = Σ h_n² (Parseval) and E[f(x)f(y)] = Σ h_n² ρⁿ for correlation ρ.
 *
 * The paper's text mixes the two: §5.4.1 calls its H_n "an orthonormal basis" and eq. (11) states
 * E[H_n(x)H_m(y)] = ρⁿδ_{nm}, true only for He_n/√(n!) (for monic He_n it is n!·ρⁿ). So Lemma 1's e_i are
 * orthonormal coefficients (see `hermiteCorrelationSeries`), whereas eq. (13) inserts the monic a_i into
 * Lemma 1. Consequence for Theorem 2: with one consistent convention the degree-i coefficient of
 * κ^(0)(u) = u·ψ₁(u) is i·h_i² against h_i² for κ^(1) = ψ₀, a ratio of i, not the printed i².
 * (Eq. (13) as converted also reads "ψ₁ = Σ_{i≥1} a_i² uⁱ, ψ₀ = Σ_{i≥1} a'_i² uⁱ": labels swapped
 * against the definitions printed just above it, and the i = 0 term dropped. We follow the definitions:
 * ψ₀ belongs to σ, ψ₁ to σ', and series start at i = 0.)
 */
export type HermiteConvention = 'paper' | 'orthonormal';

/**
 * One activation σ, carrying everything the three papers and the networks need from it, from one
 * definition: σ and σ' in float64, the same functions as float32 tfjs ops, the Hermite coefficients of
 * σ and σ', and the dual kernels
 *
 *   ψ₀(u) = E[σ(z)σ(z')],   ψ₁(u) = E[σ'(z)σ'(z')],   (z, z') standard bivariate normal, Corr = u
 *
 * (Dandi & Jacot §5.4; Cao et al. eq. (2.2) call them κ₂ and κ₁), also for general variances, as needed
 * by the deep NTK recursion Σ^(ℓ) = E[σσ], Σ̇^(ℓ) = E[σ'σ'] (Jacot et al. 2018).
 */
export interface Activation {
  readonly name: ActivationName;
  /**
   * Whether σ satisfies Bowman & Montúfar's Assumption 3.1 ("twice continuously differentiable and
   * ω and ω' are Lipschitz"): true for all but relu.
   */
  readonly smooth: boolean;
  /** σ(x) in float64. */
  sigma(x: number): number;
  /** σ'(x) in float64 (for relu the step function, with σ'(0) = 0 as in tf.step). */
  sigmaPrime(x: number): number;
  /** σ applied elementwise with tfjs ops (float32); the caller owns (and disposes) the result. */
  tensor(x: tf.Tensor): tf.Tensor;
  /** σ' applied elementwise with tfjs ops (float32); the caller owns (and disposes) the result. */
  tensorPrime(x: tf.Tensor): tf.Tensor;
  /** Hermite coefficients of σ, degrees 0..HERMITE_MAX_DEGREE (computed on first use, then cached). */
  hermite(convention: HermiteConvention): readonly number[];
  /** Hermite coefficients of σ', degrees 0..HERMITE_MAX_DEGREE (computed on first use, then cached). */
  hermitePrime(convention: HermiteConvention): readonly number[];
  /** ψ₀(u) = E[σ(z)σ(z')] for unit variances and correlation u ∈ [−1, 1] (rounding up to 1e−12 clamped). */
  psi0(u: number): number;
  /** ψ₁(u) = E[σ'(z)σ'(z')] for unit variances and correlation u ∈ [−1, 1]. */
  psi1(u: number): number;
  /** E[σ(z₁)σ(z₂)] for Var z₁ = q1 > 0, Var z₂ = q2 > 0, Cov = c with |c| ≤ √(q1·q2); psi0(u) = psi0Covariance(1, 1, u). */
  psi0Covariance(q1: number, q2: number, c: number): number;
  /** E[σ'(z₁)σ'(z₂)] for the same Gaussian pair. */
  psi1Covariance(q1: number, q2: number, c: number): number;
}
