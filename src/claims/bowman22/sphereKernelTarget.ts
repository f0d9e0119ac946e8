import { sphereNtk } from '../../kernelRegime/sphereNtk.js';
import { sphereOperator } from '../../kernelRegime/sphereOperator.js';
import { zonalTarget, type ZonalTarget } from '../../kernelRegime/zonalTarget.js';
import { createRng } from '../../random/rng.js';
import { sampleSphere } from '../../sphere/sampleSphere.js';

/**
 * The idealised setting of Bowman & Montúfar §2.2/§3.1 in closed form: T_{K^∞} of the fully connected
 * network's NTK on ρ = τ_d (`sphereOperator`: eigenvalue levels σ_ℓ of multiplicity N(d, k_ℓ), sorted
 * descending) and a target f* = Σ_ℓ c_ℓ·Y_ℓ with one zonal harmonic on each of the top `levels` levels
 * (`zonalTarget`: ‖Y_ℓ‖_{L²} = 1), c_ℓ drawn uniformly from [−1, 1]. With the antisymmetric
 * initialisation r₀ = −f*, so ‖P_ℓ e^{−T t}r₀‖ = e^{−σ_ℓ t}|c_ℓ| exactly.
 *
 * `supLower` is max |f*| over the poles ζ_ℓ and `probes` uniform points: a lower bound of ‖f*‖_∞ (every
 * bound that holds with it holds with the true sup).
 */
export interface SphereKernelTarget {
  readonly sigma: readonly number[];
  readonly size: readonly number[];
  readonly c: readonly number[];
  readonly target: ZonalTarget;
  readonly supLower: number;
}

export function sphereKernelTarget(spec: { activation: 'softplus' | 'tanh'; hiddenLayers: number; d: number; levels: number; seed: number; probes?: number }): SphereKernelTarget {
  const rng = createRng(spec.seed);
  const ntk = sphereNtk(spec.activation, spec.hiddenLayers);
  const op = sphereOperator(ntk.value, spec.d, 12, rng.fork(), ntk.interpolationError);
  const levels = op.levels.slice(0, spec.levels);
  const c = levels.map(() => 2 * rng.uniform() - 1);
  const zetas = sampleSphere(rng, levels.length, spec.d);
  const target = zonalTarget(spec.d, op.degrees.slice(0, levels.length), c, zetas);
  const probes = sampleSphere(rng, spec.probes ?? 2000, spec.d);
  let supLower = 0;
  for (const v of [...target.values(zetas), ...target.values(probes)]) supLower = Math.max(supLower, Math.abs(v));
  return { sigma: levels.map((l) => l.value), size: levels.map((l) => l.size), c, target, supLower };
}
