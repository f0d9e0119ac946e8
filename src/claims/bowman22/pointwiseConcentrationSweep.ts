import * as tf from '@tensorflow/tfjs';
import { networkInput, sphereNtk } from '../../kernelRegime/sphereNtk.js';
import { fullyConnectedNetwork } from '../../networks/fullyConnectedNetwork.js';
import { requireInteger } from '../../numerics/validate.js';
import { createRng } from '../../random/rng.js';
import { sampleSphere } from '../../sphere/sampleSphere.js';

/**
 * Bowman & Montúfar §3.1, read pointwise ("For fixed x, x′ … |K₀(x, x′) − K^∞(x, x′)| = Õ(1/√m) with
 * high probability", L158): one pair (x, x′) ∼ τ_d ⊗ τ_d is drawn once and kept fixed; for every width m
 * and replicate a fresh network is initialised and |K₀(x, x′) − K^∞(x, x′)| measured there (the NTK of all
 * trained weight matrices, as `kernelDeviation`; K^∞ = κ(⟨x, x′⟩) analytic, `sphereNtk`). The runs are
 * independent given the pair, so they pool into one regression in m. results[r][w]: replicate r, width w.
 */
export interface PointwiseConcentrationSpec {
  readonly activation: 'softplus' | 'tanh';
  readonly hiddenLayers: number;
  readonly d: number;
  readonly widths: readonly number[];
  readonly replicates: number;
  readonly seed: number;
}

export interface PointwiseConcentration {
  /** ⟨x, x′⟩ of the fixed pair. */
  readonly cosine: number;
  readonly kInfinity: number;
  readonly deviations: readonly (readonly number[])[];
}

export function pointwiseConcentrationSweep(spec: PointwiseConcentrationSpec): PointwiseConcentration {
  requireInteger('replicates', spec.replicates, 1);
  const rng = createRng(spec.seed);
  const dim = spec.d + 1;
  const pair = sampleSphere(rng, 2, spec.d);
  let cosine = 0;
  for (let c = 0; c < dim; c++) cosine += pair[c]! * pair[dim + c]!;
  const kInfinity = sphereNtk(spec.activation, spec.hiddenLayers).value(Math.max(-1, Math.min(1, cosine)));
  const x = tf.tensor2d(Float32Array.from(networkInput(pair, dim)), [2, dim]);
  try {
    const deviations = Array.from({ length: spec.replicates }, () =>
      spec.widths.map((m) => {
        const net = fullyConnectedNetwork({ inputDim: dim, widths: Array(spec.hiddenLayers).fill(m), activation: spec.activation, seed: rng.int(2 ** 31) });
        const gram = net.ntkGram(x);
        try {
          const k = tf.tidy(() => tf.addN(net.trainable.map((l) => gram.perLayer[l]!)).dataSync());
          return Math.abs(0.5 * (k[1]! + k[2]!) - kInfinity);
        } finally {
          gram.dispose();
          net.dispose();
        }
      }),
    );
    return { cosine, kInfinity, deviations };
  } finally {
    x.dispose();
  }
}
