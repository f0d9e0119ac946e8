import type { Activation } from '../activations/activation.js';
import { requireFinite, requireInteger } from '../numerics/validate.js';

/**
 * Per-layer NTK components Θ⁽ℓ⁾(x, x'), ℓ = 0..L−1, of an L-layer fully connected network at infinite
 * width, in the parametrisation of Dandi & Jacot §5.4 extended layer by layer (NTK parametrisation, no
 * biases — §5.4 "we consider networks without the bias parameters"; §6 and appendices 12–14 give no
 * other choice):
 *
 *   h⁽¹⁾ = W⁽⁰⁾x,   h⁽ℓ+1⁾ = (1/√m)·W⁽ℓ⁾σ(h⁽ℓ⁾) (ℓ = 1..L−2),   f(x) = (1/√m)·W⁽L−1⁾σ(h⁽L−1⁾),
 *
 * all weights i.i.d. N(0, 1), hidden widths m → ∞, layers numbered 0..L−1 as in the paper's §2 (layer ℓ
 * owns W⁽ℓ⁾). The input layer is not scaled by 1/√d: with x on the unit sphere, ⟨w, x⟩ ∼ N(0, 1) exactly
 * as in §5.4 (for other inputs its variance is ‖x‖²). L = 2 is the network of §5.4:
 * Θ⁽⁰⁾ = ⟨x,x'⟩·ψ₁, Θ⁽¹⁾ = ψ₀ (eqs. (8)–(9)).
 *
 * Recursion (Jacot et al. 2018, split by layer as in eq. (1)): Σ⁽¹⁾(x, x') = ⟨x, x'⟩ and, with
 * (z, z') centred Gaussian with covariance [[Σ⁽ℓ⁾(x,x), Σ⁽ℓ⁾(x,x')], [·, Σ⁽ℓ⁾(x',x')]],
 *
 *   Σ⁽ℓ+1⁾ = E[σ(z)σ(z')]   (`psi0Covariance`),   Σ̇⁽ℓ⁾ = E[σ'(z)σ'(z')]   (`psi1Covariance`),
 *
 *   Θ⁽ℓ⁾(x, x') = Σ_in⁽ℓ⁾·Π_{k=ℓ+1}^{L−1} Σ̇⁽k⁾,   Σ_in⁽0⁾ = ⟨x, x'⟩,   Σ_in⁽ℓ⁾ = Σ⁽ℓ+1⁾ (ℓ ≥ 1):
 *
 * ∂f/∂W⁽ℓ⁾ is the outer product of the back-propagated signal at h⁽ℓ+1⁾ (covariance Π_{k>ℓ} Σ̇⁽k⁾ in the
 * limit) and the layer's input (σ(h⁽ℓ⁾)/√m, covariance Σ⁽ℓ+1⁾; x itself for ℓ = 0). The last layer has
 * Θ⁽L−1⁾ = Σ⁽L⁾ and Σ_ℓ Θ⁽ℓ⁾ is the full NTK.
 *
 * `variancesX`, `variancesY` are the diagonal chains Σ⁽ℓ⁾(x, x), ℓ = 1..L−1 (`varianceChain`), computed
 * once per point; `inner` = ⟨x, x'⟩. Cost: 2(L − 1) Gaussian pair expectations.
 */
export function layerwiseNtkEntry(
  activation: Activation,
  depth: number,
  variancesX: ArrayLike<number>,
  variancesY: ArrayLike<number>,
  inner: number,
): Float64Array {
  requireInteger('depth', depth, 2, 64);
  if (variancesX.length < depth - 1 || variancesY.length < depth - 1) {
    throw new RangeError(`variancesX and variancesY must hold depth − 1 = ${depth - 1} variances, got ${variancesX.length} and ${variancesY.length}`);
  }
  requireFinite('inner', inner);
  const input = new Float64Array(depth);
  const derivative = new Float64Array(depth);
  input[0] = inner;
  let c = inner;
  for (let l = 1; l < depth; l++) {
    const q1 = variancesX[l - 1]!;
    const q2 = variancesY[l - 1]!;
    derivative[l] = activation.psi1Covariance(q1, q2, c);
    c = activation.psi0Covariance(q1, q2, c);
    input[l] = c;
  }
  const theta = new Float64Array(depth);
  let backward = 1;
  for (let l = depth - 1; l >= 0; l--) {
    theta[l] = input[l]! * backward;
    backward *= derivative[l]!;
  }
  return theta;
}
