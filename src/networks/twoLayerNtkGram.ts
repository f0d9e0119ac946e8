import * as tf from '@tensorflow/tfjs';
import { gramOfRows } from './gramOfRows.js';
import { matMul } from './matMul.js';
import { ntkGramFromLayers, type NtkGram } from './ntkGram.js';
import { reluHidden } from './reluHidden.js';
import { requireInput } from './requireInput.js';

/** The weights the Gram needs: W₁ (m × D) and W₂ᵀ (m × 1). */
export interface TwoLayerWeights {
  readonly inputDim: number;
  readonly width: number;
  readonly first: tf.Tensor2D;
  readonly second: tf.Tensor2D;
}

/**
 * The empirical NTK Gram of the two-layer network f_W(x) = √m·W₂σ(W₁x) (Cao et al. §2), in batch.
 *
 * Per-example gradients: ∂f(x)/∂W₂ = √m·σ(W₁x)ᵀ and ∂f(x)/∂W₁ = δ(x)xᵀ with δ(x) = √m·W₂ᵀ ⊙ σ'(W₁x).
 * With A = σ(XW₁ᵀ) and Δ = √m·σ'(XW₁ᵀ) ⊙ W₂ (rows δ(x_i)ᵀ; the forward pass gives them, the output
 * being linear in W₂):
 *
 *   K₁ = (XXᵀ) ⊙ (ΔΔᵀ),   K₂ = m·AAᵀ,   K = K₁ + K₂.
 *
 * At initialisation m⁻¹K → ⟨x,x'⟩κ̂₁ + 2κ̂₂ (eq. 2.1): m⁻¹K₁ = ⟨x,x'⟩·Σ_r W₂r²σ'σ' → ⟨x,x'⟩κ̂₁
 * (m·E W₂r² = 1, σ' is 0-homogeneous), m⁻¹K₂ = Σ_r σ(w_r·x)σ(w_r·x') → m·(2/m)·κ̂₂ = 2κ̂₂ (σ is
 * 1-homogeneous, w_r ∼ N(0, (2/m)I)).
 *
 * Cost: the two n·m·n Gram products ΔΔᵀ and AAᵀ (`gramOfRows`: symmetric, half the arithmetic).
 */
export function twoLayerNtkGram(net: TwoLayerWeights, x: tf.Tensor2D): NtkGram {
  requireInput('x', x, net.inputDim);
  const layers = tf.tidy(() => {
    const a = reluHidden(x, net.first);
    const scale = tf.reshape(tf.mul(net.second, Math.sqrt(net.width)), [1, net.width]);
    const delta = tf.mul(tf.step(matMul(x, net.first, false, true)), scale) as tf.Tensor2D;
    const first = tf.mul(gramOfRows(x), gramOfRows(delta)) as tf.Tensor2D;
    const second = tf.mul(gramOfRows(a), net.width) as tf.Tensor2D;
    return [first, second];
  });
  return ntkGramFromLayers(layers);
}
