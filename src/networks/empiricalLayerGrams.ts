import * as tf from '@tensorflow/tfjs';
import type { LayerwiseGrams } from '../layerwise/layerwiseNtkGrams.js';
import { requireInteger } from '../numerics/validate.js';
import type { Model } from './model.js';

/**
 * A network's empirical per-layer NTK Grams K_ℓ = ⟨∂f(x_i)/∂W_ℓ, ∂f(x_j)/∂W_ℓ⟩ (`Model.ntkGram`) on the
 * rows of `inputs` (row-major n × dim, the values the network is fed), copied to float64 and
 * symmetrised, (K̂ + K̂ᵀ)/2 (tfjs forms them in float32, symmetric only to rounding), with their sum —
 * the same shape as the analytic `layerwiseNtkGrams`, so both go through the same code downstream.
 * No tensor outlives the call.
 */
export function empiricalLayerGrams(model: Model, inputs: ArrayLike<number>, dim: number): LayerwiseGrams {
  requireInteger('dim', dim, 1);
  if (inputs.length === 0 || inputs.length % dim !== 0) throw new RangeError(`inputs must have length n·dim with n ≥ 1, dim = ${dim}; got ${inputs.length}`);
  const n = inputs.length / dim;
  const x = tf.tensor2d(Float32Array.from(inputs), [n, dim]);
  const gram = model.ntkGram(x);
  try {
    const perLayer = gram.perLayer.map((k) => symmetrised(k.dataSync(), n));
    const full = new Float64Array(n * n);
    for (const k of perLayer) for (let i = 0; i < full.length; i++) full[i]! += k[i]!;
    return { n, perLayer, full };
  } finally {
    gram.dispose();
    x.dispose();
  }
}

function symmetrised(raw: ArrayLike<number>, n: number): Float64Array {
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      const v = 0.5 * (raw[i * n + j]! + raw[j * n + i]!);
      out[i * n + j] = v;
      out[j * n + i] = v;
    }
  }
  return out;
}
