import fc from 'fast-check';
import { activationByName } from '../../activations/activationByName.js';
import { fastLayerwiseKernels } from '../../layerwise/fastLayerwiseKernels.js';
import { sphereLayerwiseGrams } from '../../layerwise/sphereLayerwiseGrams.js';
import { eigh } from '../../linalg/eigh.js';
import { createRng } from '../../random/rng.js';
import { sampleSphere } from '../../sphere/sampleSphere.js';
import type { CaseResult } from '../checkForAll.js';
import { SEC6_DEPTH } from './sec6Network.js';

export interface Eq22Case extends Record<string, number> {
  /** Number of training points; p_in is their empirical measure. */
  n: number;
  /** Trained layer ℓ of the four-layer relu network of §6 (its infinite-width kernel κ⁽ℓ⁾). */
  layer: number;
  seed: number;
}

export const eq22Arbitrary: fc.Arbitrary<Eq22Case> = fc.record({
  n: fc.integer({ min: 4, max: 60 }),
  layer: fc.integer({ min: 0, max: SEC6_DEPTH - 1 }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
});

/** The domain both readings of eq. (22) draw from (`eq22Arbitrary`). */
export const EQ22_DOMAIN = 'n ∈ [4, 60] points on S⁹; layer ℓ ∈ {0, 1, 2, 3} of the four-layer relu network; residual r ∼ N(0, I_n)';

/** The rounding tolerance of `eq22Evaluate`, in words. */
export const EQ22_TOLERANCE = 'eigendecomposition backward error and the quadratic form\'s rounding: (66n)ε·λ_max·max(1, λ_max)·‖r‖²/n';

/**
 * Eq. (22) on a finite training set, where every quantity is exact linear algebra: p_in the empirical
 * measure of n uniform points on S⁹ (input dimension 10, the setting of appendix 12), ⟨f, g⟩ = (1/n)Σf g,
 * κ = κ⁽ℓ⁾ with Gram G, d = d|f a Gaussian residual vector r. Gradient flow on layer ℓ: ∂_t C = −‖d‖²_κ
 * = −rᵀGr/n² (eq. (21)), computed directly. The operator's eigenpairs are (λ_i, √n·v_i) with G/n = VΛVᵀ,
 * d^{(λ_i)} = (v_iᵀr)v_i, ‖d^{(λ_i)}‖²_{L²} = (v_iᵀr)²/n and ‖d^{(λ_i)}‖²_κ = λ_i(v_iᵀr)²/n. So the two
 * readings of the right-hand side are Σλ_i·‖d^{(λ_i)}‖²_κ = Σλ_i²(v_iᵀr)²/n (printed) and
 * Σλ_i·‖d^{(λ_i)}‖²_{L²} = Σλ_i(v_iᵀr)²/n.
 * Tolerance: the eigendecomposition's backward error, ≤ 32n·ε·λ_max per eigenvalue and rotation
 * (Householder tridiagonalisation + QL), moves either sum by ≤ 64n·ε·λ_max·max(1, λ_max)·‖r‖²/n, and the
 * direct quadratic form by ≤ 2n·ε·λ_max·‖r‖²/n. Power: the other reading's value; decided when the
 * readings differ by more than twice the tolerance. Margin: log10(tolerance/|gap|).
 */
export function eq22Evaluate({ n, layer, seed }: Eq22Case, reading: 'kappa-norm' | 'l2-norm'): CaseResult {
  const rng = createRng(seed);
  const dim = 10;
  const points = sampleSphere(rng.fork(), n, dim - 1);
  const gram = sphereLayerwiseGrams(fastLayerwiseKernels(activationByName('relu'), SEC6_DEPTH), points, dim).perLayer[layer]!;
  const r = Float64Array.from({ length: n }, () => rng.normal());
  let direct = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) direct += r[i]! * gram[i * n + j]! * r[j]!;
  direct /= n * n;
  const { values, vectors } = eigh(gram.map((v) => v / n), n);
  let printedSum = 0;
  let l2Sum = 0;
  let norm = 0;
  for (let j = 0; j < n; j++) {
    let c = 0;
    for (let i = 0; i < n; i++) c += vectors[i * n + j]! * r[i]!;
    const w = (c * c) / n;
    printedSum += values[j]! * values[j]! * w;
    l2Sum += values[j]! * w;
  }
  for (const v of r) norm += v * v;
  const top = Math.max(Math.abs(values[0]!), Math.abs(values[n - 1]!));
  const tolerance = (64 * n + 2 * n) * Number.EPSILON * top * Math.max(1, top) * (norm / n);
  const [mine, other] = reading === 'kappa-norm' ? [printedSum, l2Sum] : [l2Sum, printedSum];
  const gap = Math.abs(direct - mine);
  return {
    measured: gap,
    bound: tolerance,
    ok: gap <= tolerance,
    decided: Math.abs(mine - other) > 2 * tolerance,
    margin: Math.log10(tolerance) - Math.log10(Math.max(gap, Number.MIN_VALUE)),
    extra: { '−∂_tC = rᵀGr/n²': direct, 'Σλ_i‖d_i‖²_κ': printedSum, 'Σλ_i‖d_i‖²_L²': l2Sum, λ_max: top },
  };
}
