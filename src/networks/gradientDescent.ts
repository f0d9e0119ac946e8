import * as tf from '@tensorflow/tfjs';
import { requireFinite, requireInteger } from '../numerics/validate.js';
import { largestEigenvalue } from './largestEigenvalue.js';
import type { Model } from './model.js';
import type { TrainingSet } from './trainingSet.js';

/**
 * Full-batch gradient descent of a `Model` on a sample for a fixed number of steps, handing the residual
 * r^{(t)} = y − ŷ^{(t)} to `observe` for t = 0, …, steps (the step computes it anyway: no extra pass).
 *
 * Divergence. In the kernel regime r^{(t+1)} = (I − c·K/n) r^{(t)} (see `Model`); when the step is
 * stable every factor |1 − cλ| ≤ 1, so ‖r^{(t)}‖ never exceeds ‖r^{(0)}‖ beyond the O(m^{−1/2}) drift
 * of the kernel. A run is declared divergent when ‖r^{(t)}‖ is not finite or exceeds 2‖r^{(0)}‖ (an
 * unstable mode grows geometrically and crosses that line within a few steps); it then stops with a
 * `DivergenceError` carrying η, the step t, λ_max(K/n) of the trained weights' Gram at the current weights and the largest stable η,
 * never a NaN carried on.
 */
export interface GradientDescentOptions {
  readonly eta: number;
  readonly steps: number;
  readonly observe?: (t: number, residual: Float32Array) => void;
}

export class DivergenceError extends Error {
  override readonly name = 'DivergenceError';
  constructor(
    readonly eta: number,
    readonly step: number,
    readonly residualNorm: number,
    /** λ_max(K/n) of the empirical NTK Gram at the weights where divergence was detected. */
    readonly largestGramEigenvalue: number,
    /** 2/(c(η)/η · λ_max(K/n)): the largest step size for which the kernel dynamics are stable. */
    readonly stableEtaLimit: number,
  ) {
    super(
      `gradient descent diverged at step ${step} with step size η = ${eta} (‖r‖ = ${residualNorm}); ` +
        `λ_max(K/n) = ${largestGramEigenvalue.toPrecision(4)}, so the kernel dynamics are stable only for η < ${stableEtaLimit.toPrecision(4)}`,
    );
  }
}

export function gradientDescent(model: Model, data: TrainingSet, options: GradientDescentOptions): void {
  const { eta, steps, observe } = options;
  requireFinite('eta', eta, 0);
  requireInteger('steps', steps, 0);
  let initialNorm = NaN;
  const check = (t: number, r: Float32Array): void => {
    const norm = euclidean(r);
    if (t === 0) initialNorm = norm;
    if (!Number.isFinite(norm) || norm > 2 * initialNorm) throw divergence(model, data, eta, t, norm);
    observe?.(t, r);
  };
  for (let t = 0; t < steps; t++) {
    const r = model.step(data, eta);
    const values = r.dataSync() as Float32Array;
    r.dispose();
    check(t, values);
  }
  const yHat = model.predict(data.x);
  const predicted = yHat.dataSync();
  yHat.dispose();
  check(steps, Float32Array.from(data.targets, (y, i) => y - predicted[i]!));
}

function euclidean(v: Float32Array): number {
  let s = 0;
  for (const a of v) s += a * a;
  return Math.sqrt(s);
}

function divergence(model: Model, data: TrainingSet, eta: number, t: number, norm: number): DivergenceError {
  const gram = model.ntkGram(data.x);
  const trained = tf.tidy(() => tf.addN(model.trainable.map((l) => gram.perLayer[l]!)));
  const values = trained.dataSync();
  trained.dispose();
  gram.dispose();
  const lambda = largestEigenvalue(values, data.n) / data.n;
  const perEta = eta > 0 ? model.kernelStep(eta) / eta : model.kernelStep(1);
  return new DivergenceError(eta, t, norm, lambda, 2 / (perEta * lambda));
}
