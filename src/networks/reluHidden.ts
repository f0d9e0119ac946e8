import * as tf from '@tensorflow/tfjs';

/** A = relu(X·W₁ᵀ) (n × m) for W₁ (m × D), as one fused untransposed product (right operand W₁ᵀ, D × m). */
export function reluHidden(x: tf.Tensor2D, first: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => tf.fused.matMul({ a: x, b: tf.transpose(first), activation: 'relu' }) as tf.Tensor2D);
}
