import type * as tf from '@tensorflow/tfjs';

/** Throw a RangeError naming `name` unless `x` is a 2-D tensor with `dim` columns (an n × dim batch). */
export function requireInput(name: string, x: tf.Tensor, dim: number): void {
  if (x.rank !== 2 || x.shape[1] !== dim) throw new RangeError(`${name} must be an n × ${dim} tensor, got shape [${x.shape.join(', ')}]`);
}
