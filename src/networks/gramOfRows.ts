import * as tf from '@tensorflow/tfjs';
import { gramF32 } from '../linalg/gram.js';
import { matMul } from './matMul.js';

/**
 * A·Aᵀ for a float32 tensor A (n × p): the Gram of its rows, the n·n·p product of every empirical NTK
 * Gram. On the WebAssembly and CPU backends it runs in `gramF32` (f32x4 SIMD on two threads, lower
 * triangle only; at n = 1000, p = 4096 about a third of the time of the backend's product — BENCHMARKS.md);
 * on tfjs-node (native, multi-threaded BLAS) it stays a backend product. Either way a float32 product:
 * results agree to float32 summation order. The result is a new tensor (tracked by an enclosing tidy).
 */
export function gramOfRows(a: tf.Tensor2D): tf.Tensor2D {
  if (tf.getBackend() === 'tensorflow') return matMul(a, a, false, true);
  const [n, p] = a.shape;
  return tf.tensor2d(gramF32(a.dataSync() as Float32Array, n, p), [n, n]);
}
