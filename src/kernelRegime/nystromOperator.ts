import { eigh } from '../linalg/eigh.js';
import { requireInteger } from '../numerics/validate.js';
import type { Decay } from './decay.js';
import type { Kernel } from './kernelMatrix.js';
import type { EigenLevel, OperatorSpectrum } from './operatorSpectrum.js';

/**
 * The Nyström approximation of T_K g(x) = ∫ K(x, s)g(s)dρ(s) (Bowman & Montúfar eq. (1)–(2)) for any
 * input distribution ρ, from a reference sample z_1..z_N ∼ ρ i.i.d. (N much larger than any training set):
 * T_K is replaced by T_N g(x) = (1/N)Σ_j K(x, z_j)g(z_j), the operator of eq. (3) on the reference sample.
 *
 * Eigen-structure. With K_N = (K(z_i, z_j)) and K_N/N = U Λ Uᵀ (`eigh`, λ descending, U orthogonal), the
 * eigenfunctions of T_N, orthonormal in L²(ρ̂_N), are evaluable at any x (the Nyström extension):
 *
 *   φ̂_i(x) = (1/(λ_i√N))·Σ_j K(x, z_j)U_ji,   φ̂_i(z_j) = √N·U_ji.
 *
 * Dynamics. For a residual r_0 with values g = r_0(z) on the sample, the idealised dynamics
 * r_t = e(T_K)r_0 (`Decay`: exp(−T_K t), or (I − ηT_K)^S for gradient descent) are approximated by
 *
 *   e(T_N)r_0 (x) = r_0(x) − (1/N)Σ_j K(x, z_j)·[q(K_N/N)g]_j,   q(λ) = (1 − e(λ))/λ,
 *
 * which is exactly the kernel gradient flow in the RKHS with the empirical covariance C_N = S_N*S_N
 * (push-through identity C_N q(C_N) = S_N* q(S_N S_N*) S_N, S_N S_N* = K_N/N), evaluated at x — so it is
 * defined at new points and equals e(K_N/N)g on the sample. q is bounded by t and continuous at 0, so
 * the tail of tiny (or rounding-negative) eigenvalues enters harmlessly.
 *
 * Sampling error (why the property suite's bounds hold). The eigenvalues of K_N/N are those of C_N, an
 * average of N i.i.d. rank-one operators K_z ⊗ K_z with Hilbert–Schmidt norm K(z, z) ≤ κ̄ =
 * `kernel.diagonalBound`, E[C_N] = C (whose nonzero eigenvalues are those of T_K). By the Hilbert-space
 * Bernstein inequality (Smale & Zhou 2007, Lemma 2), with probability ≥ 1 − δ,
 *
 *   ‖C_N − C‖_HS ≤ 2κ̄·log(2/δ)/N + κ̄·√(2·log(2/δ)/N)   (`hilbertSchmidtBound`),
 *
 * and by the Hoffman–Wielandt inequality for self-adjoint Hilbert–Schmidt operators (Kato; Rosasco,
 * Belkin & De Vito 2010, Prop. 10), (Σ_i (λ̂_i − σ_i)²)^{1/2} ≤ ‖C_N − C‖_HS for the sorted sequences.
 */
export interface NystromOperator extends OperatorSpectrum {
  readonly n: number;
  /** The reference sample z_1..z_N (row-major N × dim). */
  readonly reference: Float64Array;
  /** All eigenvalues of K_N/N, descending. */
  readonly values: Float64Array;
  /** φ̂_1..φ̂_count at the points: row-major M × count. */
  eigenfunctions(points: Float64Array, count: number): Float64Array;
  /** e(T_N)r_0 at the points, from r_0 at the reference sample (`atReference`) and at the points (`atPoints`). */
  evolve(atReference: Float64Array, atPoints: Float64Array, points: Float64Array, decay: Decay): Float64Array;
}

export function nystromOperator(kernel: Kernel, reference: Float64Array, dim: number, levelCount = 32): NystromOperator {
  requireInteger('dim', dim, 1);
  if (reference.length === 0 || reference.length % dim !== 0) throw new RangeError(`reference must hold N ≥ 1 whole points of dim = ${dim}`);
  const n = reference.length / dim;
  requireInteger('levelCount', levelCount, 1, n);
  const gram = kernel.matrix(reference, reference, dim);
  for (let i = 0; i < gram.length; i++) gram[i]! /= n;
  const { values, vectors } = eigh(gram, n);
  const sqrtN = Math.sqrt(n);

  const eigenfunctions = (points: Float64Array, count: number): Float64Array => {
    requireInteger('count', count, 1, n);
    const cross = kernel.matrix(points, reference, dim);
    const m = points.length / dim;
    const out = new Float64Array(m * count);
    for (let r = 0; r < m; r++) {
      for (let i = 0; i < count; i++) {
        let s = 0;
        for (let j = 0; j < n; j++) s += cross[r * n + j]! * vectors[j * n + i]!;
        out[r * count + i] = s / (values[i]! * sqrtN);
      }
    }
    return out;
  };

  const levels: EigenLevel[] = Array.from({ length: levelCount }, (_, i) => ({ value: values[i]!, size: 1, label: `λ̂_${i + 1}` }));
  return {
    dim,
    n,
    reference,
    values,
    levels,
    eigenfunctions,
    features(level, points) {
      requireInteger('level', level, 0, levelCount - 1);
      const all = eigenfunctions(points, level + 1);
      const m = points.length / dim;
      return Float64Array.from({ length: m }, (_, r) => all[r * (level + 1) + level]!);
    },
    evolve(atReference, atPoints, points, decay) {
      if (atReference.length !== n) throw new RangeError(`atReference must have length N = ${n}, got ${atReference.length}`);
      const m = points.length / dim;
      if (atPoints.length !== m) throw new RangeError(`atPoints must have one value per point (${m}), got ${atPoints.length}`);
      // w = U q(Λ) Uᵀ g.
      const coef = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (let j = 0; j < n; j++) s += vectors[j * n + i]! * atReference[j]!;
        coef[i] = s * decay.integrated(values[i]!);
      }
      const w = new Float64Array(n);
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let i = 0; i < n; i++) s += vectors[j * n + i]! * coef[i]!;
        w[j] = s;
      }
      const cross = kernel.matrix(points, reference, dim);
      return Float64Array.from({ length: m }, (_, r) => {
        let s = 0;
        for (let j = 0; j < n; j++) s += cross[r * n + j]! * w[j]!;
        return atPoints[r]! - s / n;
      });
    },
  };
}

/** The Bernstein bound on ‖C_N − C‖_HS at confidence 1 − δ (see `nystromOperator`). */
export function hilbertSchmidtBound(diagonalBound: number, n: number, delta: number): number {
  requireInteger('n', n, 1);
  if (!(delta > 0 && delta < 1)) throw new RangeError(`delta must lie in (0, 1), got ${delta}`);
  const l = Math.log(2 / delta);
  return (2 * diagonalBound * l) / n + diagonalBound * Math.sqrt((2 * l) / n);
}
