import type * as tf from '@tensorflow/tfjs';
import type { Model } from '../networks/model.js';
import type { TrainingSet } from '../networks/trainingSet.js';
import { requireFinite, requireInteger } from '../numerics/validate.js';

/**
 * Full-batch gradient descent of a `Model` with step η on Φ = (1/2n)‖r̂‖² (the networks' loss, Bowman &
 * Montúfar §2.2), recording the model's outputs on held-out inputs at the given step counts.
 *
 * Flow time. The networks' step is θ ← θ − η∇Φ (doc comment of `fullyConnectedNetwork`: ΔW =
 * (η/n)Σ_i r_i∇f(x_i), so r ← r − η(K/n)r to first order, `kernelStep(η) = η`). Gradient flow
 * ∂_tθ = −∇Φ run for time t is approximated by t/η such steps: step count S ↔ flow time t = η·S. The
 * property suite checks the map on the first step (f moves by η/n·Σ_i K₀(x, x_i)y_i off the training
 * set) and `decay.ts` carries the exact GD-versus-flow factor of the idealised dynamics.
 *
 * Divergence: as `gradientDescent`, a training residual whose norm is not finite or exceeds twice its
 * initial norm stops the run with an error naming η and the step (never a NaN carried on).
 *
 * Returns, for each checkpoint S (sorted, distinct, ≥ 0), f(x; θ_S) on the rows of `heldOut` in float64
 * (the network computes in float32).
 */
export function recordTraining(model: Model, data: TrainingSet, eta: number, checkpoints: readonly number[], heldOut: tf.Tensor2D): Float64Array[] {
  requireFinite('eta', eta, 0);
  checkpoints.forEach((s, i) => {
    requireInteger(`checkpoints[${i}]`, s, 0);
    if (i > 0 && s <= checkpoints[i - 1]!) throw new RangeError('checkpoints must be strictly increasing');
  });
  const out: Float64Array[] = [];
  const record = () => {
    const p = model.predict(heldOut);
    out.push(Float64Array.from(p.dataSync()));
    p.dispose();
  };
  let initialNorm = NaN;
  let next = 0;
  const last = checkpoints[checkpoints.length - 1] ?? -1;
  for (let s = 0; s <= last; s++) {
    if (checkpoints[next] === s) {
      record();
      next++;
    }
    if (s === last) break;
    const r = model.step(data, eta);
    const values = r.dataSync();
    r.dispose();
    let norm2 = 0;
    for (const v of values) norm2 += v * v;
    const norm = Math.sqrt(norm2);
    if (s === 0) initialNorm = norm;
    if (!Number.isFinite(norm) || norm > 2 * initialNorm) {
      throw new Error(`gradient descent diverged at step ${s} with step size η = ${eta} (‖r̂‖ = ${norm}, initially ${initialNorm})`);
    }
  }
  return out;
}
