import * as tf from '@tensorflow/tfjs';

/**
 * a·b, aᵀ·b, a·bᵀ or aᵀ·bᵀ, always handed to the backend as an untransposed product.
 *
 * Why: in tfjs-backend-wasm 4.22 BatchMatMul takes the XNNPACK (SIMD, packed) path only when neither
 * operand is transposed; any transpose flag falls back to a naive loop. Measured on this machine
 * (float32, median of 9): 1000×4096 · 4096×1000 takes 0.67 s untransposed and 6.2 s with
 * `transposeB`; 1000×10 · 10×4096 takes 7 ms against 94 ms. An explicit `tf.transpose` of the operand
 * (one pass over it) is an order of magnitude cheaper than the slow path, so on wasm we materialise it.
 * Other backends take the flags natively. The result is the same product up to float32 summation order.
 */
export function matMul(a: tf.Tensor2D, b: tf.Tensor2D, transposeA = false, transposeB = false): tf.Tensor2D {
  if (tf.getBackend() !== 'wasm' || (!transposeA && !transposeB)) return tf.matMul(a, b, transposeA, transposeB);
  return tf.tidy(() => tf.matMul(transposeA ? tf.transpose(a) : a, transposeB ? tf.transpose(b) : b));
}
