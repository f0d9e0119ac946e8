import * as tf from '@tensorflow/tfjs';
import { requireFinite, requireInteger } from '../numerics/validate.js';
import type { Rng } from '../random/rng.js';

/**
 * A rows × cols float32 tensor with i.i.d. N(0, std²) entries drawn from the project's seeded `Rng`
 * (row-major), so every initial weight can be replayed from a printed seed. The caller owns the result.
 */
export function gaussianTensor(rng: Rng, rows: number, cols: number, std: number): tf.Tensor2D {
  requireInteger('rows', rows, 1);
  requireInteger('cols', cols, 1);
  requireFinite('std', std, 0);
  const values = new Float32Array(rows * cols);
  for (let i = 0; i < values.length; i++) values[i] = std * rng.normal();
  return tf.tensor2d(values, [rows, cols]);
}
