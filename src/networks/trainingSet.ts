import * as tf from '@tensorflow/tfjs';
import { requireFinite, requireInteger } from '../numerics/validate.js';

/**
 * The sample S = {(x_i, y_i) : i ∈ [n]} of Cao et al. §2, held both in float64 (for the projections of
 * §4, computed on the CPU) and as float32 tensors: X (n × D), Xᵀ (D × n, so that every product of the
 * training step is an untransposed one, see `matMul`) and y (n × 1). `dispose` frees the tensors.
 */
export interface TrainingSet {
  readonly n: number;
  /** Input dimension D (= d + 1 for points on S^d). */
  readonly dim: number;
  /** Row-major n × D inputs. */
  readonly points: Float64Array;
  readonly targets: Float64Array;
  readonly x: tf.Tensor2D;
  readonly xT: tf.Tensor2D;
  readonly y: tf.Tensor2D;
  dispose(): void;
}

export function trainingSet(points: ArrayLike<number>, dim: number, targets: ArrayLike<number>): TrainingSet {
  requireInteger('dim', dim, 1);
  const n = targets.length;
  requireInteger('targets.length', n, 1);
  if (points.length !== n * dim) throw new RangeError(`points must have length n·dim = ${n * dim}, got ${points.length}`);
  for (let i = 0; i < n; i++) requireFinite(`targets[${i}]`, targets[i]!);
  for (let i = 0; i < points.length; i++) requireFinite(`points[${i}]`, points[i]!);
  const pts = Float64Array.from(points);
  const ys = Float64Array.from(targets);
  const x = tf.tensor2d(Float32Array.from(pts), [n, dim]);
  const xT = tf.transpose(x);
  const y = tf.tensor2d(Float32Array.from(ys), [n, 1]);
  return {
    n,
    dim,
    points: pts,
    targets: ys,
    x,
    xT,
    y,
    dispose() {
      x.dispose();
      xT.dispose();
      y.dispose();
    },
  };
}
