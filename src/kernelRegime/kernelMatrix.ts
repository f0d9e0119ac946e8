import { requireInteger } from '../numerics/validate.js';

/**
 * A positive semi-definite kernel K(x, x') on point sets, evaluated as a matrix: `matrix(a, b, dim)` is
 * the row-major |a| × |b| matrix K(a_i, b_j) for row-major point arrays a, b with `dim` coordinates each.
 */
export interface Kernel {
  matrix(a: Float64Array, b: Float64Array, dim: number): Float64Array;
  /** sup_x K(x, x) on the support of ρ (the κ of the Bernstein bounds on T_N − T). */
  readonly diagonalBound: number;
}

/**
 * The dot-product kernel K(x, x') = κ(⟨x, x'⟩) on the unit sphere (K^∞ of `sphereNtk`, or any other κ);
 * inner products are clamped to [−1, 1] against rounding. The matrix of a set with itself is computed
 * for i ≤ j and mirrored, so it is exactly symmetric.
 */
export function dotProductKernel(kappa: (u: number) => number): Kernel {
  return {
    diagonalBound: kappa(1),
    matrix(a, b, dim) {
      requireInteger('dim', dim, 1);
      if (a.length % dim !== 0 || b.length % dim !== 0) throw new RangeError(`a and b must hold whole points of dim = ${dim} coordinates`);
      const na = a.length / dim;
      const nb = b.length / dim;
      const out = new Float64Array(na * nb);
      const same = a === b;
      for (let i = 0; i < na; i++) {
        for (let j = same ? i : 0; j < nb; j++) {
          let t = 0;
          for (let c = 0; c < dim; c++) t += a[i * dim + c]! * b[j * dim + c]!;
          const v = kappa(t > 1 ? 1 : t < -1 ? -1 : t);
          out[i * nb + j] = v;
          if (same) out[j * nb + i] = v;
        }
      }
      return out;
    },
  };
}
