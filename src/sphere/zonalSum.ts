import { requireInteger } from '../numerics/validate.js';
import { gegenbauer } from './gegenbauer.js';

/**
 * g(x) = Σ_l P_k(⟨x, a_l⟩) on S^d at the given points, for anchors a_1..a_L ∈ S^d (row-major, d + 1
 * coordinates each): by the addition formula (Dandi & Jacot §6.2, Lemma 4; Cao et al. §4) a degree-k
 * spherical harmonic, so an eigenfunction of every dot-product kernel on S^d. P_k is the Gegenbauer
 * polynomial with P_k(1) = 1 (`gegenbauer`); on the circle (d = 1) it is Chebyshev's T_k, so one anchor
 * e_1 gives cos(kθ) at x = (cos θ, sin θ) (Dandi & Jacot §6.1.1).
 */
export function zonalSum(d: number, k: number, anchors: Float64Array, points: Float64Array): Float64Array {
  requireInteger('d', d, 1);
  requireInteger('k', k, 0, 1000);
  const dim = d + 1;
  if (anchors.length === 0 || anchors.length % dim !== 0) throw new RangeError(`anchors must hold L ≥ 1 whole points of d + 1 = ${dim} coordinates`);
  if (points.length % dim !== 0) throw new RangeError(`points must hold whole points of d + 1 = ${dim} coordinates`);
  const count = anchors.length / dim;
  const m = points.length / dim;
  const out = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let s = 0;
    for (let l = 0; l < count; l++) {
      let t = 0;
      for (let c = 0; c < dim; c++) t += anchors[l * dim + c]! * points[i * dim + c]!;
      s += gegenbauer(d, k, Math.max(-1, Math.min(1, t)));
    }
    out[i] = s;
  }
  return out;
}
