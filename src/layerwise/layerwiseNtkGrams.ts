import type { Activation } from '../activations/activation.js';
import { requireFinite, requireInteger } from '../numerics/validate.js';
import { layerwiseNtkEntry } from './layerwiseNtkEntry.js';
import { varianceChain } from './varianceChain.js';

/**
 * The analytic per-layer NTK Gram matrices G⁽ℓ⁾_ij = Θ⁽ℓ⁾(x_i, x_j), ℓ = 0..L−1, of an L-layer fully
 * connected network (parametrisation and recursion: `layerwiseNtkEntry`) on n inputs of dimension `dim`
 * (row-major n × dim), and their sum, the NTK Gram. These are the infinite-width limits of the empirical
 * per-layer Grams ⟨∂f(x_i)/∂W⁽ℓ⁾, ∂f(x_j)/∂W⁽ℓ⁾⟩ of a network built with weights N(0, 1), the hidden
 * layers scaled by 1/√m, the input layer unscaled, no biases (Dandi & Jacot §5.4, §6: four layers).
 *
 * Each Gram is n × n, row-major, symmetric (computed for i ≤ j and mirrored). Cost: n(n + 1)/2 pairs ×
 * 2(L − 1) Gaussian pair expectations — cheap for relu and erf (closed forms), ≈ 2 ms each for tanh.
 */
export interface LayerwiseGrams {
  readonly n: number;
  /** G⁽0⁾ (input layer) .. G⁽L−1⁾ (output layer). */
  readonly perLayer: readonly Float64Array[];
  /** Σ_ℓ G⁽ℓ⁾, the NTK Gram (eq. (1)). */
  readonly full: Float64Array;
}

export function layerwiseNtkGrams(activation: Activation, depth: number, points: ArrayLike<number>, dim: number): LayerwiseGrams {
  requireInteger('depth', depth, 2, 64);
  requireInteger('dim', dim, 1);
  if (points.length === 0 || points.length % dim !== 0) throw new RangeError(`points must have length n·dim with n ≥ 1, dim = ${dim}; got ${points.length}`);
  const n = points.length / dim;
  for (let i = 0; i < points.length; i++) requireFinite(`points[${i}]`, points[i]!);
  const inner = (i: number, j: number) => {
    let s = 0;
    for (let c = 0; c < dim; c++) s += points[i * dim + c]! * points[j * dim + c]!;
    return s;
  };
  const chains = Array.from({ length: n }, (_, i) => varianceChain(activation, depth, inner(i, i)));
  return layerwiseGramsFrom(n, depth, (i, j) => layerwiseNtkEntry(activation, depth, chains[i]!, chains[j]!, inner(i, j)));
}

/**
 * Per-layer Grams and their sum from the per-layer components Θ⁽ℓ⁾(x_i, x_j) of each pair, evaluated
 * for i ≤ j (`entry` returns the `depth` components) and mirrored: shared by every route to the
 * analytic Grams (the recursion per pair here, the dot-product kernels in `sphereLayerwiseGrams`).
 */
export function layerwiseGramsFrom(n: number, depth: number, entry: (i: number, j: number) => ArrayLike<number>): LayerwiseGrams {
  const perLayer = Array.from({ length: depth }, () => new Float64Array(n * n));
  const full = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const theta = entry(i, j);
      let total = 0;
      for (let l = 0; l < depth; l++) {
        perLayer[l]![i * n + j] = theta[l]!;
        perLayer[l]![j * n + i] = theta[l]!;
        total += theta[l]!;
      }
      full[i * n + j] = total;
      full[j * n + i] = total;
    }
  }
  return { n, perLayer, full };
}
