import type { Activation } from '../activations/activation.js';
import { clampUnit } from '../sphere/gegenbauer.js';

/**
 * The two layer-wise kernels of Dandi & Jacot §5.4 for f(x) = (1/√m)·Σ_j v_j σ(⟨w_j, x⟩), x ∈ S^{d−1},
 * w_j ∼ N(0, I_d), v_j ∼ N(0, 1), no biases. With u = ⟨x, x'⟩ (so ⟨w, x⟩, ⟨w, x'⟩ are standard normals
 * with correlation u):
 *
 *   first layer (w), eq. (8):   κ⁽¹⁾(u) = u·E[σ'(⟨w,x⟩)σ'(⟨w,x'⟩)] = u·ψ₁(u)   (E[v²] = 1),
 *   second layer (v), eq. (9):  κ⁽²⁾(u) = E[σ(⟨w,x⟩)σ(⟨w,x'⟩)]      = ψ₀(u).
 *
 * Naming: ψ₀ = E[σσ], ψ₁ = E[σ'σ'] as the paper defines them in §5.4.1 and as `Activation.psi0/psi1`
 * implement them; the paper's eq. (13) and §5.6 swap the two names ("g(u) = uψ₀(u)" there is our u·ψ₁).
 * The paper numbers the layers κ^(0), κ^(1) in eqs. (8)–(9) but λ⁽¹⁾, λ⁽²⁾ in Corollary 1; here they are
 * `first` and `second`. Their sum is the two-layer NTK (eq. (1)).
 */
export interface TwoLayerKernels {
  /** κ⁽¹⁾(u) = u·ψ₁(u), the first (input) layer's contribution, eq. (8). */
  readonly first: (u: number) => number;
  /** κ⁽²⁾(u) = ψ₀(u), the second (output) layer's contribution, eq. (9). */
  readonly second: (u: number) => number;
}

export function twoLayerKernels(activation: Activation): TwoLayerKernels {
  return {
    first: (u) => clampUnit('u', u) * activation.psi1(u),
    second: (u) => activation.psi0(u),
  };
}
