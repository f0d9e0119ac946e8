import * as tf from '@tensorflow/tfjs';
import type { Model } from '../networks/model.js';
import { requireInteger } from '../numerics/validate.js';
import type { MonteCarloEstimate } from './monteCarloEstimate.js';
import { networkInput } from './sphereNtk.js';

/**
 * How far the empirical NTK at the current weights, K₀(x, x') = ⟨∇_θf(x), ∇_θf(x')⟩ (all trained weight
 * matrices; the model's `ntkGram`), is from K^∞(x, x') = κ(⟨x, x'⟩) on points x_1..x_P ∼ τ_d i.i.d.
 * (unit sphere; the network sees √D·x, see `sphereNtk`):
 *
 * - `sup`: max over the sampled pairs i ≤ j (diagonal included) of |K₀ − K^∞| — the sampled version of
 *   sup_{x,x'} in Bowman & Montúfar §3.1 ("|K₀(x, x') − K^∞(x, x')| = Õ(1/√m)");
 * - `l2Squared`: ‖K₀ − K^∞‖²_{L²(ρ⊗ρ)} of Assumption 3.6 by the U-statistic over distinct pairs (the
 *   diagonal has ρ⊗ρ-measure 0), unbiased for the given weights, with its standard error
 *   √(4ζ₁/P + 2ζ₂/(P(P − 1))) (ζ₁ from the leave-one-out row means, ζ₂ ≤ mean h²);
 * - `scale`: max |K^∞| over the pairs, for float32 accounting (the Gram is float32: each entry carries a
 *   relative rounding error of order √p·2^{−24} for p parameters, ≤ 1e−4·scale at the widths used, far
 *   below the 1/√m deviations measured).
 */
export interface KernelDeviation {
  readonly sup: number;
  readonly l2Squared: MonteCarloEstimate;
  readonly scale: number;
}

export function kernelDeviation(model: Model, points: Float64Array, dim: number, kappa: (u: number) => number): KernelDeviation {
  requireInteger('dim', dim, 1);
  const p = points.length / dim;
  requireInteger('number of points', p, 3);
  const x = tf.tensor2d(Float32Array.from(networkInput(points, dim)), [p, dim]);
  const gram = model.ntkGram(x);
  const trained = tf.tidy(() => tf.addN(model.trainable.map((l) => gram.perLayer[l]!)));
  const k0 = trained.dataSync();
  trained.dispose();
  gram.dispose();
  x.dispose();
  let sup = 0;
  let scale = 0;
  const h = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = i; j < p; j++) {
      let t = 0;
      for (let c = 0; c < dim; c++) t += points[i * dim + c]! * points[j * dim + c]!;
      const kinf = kappa(Math.max(-1, Math.min(1, t)));
      const diff = 0.5 * (k0[i * p + j]! + k0[j * p + i]!) - kinf;
      sup = Math.max(sup, Math.abs(diff));
      scale = Math.max(scale, Math.abs(kinf));
      if (i !== j) h[i * p + j] = h[j * p + i] = diff * diff;
    }
  }
  const pairs = p * (p - 1);
  let total = 0;
  let totalSquares = 0;
  const rowMeans = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = 0;
    for (let j = 0; j < p; j++) if (j !== i) {
      s += h[i * p + j]!;
      totalSquares += h[i * p + j]! ** 2;
    }
    rowMeans[i] = s / (p - 1);
    total += s;
  }
  const estimate = total / pairs;
  let zeta1 = 0;
  for (let i = 0; i < p; i++) zeta1 += (rowMeans[i]! - estimate) ** 2;
  zeta1 /= p;
  const variance = (4 * zeta1) / p + (2 * (totalSquares / pairs)) / pairs;
  return { sup, l2Squared: { estimate, standardError: Math.sqrt(variance) }, scale };
}
