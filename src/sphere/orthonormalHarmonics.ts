import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import type { Rng } from '../random/rng.js';
import { requireInteger } from '../numerics/validate.js';
import { gegenbauerAll } from './gegenbauer.js';
import { harmonicDimension } from './harmonicDimension.js';
import { sampleSphere } from './sampleSphere.js';

/**
 * An orthonormal basis (in L²(τ_d)) of the degree-j spherical harmonics on S^d, for any d and j.
 *
 * Method: the N = N(d, j) zonal functions f_i(x) = √N·P_j(⟨z_i, x⟩) at random poles z_i span the space
 * (generic poles), and by the addition formula (Cao et al. §4) their Gram matrix is
 * G_il = E[f_i f_l] = P_j(⟨z_i, z_l⟩). Then φ = G^{−1/2} f is orthonormal. Poles are redrawn until
 * λ_min(G) ≥ 1e−6 so that G^{−1/2} loses at most ~6 digits. Every orthonormal basis of the degree-j
 * space has Σ_i φ_i(x)² = N(d, j), so sup|φ_i| ≤ √N(d, j) (the M of Lemma 3.1).
 */
export interface HarmonicBasis {
  readonly d: number;
  readonly degree: number;
  readonly size: number;
  /** φ_1(x), …, φ_N(x) at the point x (length d + 1), written into `out`. */
  evaluate(x: ArrayLike<number>, out?: Float64Array): Float64Array;
}

export function orthonormalHarmonics(rng: Rng, d: number, degree: number): HarmonicBasis {
  requireInteger('d', d, 1);
  requireInteger('degree', degree, 0);
  const big = harmonicDimension(d, degree);
  if (big > 400n) throw new RangeError(`N(d, degree) must be ≤ 400 for an explicit basis, got ${big}`);
  const size = Number(big);
  const dim = d + 1;
  for (let attempt = 0; attempt < 20; attempt++) {
    const poles = sampleSphere(rng, size, d);
    const gram = new Matrix(size, size);
    for (let i = 0; i < size; i++) {
      for (let l = 0; l < size; l++) {
        let t = 0;
        for (let c = 0; c < dim; c++) t += poles[i * dim + c]! * poles[l * dim + c]!;
        gram.set(i, l, gegenbauerAll(d, degree, t)[degree]!);
      }
    }
    const eig = new EigenvalueDecomposition(gram, { assumeSymmetric: true });
    const values = eig.realEigenvalues;
    if (Math.min(...values) < 1e-6) continue;
    const v = eig.eigenvectorMatrix;
    // G^{−1/2} = V diag(λ^{−1/2}) Vᵀ, then fold in the √N of f_i.
    const invSqrt = v.mmul(Matrix.diag(values.map((l) => Math.sqrt(size / l)))).mmul(v.transpose());
    const coef = Float64Array.from(invSqrt.to1DArray());
    const p = new Float64Array(degree + 1);
    const zonal = new Float64Array(size);
    return {
      d,
      degree,
      size,
      evaluate(x, out = new Float64Array(size)) {
        for (let i = 0; i < size; i++) {
          let t = 0;
          for (let c = 0; c < dim; c++) t += poles[i * dim + c]! * x[c]!;
          zonal[i] = gegenbauerAll(d, degree, t, p)[degree]!;
        }
        for (let a = 0; a < size; a++) {
          let s = 0;
          for (let i = 0; i < size; i++) s += coef[a * size + i]! * zonal[i]!;
          out[a] = s;
        }
        return out;
      },
    };
  }
  throw new Error(`could not draw well-conditioned poles for d = ${d}, degree = ${degree}`);
}
