import type { FastLayerwiseKernels } from './fastLayerwiseKernels.js';
import { layerwiseGramsFrom, type LayerwiseGrams } from './layerwiseNtkGrams.js';
import { requireInteger } from '../numerics/validate.js';

/**
 * The analytic per-layer NTK Grams G⁽ℓ⁾_ij = Θ⁽ℓ⁾(⟨x_i, x_j⟩) for points on the unit sphere (row-major
 * n × dim), from the per-layer dot-product kernels (`fastLayerwiseKernels`): the same matrices as
 * `layerwiseNtkGrams` (which runs the recursion per pair, for any norms), at the cost of one kernel
 * evaluation per pair. Each Gram carries the kernels' absolute error bound `kernels.error[ℓ]` entrywise.
 *
 * Points must have unit norm to 1e−12 (the kernels are functions of u = ⟨x, x'⟩ only there).
 */
export function sphereLayerwiseGrams(kernels: FastLayerwiseKernels, points: Float64Array, dim: number): LayerwiseGrams {
  requireInteger('dim', dim, 1);
  if (points.length === 0 || points.length % dim !== 0) throw new RangeError(`points must have length n·dim with n ≥ 1, dim = ${dim}; got ${points.length}`);
  const n = points.length / dim;
  const inner = (i: number, j: number) => {
    let s = 0;
    for (let c = 0; c < dim; c++) s += points[i * dim + c]! * points[j * dim + c]!;
    return s;
  };
  for (let i = 0; i < n; i++) {
    const q = inner(i, i);
    if (!(Math.abs(q - 1) <= 1e-12)) throw new RangeError(`points[${i}] must have unit norm (|‖x‖² − 1| ≤ 1e−12), got ‖x‖² = ${q}`);
  }
  const theta = new Float64Array(kernels.depth);
  return layerwiseGramsFrom(n, kernels.depth, (i, j) => {
    kernels.evaluate(Math.max(-1, Math.min(1, inner(i, j))), theta);
    return theta;
  });
}
