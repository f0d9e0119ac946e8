import type { Activation } from '../../activations/activation.js';
import { requireInteger } from '../../numerics/validate.js';

/**
 * The infinite-width NTK K^∞ (Bowman & Montúfar §2.2, K^∞(x, x') = E_θ₀⟨∇f(x), ∇f(x')⟩) of the shallow
 * network f(x) = vᵀσ(Wx/√D)/√m (NTK parametrisation, all weights N(0, 1); `fullyConnectedNetwork` with
 * one hidden layer) on inputs with ‖x‖² = D (MNIST with the `'sphere'` normalisation), as an n × n Gram.
 *
 * Derivation: ⟨∇_v f(x), ∇_v f(x')⟩ = (1/m)Σ_k σ(z_k)σ(z'_k) and ⟨∇_W f(x), ∇_W f(x')⟩ =
 * (1/m)Σ_k v_k²σ'(z_k)σ'(z'_k)·⟨x, x'⟩/D with z_k = w_kᵀx/√D. The pairs (z_k, z'_k) are i.i.d. centred
 * Gaussian with variances ‖x‖²/D = 1 and covariance ρ = ⟨x, x'⟩/D, and E v_k² = 1, so (the finite-width
 * Gram's expectation, and its almost-sure limit as m → ∞)
 *
 *   K^∞(x, x') = ψ₀(ρ) + ρ·ψ₁(ρ),   ψ₀(ρ) = E[σ(z)σ(z')] = Σ_j h_j²ρ^j,   ψ₁(ρ) = Σ_j h'_j²ρ^j,
 *
 * with h_j, h'_j the orthonormal Hermite coefficients of σ and σ' (Mehler's formula). The series is
 * truncated at the stored degree 60; `shallowLimitGram` checks at ρ = ±1, where truncation is worst,
 * that it matches the activation's quadrature ψ₀, ψ₁ to 1e−10 (true for the smooth activations, whose
 * coefficients decay exponentially; not for relu, which it rejects that way).
 */
export function shallowLimitGram(images: Float32Array, n: number, dim: number, activation: Activation): Float64Array {
  requireInteger('n', n, 1);
  requireInteger('dim', dim, 1);
  if (images.length !== n * dim) throw new RangeError(`images must have length n·dim = ${n * dim}, got ${images.length}`);
  const h = activation.hermite('orthonormal').map((c) => c * c);
  const hp = activation.hermitePrime('orthonormal').map((c) => c * c);
  const series = (c: readonly number[], u: number) => {
    let s = 0;
    for (let j = c.length - 1; j >= 0; j--) s = s * u + c[j]!;
    return s;
  };
  for (const u of [1, -1]) {
    const e0 = Math.abs(series(h, u) - activation.psi0(u));
    const e1 = Math.abs(series(hp, u) - activation.psi1(u));
    if (!(e0 <= 1e-10 && e1 <= 1e-10)) throw new RangeError(`the Hermite series of ${activation.name} truncated at degree ${h.length - 1} misses ψ at ρ = ${u} by ${Math.max(e0, e1)}`);
  }
  const x = Float64Array.from(images);
  for (let i = 0; i < n; i++) {
    let sq = 0;
    for (let p = 0; p < dim; p++) sq += x[i * dim + p]! ** 2;
    // float32 storage of a vector scaled to norm √D: relative error ≤ dim·2⁻²⁴ in ‖x‖².
    if (Math.abs(sq / dim - 1) > dim * 2 ** -24) throw new RangeError(`images must lie on the sphere ‖x‖² = ${dim} (normalisation 'sphere'); row ${i} has ‖x‖² = ${sq}`);
  }
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let dot = 0;
      for (let p = 0; p < dim; p++) dot += x[i * dim + p]! * x[j * dim + p]!;
      const rho = Math.max(-1, Math.min(1, i === j ? 1 : dot / dim));
      const k = series(h, rho) + rho * series(hp, rho);
      out[i * n + j] = k;
      out[j * n + i] = k;
    }
  }
  return out;
}
