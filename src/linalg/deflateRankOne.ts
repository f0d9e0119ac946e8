/** Unit roundoff u = 2⁻⁵³ (LAPACK's dlamch('Epsilon')). */
const UNIT_ROUNDOFF = Number.EPSILON / 2;

/**
 * Deflation step of a divide-and-conquer merge (LAPACK dlaed2) for D + ρ v vᵀ, where d[0..n1) and
 * d[n1..size) are each ascending and column j of z (row-major, leading dimension ld, size rows) is the
 * eigenvector of d[j].
 *
 * With tol = 8u·max(max|d|, max|v|), walking d in ascending order: (1) a pair with ρ|v_j| ≤ tol is
 * deflated — (d_j, column j) is already an eigenpair of the merged matrix up to an error ≤ tol; (2) for
 * two consecutive kept values, the plane rotation G (c = v_j/r, s = −v_prev/r, r = ‖(v_prev, v_j)‖) that
 * zeroes v_prev turns D into a matrix whose off-diagonal entry is (d_j − d_prev)·c·s; if that is ≤ tol
 * the rotation is applied to columns prev, j of z and to d, and prev is deflated. Either way the
 * perturbation of the merged matrix is ≤ tol, so backward stability is kept.
 *
 * Returns the kept columns (ascending in d, strictly increasing after the rotations) and the deflated
 * ones; `type` (0 = top rows only, 1 = mixed, 2 = bottom rows only) marks columns mixed by a rotation.
 */
export function deflateRankOne(
  size: number,
  n1: number,
  d: Float64Array,
  v: Float64Array,
  rho: number,
  z: Float64Array,
  ld: number,
  type: Uint8Array,
): { kept: number[]; deflated: number[] } {
  const order: number[] = [];
  for (let a = 0, b = n1; a < n1 || b < size; ) {
    order.push(b >= size || (a < n1 && d[a]! <= d[b]!) ? a++ : b++);
  }
  let dMax = 0;
  let vMax = 0;
  for (let j = 0; j < size; j++) {
    dMax = Math.max(dMax, Math.abs(d[j]!));
    vMax = Math.max(vMax, Math.abs(v[j]!));
  }
  const tol = 8 * UNIT_ROUNDOFF * Math.max(dMax, vMax);

  const kept: number[] = [];
  const deflated: number[] = [];
  let prev = -1;
  for (const j of order) {
    if (rho * Math.abs(v[j]!) <= tol) {
      deflated.push(j);
      continue;
    }
    if (prev >= 0) {
      const r = Math.hypot(v[j]!, v[prev]!);
      const c = v[j]! / r;
      const s = -v[prev]! / r;
      if (Math.abs((d[j]! - d[prev]!) * c * s) <= tol) {
        v[j] = r;
        v[prev] = 0;
        for (let row = 0, base = 0; row < size; row++, base += ld) {
          const x = z[base + prev]!;
          const y = z[base + j]!;
          z[base + prev] = c * x + s * y;
          z[base + j] = c * y - s * x;
        }
        if (type[prev] !== type[j]) type[j] = 1;
        const dPrev = d[prev]! * c * c + d[j]! * s * s;
        d[j] = d[prev]! * s * s + d[j]! * c * c;
        d[prev] = dPrev;
        deflated.push(prev);
      } else {
        kept.push(prev);
      }
    }
    prev = j;
  }
  if (prev >= 0) kept.push(prev);
  return { kept, deflated };
}
