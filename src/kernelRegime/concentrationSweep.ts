import { fullyConnectedNetwork } from '../networks/fullyConnectedNetwork.js';
import { requireInteger } from '../numerics/validate.js';
import { createRng } from '../random/rng.js';
import { sampleSphere } from '../sphere/sampleSphere.js';
import { kernelDeviation, type KernelDeviation } from './kernelDeviation.js';
import { sphereNtk } from './sphereNtk.js';

/**
 * The kernel-concentration experiment of Bowman & Montúfar §3.1 / Assumption 3.6: for R replicates and
 * every width m, P fresh points x_1..x_P ∼ τ_d and a freshly initialised network with hidden widths all m,
 * and its kernel deviation at initialisation from K^∞ (`kernelDeviation`, `sphereNtk`). Every
 * (replicate, width) run is independent (own points, own weights), so the runs can be pooled into one
 * regression.
 *
 * The network is the underlying `fullyConnectedNetwork`, not its antisymmetric wrapper: the wrapper's NTK
 * at initialisation is ½K(θ₀) + ½K(θ₀) = K(θ₀), bit for bit in float32 (claim
 * bowman22.asi.zero-output checks exactly this), so the wrapper would only double the cost.
 */
export interface ConcentrationSweepSpec {
  readonly activation: 'softplus' | 'tanh';
  readonly hiddenLayers: number;
  readonly d: number;
  readonly widths: readonly number[];
  readonly replicates: number;
  readonly points: number;
  readonly seed: number;
}

/** results[r][w]: replicate r, width widths[w]. */
export function concentrationSweep(spec: ConcentrationSweepSpec): KernelDeviation[][] {
  requireInteger('replicates', spec.replicates, 1);
  requireInteger('points', spec.points, 3);
  const rng = createRng(spec.seed);
  const kappa = sphereNtk(spec.activation, spec.hiddenLayers).value;
  const dim = spec.d + 1;
  return Array.from({ length: spec.replicates }, () =>
    spec.widths.map((m) => {
      const points = sampleSphere(rng, spec.points, spec.d);
      const net = fullyConnectedNetwork({ inputDim: dim, widths: Array(spec.hiddenLayers).fill(m), activation: spec.activation, seed: rng.int(2 ** 31) });
      try {
        return kernelDeviation(net, points, dim, kappa);
      } finally {
        net.dispose();
      }
    }),
  );
}
