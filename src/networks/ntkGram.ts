import * as tf from '@tensorflow/tfjs';

/**
 * An empirical NTK Gram matrix on n inputs: K_ij = ⟨∇_θ f(x_i), ∇_θ f(x_j)⟩, split by weight matrix,
 * K = Σ_ℓ K_ℓ with (K_ℓ)_ij = ⟨∂f(x_i)/∂W_ℓ, ∂f(x_j)/∂W_ℓ⟩. All n × n, float32; `dispose` frees them.
 */
export interface NtkGram {
  /** K_ℓ for each weight matrix ℓ = 1, …, L (input layer first). */
  readonly perLayer: readonly tf.Tensor2D[];
  /** K = Σ_ℓ K_ℓ. */
  readonly full: tf.Tensor2D;
  dispose(): void;
}

/** Package per-layer Grams (taking ownership) with their sum. */
export function ntkGramFromLayers(perLayer: tf.Tensor2D[]): NtkGram {
  const full = tf.tidy(() => perLayer.slice(1).reduce<tf.Tensor2D>((s, k) => tf.add(s, k), perLayer[0]!.clone()));
  return {
    perLayer,
    full,
    dispose() {
      for (const k of perLayer) k.dispose();
      full.dispose();
    },
  };
}
