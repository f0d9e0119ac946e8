import type * as tf from '@tensorflow/tfjs';
import type { NtkGram } from './ntkGram.js';
import type { TrainingSet } from './trainingSet.js';

/**
 * What the trainer and the claims need from a network: its prediction, its empirical NTK Gram split by
 * layer, and one full-batch gradient-descent step on the square loss.
 *
 * Every model's step is, to first order in η (the kernel regime), the residual recursion
 *   r ← r − kernelStep(η)·(K/n)·r,   K the empirical NTK Gram of the trained weights,
 * so along an eigenvector of K/n with eigenvalue λ̂ the residual contracts by 1 − kernelStep(η)·λ̂ per
 * step, and the step is stable iff kernelStep(η)·λ_max(K/n) < 2. `kernelStep` carries each model's
 * loss normalisation (see `twoLayerNetwork`, `fullyConnectedNetwork`).
 */
export interface Model {
  readonly inputDim: number;
  /** Number of weight matrices per copy of the parameters (the length of `ntkGram(x).perLayer`). */
  readonly layerCount: number;
  /** Indices of the weight matrices the step updates (all of them unless a model says otherwise). */
  readonly trainable: readonly number[];
  /** ŷ on the rows of x (n × D) as an n × 1 tensor (caller disposes). */
  predict(x: tf.Tensor2D): tf.Tensor2D;
  /** The empirical NTK Gram on the rows of x, per weight matrix and in full (caller disposes). */
  ntkGram(x: tf.Tensor2D): NtkGram;
  /** One GD step with step size η; returns the residual y − ŷ before the step (n × 1, caller disposes). */
  step(data: TrainingSet, eta: number): tf.Tensor2D;
  /** The factor c(η) of r ← r − c·(K/n)·r. */
  kernelStep(eta: number): number;
  dispose(): void;
}
