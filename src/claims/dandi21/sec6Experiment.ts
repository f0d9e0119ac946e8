import { activationByName } from '../../activations/activationByName.js';
import { MNIST_PIXELS, mnistBatch } from '../../data/mnist.js';
import { networkInput } from '../../kernelRegime/sphereNtk.js';
import { fastLayerwiseKernels } from '../../layerwise/fastLayerwiseKernels.js';
import { layerwiseContributions } from '../../layerwise/layerwiseContributions.js';
import { layerwiseNtkGrams, type LayerwiseGrams } from '../../layerwise/layerwiseNtkGrams.js';
import { layerwiseSpectrum, type LayerwiseSpectrum } from '../../layerwise/layerwiseSpectrum.js';
import { sphereLayerwiseGrams } from '../../layerwise/sphereLayerwiseGrams.js';
import { eighTop } from '../../linalg/eigh.js';
import { topPrincipalComponent } from '../../data/topPrincipalComponent.js';
import { empiricalLayerGrams } from '../../networks/empiricalLayerGrams.js';
import { createRng } from '../../random/rng.js';
import { sampleSphere } from '../../sphere/sampleSphere.js';
import { zonalSum } from '../../sphere/zonalSum.js';
import type { Scale } from '../claim.js';
import { network, SEC6_DEPTH } from './sec6Network.js';
import { measureWidthConvergence, type WidthConvergence } from './widthConvergence.js';

/**
 * The layer-wise contribution experiments of Dandi & Jacot §6 and appendices 13, 14, 16.
 *
 * Network: `sec6Network` (four weight matrices, width m), fed √D·x (`networkInput`) so that its input
 * layer is unscaled as in the parametrisation of `layerwiseNtkEntry`, which makes the analytic Grams its
 * infinite-width limit.
 *
 * Quantity (appendix 13): for targets y = (f(x_1), …, f(x_n)) on the n training inputs, the contribution
 * of layer ℓ is c_ℓ = yᵀG⁽ℓ⁾y and the plotted relative contribution is c_ℓ/c_{L−1}
 * (`layerwiseContributions`). Measured three ways, side by side:
 * - empirical: G⁽ℓ⁾ the per-layer Grams of one finite network at initialisation (`empiricalLayerGrams`);
 * - analytic: G⁽ℓ⁾ the infinite-width Grams on the same inputs (`sphereLayerwiseGrams` on the sphere,
 *   `layerwiseNtkGrams` on MNIST);
 * - population (sphere settings): μ_k⁽ℓ⁾/μ_k⁽L−1⁾, the n → ∞ limit for a degree-k harmonic target
 *   (`layerwiseSpectrum`; Dandi & Jacot eq. (5)).
 * Each repetition draws a fresh sample, fresh anchors and a fresh initialisation (the paper's intervals
 * are over initialisations; ours cover the sample as well).
 *
 * Settings and target families, degrees k = 1..4 throughout (the four degrees of §6.1.1, used for every
 * family):
 * - (a) `circle-cos`: x uniform on S¹ (input dimension 2), f = cos kθ = P_k(⟨x, e₁⟩) (§6.1.1);
 * - (b) `sphere10-zonal`: x uniform on S⁹ (input dimension 10), f = Σ_{l=1}^{4} P_k(⟨x, x_l⟩) with four
 *   anchors x_l uniform on S⁹, a_l = 1 (§6.2);
 * - (c) MNIST (§6.3, appendix 14: 784 raw pixel values in [0, 1], width 784, 1000 points at paper scale):
 *   `mnist-radial` sin(k‖x‖); `mnist-pca-sin`, `mnist-pca-cos` sin(kz), cos(kz) with z the projection on
 *   the sample's top principal component, standardised to unit variance (the paper does not give the
 *   scale of "degree"; a fixed scale keeps the order of frequencies); `mnist-eigen` the eigenvector of
 *   rank k of the full Gram of the same network (empirical) or of the infinite-width Gram (analytic);
 * - (d) `sphere10-zonal-tanh`: setting (b) with tanh, on the same samples and anchors as (b) (paired).
 * relu networks for (a)–(c) (§6: "a ReLU network containing 4 fully connected layers").
 */
export const SEC6_DEGREES = [1, 2, 3, 4] as const;

export const SEC6_SIZES: Record<Scale, { n: number; width: number; repetitions: number }> = {
  quick: { n: 300, width: 256, repetitions: 6 },
  paper: { n: 1000, width: 784, repetitions: 10 },
};

export type Sec6FamilyId = 'circle-cos' | 'sphere10-zonal' | 'mnist-radial' | 'mnist-pca-sin' | 'mnist-pca-cos' | 'mnist-eigen' | 'sphere10-zonal-tanh';

export interface Sec6Family {
  readonly id: Sec6FamilyId;
  readonly label: string;
  readonly activation: 'relu' | 'tanh';
}

export const SEC6_FAMILIES: readonly Sec6Family[] = [
  { id: 'circle-cos', label: '(a) S¹, cos kθ', activation: 'relu' },
  { id: 'sphere10-zonal', label: '(b) S⁹, sum of P_k(⟨x, x_l⟩) over 4 anchors x_l', activation: 'relu' },
  { id: 'mnist-radial', label: '(c) MNIST, sin(k‖x‖)', activation: 'relu' },
  { id: 'mnist-pca-sin', label: '(c) MNIST, sin(k·z₁) on the top principal component', activation: 'relu' },
  { id: 'mnist-pca-cos', label: '(c) MNIST, cos(k·z₁) on the top principal component', activation: 'relu' },
  { id: 'mnist-eigen', label: '(c) MNIST, eigenvector of rank k of the full Gram', activation: 'relu' },
  { id: 'sphere10-zonal-tanh', label: '(d) tanh, S⁹, sum of P_k(⟨x, x_l⟩) over 4 anchors x_l', activation: 'tanh' },
];

export interface Sec6FamilyResult {
  readonly family: Sec6Family;
  /** relative[r][k − 1][ℓ] = c_ℓ/c_{L−1} at degree k in repetition r (finite network). */
  readonly empirical: readonly (readonly Float64Array[])[];
  /** The same from the infinite-width Grams on the same inputs. */
  readonly analytic: readonly (readonly Float64Array[])[];
  /** μ_k⁽ℓ⁾/μ_k⁽L−1⁾ for the sphere families (quadrature and interpolation error ≤ 1e−5 relative here: see the tolerance of the claim). */
  readonly population?: { readonly ratio: readonly Float64Array[] };
  /** Per degree: every layer's population component vanishes by the symmetry of σ (ratios undefined). */
  readonly vanishes: readonly boolean[];
}

export interface Sec6Result {
  readonly scale: Scale;
  readonly n: number;
  readonly width: number;
  readonly repetitions: number;
  readonly families: readonly Sec6FamilyResult[];
  readonly widthConvergence: readonly WidthConvergence[];
  readonly ms: number;
}

interface Measured {
  empirical: Float64Array[][];
  analytic: Float64Array[][];
}

const relativeAt = (grams: LayerwiseGrams, y: Float64Array) => layerwiseContributions(grams.perLayer, y).relative;

/** Run every setting of §6 with seeds derived from `seed`. */
export function measureSec6(scale: Scale, seed: number): Sec6Result {
  const start = performance.now();
  const { n, width, repetitions } = SEC6_SIZES[scale];
  const base = createRng(seed);
  const groups = { circle: base.fork(), sphere10: base.fork(), mnist: base.fork() };
  const measured = new Map<Sec6FamilyId, Measured>(SEC6_FAMILIES.map((f) => [f.id, { empirical: [], analytic: [] }]));
  const record = (id: Sec6FamilyId, empirical: Float64Array[], analytic: Float64Array[]) => {
    measured.get(id)!.empirical.push(empirical);
    measured.get(id)!.analytic.push(analytic);
  };

  for (let r = 0; r < repetitions; r++) {
    // (a) the circle: cos kθ = P_k(⟨x, e₁⟩) on S¹.
    {
      const rng = groups.circle.fork();
      const points = sampleSphere(rng.fork(), n, 1);
      const e1 = Float64Array.of(1, 0);
      const targets = SEC6_DEGREES.map((k) => zonalSum(1, k, e1, points));
      const [empirical, analytic] = sphereGrams('relu', points, 2, width, rng.int(2 ** 31));
      record('circle-cos', targets.map((y) => relativeAt(empirical, y)), targets.map((y) => relativeAt(analytic, y)));
    }
    // (b) and (d): the same points, anchors and initial weights for relu and tanh.
    {
      const rng = groups.sphere10.fork();
      const points = sampleSphere(rng.fork(), n, 9);
      const anchors = sampleSphere(rng.fork(), 4, 9);
      const netSeed = rng.int(2 ** 31);
      const targets = SEC6_DEGREES.map((k) => zonalSum(9, k, anchors, points));
      for (const [id, activation] of [['sphere10-zonal', 'relu'], ['sphere10-zonal-tanh', 'tanh']] as const) {
        const [empirical, analytic] = sphereGrams(activation, points, 10, width, netSeed);
        record(id, targets.map((y) => relativeAt(empirical, y)), targets.map((y) => relativeAt(analytic, y)));
      }
    }
    // (c) MNIST.
    {
      const rng = groups.mnist.fork();
      const batch = mnistBatch({ count: n, seed: rng.int(2 ** 31) });
      const pixels = Float64Array.from(batch.images);
      const net = network('relu', MNIST_PIXELS, width, rng.int(2 ** 31));
      let empirical: LayerwiseGrams;
      try {
        empirical = empiricalLayerGrams(net, networkInput(pixels, MNIST_PIXELS), MNIST_PIXELS);
      } finally {
        net.dispose();
      }
      const analytic = layerwiseNtkGrams(activationByName('relu'), SEC6_DEPTH, pixels, MNIST_PIXELS);
      const radius = Float64Array.from({ length: n }, (_, i) => Math.hypot(...pixels.subarray(i * MNIST_PIXELS, (i + 1) * MNIST_PIXELS)));
      const z = topPrincipalComponent(batch.images, n, MNIST_PIXELS);
      const fixed: [Sec6FamilyId, (k: number) => Float64Array][] = [
        ['mnist-radial', (k) => radius.map((t) => Math.sin(k * t))],
        ['mnist-pca-sin', (k) => z.map((t) => Math.sin(k * t))],
        ['mnist-pca-cos', (k) => z.map((t) => Math.cos(k * t))],
      ];
      for (const [id, target] of fixed) {
        const ys = SEC6_DEGREES.map(target);
        record(id, ys.map((y) => relativeAt(empirical, y)), ys.map((y) => relativeAt(analytic, y)));
      }
      const rank = SEC6_DEGREES.length;
      const ownVectors = (grams: LayerwiseGrams) => {
        const { vectors } = eighTop(grams.full, n, rank);
        return SEC6_DEGREES.map((k) => Float64Array.from({ length: n }, (_, i) => vectors[i * rank + k - 1]!));
      };
      record(
        'mnist-eigen',
        ownVectors(empirical).map((y) => relativeAt(empirical, y)),
        ownVectors(analytic).map((y) => relativeAt(analytic, y)),
      );
    }
  }

  const maxDegree = SEC6_DEGREES[SEC6_DEGREES.length - 1]!;
  const spectra: Partial<Record<Sec6FamilyId, LayerwiseSpectrum>> = {
    'circle-cos': layerwiseSpectrum(fastLayerwiseKernels(activationByName('relu'), SEC6_DEPTH), 1, maxDegree),
    'sphere10-zonal': layerwiseSpectrum(fastLayerwiseKernels(activationByName('relu'), SEC6_DEPTH), 9, maxDegree),
    'sphere10-zonal-tanh': layerwiseSpectrum(fastLayerwiseKernels(activationByName('tanh'), SEC6_DEPTH), 9, maxDegree),
  };
  const families = SEC6_FAMILIES.map((family): Sec6FamilyResult => {
    const m = measured.get(family.id)!;
    const spectrum = spectra[family.id];
    if (!spectrum) return { family, ...m, vanishes: SEC6_DEGREES.map(() => false) };
    const last = SEC6_DEPTH - 1;
    const ratio = SEC6_DEGREES.map((k) => Float64Array.from({ length: SEC6_DEPTH }, (_, l) => spectrum.values[l]![k]! / spectrum.values[last]![k]!));
    return { family, ...m, population: { ratio }, vanishes: SEC6_DEGREES.map((k) => spectrum.vanishes[k]!) };
  });
  const widthConvergence = (['relu', 'tanh'] as const).map((activation) => measureWidthConvergence(activation, scale, groups.sphere10.fork()));
  return { scale, n, width, repetitions, families, widthConvergence, ms: performance.now() - start };
}

/** Empirical (network at initialisation, disposed here) and analytic per-layer Grams on unit-sphere points. */
function sphereGrams(activation: 'relu' | 'tanh', points: Float64Array, dim: number, width: number, seed: number): [LayerwiseGrams, LayerwiseGrams] {
  const net = network(activation, dim, width, seed);
  try {
    const empirical = empiricalLayerGrams(net, networkInput(points, dim), dim);
    const analytic = sphereLayerwiseGrams(fastLayerwiseKernels(activationByName(activation), SEC6_DEPTH), points, dim);
    return [empirical, analytic];
  } finally {
    net.dispose();
  }
}

