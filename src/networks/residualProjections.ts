import { requireInteger } from '../numerics/validate.js';
import { gegenbauer } from '../sphere/gegenbauer.js';
import { clampedDot } from './sec4Targets.js';

/**
 * The residual projections of Cao et al. §4, exactly as defined there:
 *
 *   v_k = n^{−1/2}(P_k(⟨ζ_k, x_1⟩), …, P_k(⟨ζ_k, x_n⟩)),   â_k = |v_kᵀ r^{(t)}|,
 *   r^{(t)} = (f*(x_i) − θf_{W^{(t)}}(x_i))_i,
 *
 * P_k the Gegenbauer polynomial of S^d (the paper writes P_k(x_i) for P_k(⟨ζ_k, x_i⟩), the component of
 * f* the projection tracks). The v_k are neither unit nor exactly orthogonal: ‖v_k‖² → E[P_k²] =
 * 1/N(d, k) (addition formula), and Lemma 3.1 bounds their Gram's distance from its limit.
 */
export interface ProjectionVectors {
  readonly degrees: readonly number[];
  /** v_k for each listed degree, length n. */
  readonly vectors: readonly Float64Array[];
  /** â_k = |v_kᵀ r| for each listed degree. */
  lengths(residual: ArrayLike<number>): number[];
  /**
   * σ_k = √(Σ_i v_ki² g_i²) for each listed degree, g = r − (v_kᵀr/‖v_k‖²)·v_k the residual without
   * its component along v_k: the standard deviation of v_kᵀg over the sample for a residual with no
   * degree-k content (E[P_k g] = 0 ⇒ Var(n^{−1/2}Σ_i P_k(x_i)g(x_i)) = E[P_k²g²]), i.e. the level at
   * which the other components leak into â_k on n points.
   */
  leakageLevels(residual: ArrayLike<number>): number[];
}

export function projectionVectors(points: Float64Array, d: number, degrees: readonly number[], zetas: Float64Array): ProjectionVectors {
  requireInteger('d', d, 1);
  const dim = d + 1;
  if (points.length % dim !== 0) throw new RangeError(`points must have a multiple of d + 1 = ${dim} entries, got ${points.length}`);
  if (zetas.length !== degrees.length * dim) throw new RangeError(`zetas must hold one unit vector per degree (${degrees.length} × ${dim}), got ${zetas.length}`);
  const n = points.length / dim;
  const scale = 1 / Math.sqrt(n);
  const vectors = degrees.map((k, j) => {
    requireInteger(`degrees[${j}]`, k, 0);
    return Float64Array.from({ length: n }, (_, i) => scale * gegenbauer(d, k, clampedDot(zetas, j, points.subarray(i * dim, (i + 1) * dim), dim)));
  });
  return {
    degrees,
    vectors,
    lengths(residual) {
      if (residual.length !== n) throw new RangeError(`residual must have length n = ${n}, got ${residual.length}`);
      return vectors.map((v) => {
        let s = 0;
        for (let i = 0; i < n; i++) s += v[i]! * residual[i]!;
        return Math.abs(s);
      });
    },
    leakageLevels(residual) {
      if (residual.length !== n) throw new RangeError(`residual must have length n = ${n}, got ${residual.length}`);
      return vectors.map((v) => {
        let vr = 0;
        let vv = 0;
        for (let i = 0; i < n; i++) {
          vr += v[i]! * residual[i]!;
          vv += v[i]! * v[i]!;
        }
        const c = vv > 0 ? vr / vv : 0;
        let s = 0;
        for (let i = 0; i < n; i++) s += (v[i]! * (residual[i]! - c * v[i]!)) ** 2;
        return Math.sqrt(s);
      });
    },
  };
}
