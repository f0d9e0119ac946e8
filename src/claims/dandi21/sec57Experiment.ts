import { activationByName } from '../../activations/activationByName.js';
import { networkInput } from '../../kernelRegime/sphereNtk.js';
import { fastLayerwiseKernels } from '../../layerwise/fastLayerwiseKernels.js';
import { sphereLayerwiseGrams } from '../../layerwise/sphereLayerwiseGrams.js';
import { eigh } from '../../linalg/eigh.js';
import { empiricalLayerGrams } from '../../networks/empiricalLayerGrams.js';
import type { FullyConnectedNetwork } from '../../networks/fullyConnectedNetwork.js';
import { gradientDescent } from '../../networks/gradientDescent.js';
import { largestEigenvalue } from '../../networks/largestEigenvalue.js';
import { trainingSet } from '../../networks/trainingSet.js';
import { createRng } from '../../random/rng.js';
import { sampleSphere } from '../../sphere/sampleSphere.js';
import { zonalSum } from '../../sphere/zonalSum.js';
import type { Scale } from '../claim.js';
import { network, SEC6_DEPTH } from './sec6Network.js';

/**
 * Dandi & Jacot §5.7 and appendix 12: training one layer only, with the other layers frozen, moves the
 * output along that layer's kernel κ⁽ℓ⁾ (eq. (21)), so the residual's components decay at rates set by
 * κ⁽ℓ⁾'s eigenvalues and, relative to the low degrees, faster for high degrees when ℓ is an earlier layer.
 *
 * Setting (appendix 12): input dimension 10 (x uniform on S⁹), the four-layer relu network of §6
 * (`sec6Network`) of width 100, target y* = Σ_{i=1}^{4} y_i* with y_i* = Σ_{l=1}^{4} P_i(⟨x, x_l⟩) a degree-i
 * harmonic (§6.2; orthogonal for i ≠ j in every layer's kernel), each scaled to ‖y_i*‖² = n on the
 * training sample so that the degrees start equal. The residual component of degree i (appendix 12) is
 * r_i = ((y − y*)ᵀy_i*)²/‖y_i*‖², on the n training points.
 *
 * For each trained layer ℓ = 0..3, from the same initial weights: full-batch gradient descent on
 * (1/2n)‖y − y*‖² with η_ℓ = 1/(2λ_max(G⁽ℓ⁾/n)) (G⁽ℓ⁾ the layer's empirical Gram at initialisation: the
 * kernel step r ← (I − ηG⁽ℓ⁾/n)r is then stable with every factor in [0, 1)), for `steps` steps, r_i
 * recorded at every step. The relative rate of degree i is Q_{ℓ,i} = D_i/D_1 with D_i = −log(r_i(s)/r_i(0))
 * at the horizon s = the first step at which the fastest-learned degree 1 has fallen to e^{−2} of its start
 * (the last step if it never does): in the kernel regime log r_i is linear in t, so Q is the ratio of
 * per-step rates, ≈ λ_i⁽ℓ⁾/λ_1⁽ℓ⁾ for small ηλ, independent of η.
 *
 * The kernel prediction replaces the network by its infinite-width layer kernel on the same sample and
 * the same initial residual: r_t = V(1 − ηλ)^t Vᵀr_0 with G_∞⁽ℓ⁾/n = VΛVᵀ and η from G_∞⁽ℓ⁾.
 */
export const SEC57_DEGREES = [1, 2, 3, 4] as const;
/** Degree-1 decay that sets the horizon: r_1(s) ≤ e^{−2}·r_1(0). */
const HORIZON_DECAY = Math.exp(-2);

export const SEC57_SIZES: Record<Scale, { n: number; width: number; steps: number; repetitions: number }> = {
  quick: { n: 300, width: 100, steps: 400, repetitions: 4 },
  paper: { n: 1000, width: 100, steps: 1000, repetitions: 10 },
};

export interface LayerRun {
  /** r_i(t) per degree, t = 0..steps. */
  readonly components: readonly Float64Array[];
  readonly eta: number;
  /** The horizon s and the relative rates Q_{ℓ,i} = D_i/D_1 there (Q_{ℓ,1} = 1). */
  readonly horizon: number;
  readonly relativeRate: Float64Array;
}

export interface Sec57Repetition {
  /** Per trained layer ℓ = 0..3: the network run and the kernel prediction. */
  readonly network: readonly LayerRun[];
  readonly kernel: readonly LayerRun[];
}

export interface Sec57Result {
  readonly n: number;
  readonly width: number;
  readonly steps: number;
  readonly repetitions: readonly Sec57Repetition[];
  readonly ms: number;
}

export function measureSec57(scale: Scale, seed: number): Sec57Result {
  const start = performance.now();
  const { n, width, steps, repetitions } = SEC57_SIZES[scale];
  const dim = 10;
  const base = createRng(seed);
  const kernels = fastLayerwiseKernels(activationByName('relu'), SEC6_DEPTH);
  const runs: Sec57Repetition[] = [];
  for (let r = 0; r < repetitions; r++) {
    const rng = base.fork();
    const points = sampleSphere(rng.fork(), n, dim - 1);
    const anchors = sampleSphere(rng.fork(), 4, dim - 1);
    const netSeed = rng.int(2 ** 31);
    const components = SEC57_DEGREES.map((k) => {
      const y = zonalSum(dim - 1, k, anchors, points);
      const scale = Math.sqrt(n / y.reduce((s, v) => s + v * v, 0));
      return y.map((v) => v * scale);
    });
    const target = Float64Array.from({ length: n }, (_, i) => components.reduce((s, y) => s + y[i]!, 0));
    const project = (residual: ArrayLike<number>) =>
      components.map((y) => {
        let dot = 0;
        for (let i = 0; i < n; i++) dot += residual[i]! * y[i]!;
        return (dot * dot) / n;
      });
    const inputs = networkInput(points, dim);
    const analytic = sphereLayerwiseGrams(kernels, points, dim);
    const networkRuns: LayerRun[] = [];
    const kernelRuns: LayerRun[] = [];
    const data = trainingSet(inputs, dim, target);
    try {
      // Every trained layer starts from the same weights (same seed), so the initial per-layer Grams are computed once.
      const initialGrams = withNetwork(network('relu', dim, width, netSeed), (net) => empiricalLayerGrams(net, inputs, dim).perLayer);
      for (let l = 0; l < SEC6_DEPTH; l++) {
        const eta = 0.5 / (largestEigenvalue(initialGrams[l]!, n) / n);
        const curves = SEC57_DEGREES.map(() => new Float64Array(steps + 1));
        let initial: Float32Array | undefined;
        withNetwork(network('relu', dim, width, netSeed, l), (net) =>
          gradientDescent(net, data, {
            eta,
            steps,
            observe: (t, residual) => {
              if (t === 0) initial = Float32Array.from(residual);
              project(residual).forEach((v, i) => (curves[i]![t] = v));
            },
          }),
        );
        networkRuns.push(layerRun(curves, eta));
        kernelRuns.push(kernelPrediction(analytic.perLayer[l]!, n, initial!, steps, components));
      }
    } finally {
      data.dispose();
    }
    runs.push({ network: networkRuns, kernel: kernelRuns });
  }
  return { n, width, steps, repetitions: runs, ms: performance.now() - start };
}

/** Run `use` on a network and dispose it afterwards. */
function withNetwork<T>(net: FullyConnectedNetwork, use: (net: FullyConnectedNetwork) => T): T {
  try {
    return use(net);
  } finally {
    net.dispose();
  }
}

/**
 * r_t = V(1 − ηλ)^t Vᵀr_0 for G/n = VΛVᵀ, η = 1/(2λ_max), projected on the degree components y_i:
 * y_iᵀr_t = Σ_j (y_iᵀv_j)(v_jᵀr_0)(1 − ηλ_j)^t, O(n) per step once the n² projections are formed.
 * Exported for the property suite (checked against the iteration r ← (I − ηG/n)r itself).
 */
export function kernelPrediction(gram: Float64Array, n: number, r0: Float32Array, steps: number, components: readonly Float64Array[]): LayerRun {
  const { values, vectors } = eigh(gram.map((v) => v / n), n);
  const eta = 0.5 / values[0]!;
  const dot = (y: ArrayLike<number>, j: number) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += vectors[i * n + j]! * y[i]!;
    return s;
  };
  const start = Float64Array.from({ length: n }, (_, j) => dot(r0, j));
  const weights = components.map((y) => Float64Array.from({ length: n }, (_, j) => dot(y, j) * start[j]!));
  const factor = Float64Array.from(values, (v) => 1 - eta * Math.max(v, 0));
  const power = new Float64Array(n).fill(1);
  const curves = components.map(() => new Float64Array(steps + 1));
  for (let t = 0; t <= steps; t++) {
    weights.forEach((w, i) => {
      let s = 0;
      for (let j = 0; j < n; j++) s += w[j]! * power[j]!;
      curves[i]![t] = (s * s) / n;
    });
    for (let j = 0; j < n; j++) power[j]! *= factor[j]!;
  }
  return layerRun(curves, eta);
}

function layerRun(components: Float64Array[], eta: number): LayerRun {
  const first = components[0]!;
  const steps = first.length - 1;
  let horizon = steps;
  for (let t = 1; t <= steps; t++) {
    if (first[t]! <= HORIZON_DECAY * first[0]!) {
      horizon = t;
      break;
    }
  }
  const decay = components.map((c) => -Math.log(c[horizon]! / c[0]!));
  return { components, eta, horizon, relativeRate: Float64Array.from(decay, (d) => d / decay[0]!) };
}
