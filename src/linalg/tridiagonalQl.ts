/** Sweeps allowed per eigenvalue; implicit QL with this shift needs fewer than 2 on average (cubic convergence). */
const MAX_SWEEPS = 30;

/**
 * Eigendecomposition of an m × m symmetric tridiagonal T by the implicit QL method.
 *
 * Input: d[0..m) the diagonal, e[i] = T(i+1, i) for i < m − 1 (e[m − 1] is scratch), z row-major with
 * leading dimension ldz whose leading m × m block holds the identity — or null for eigenvalues only.
 * Output: d ascending, column j of that block the unit eigenvector of d[j]; e is destroyed.
 *
 * Method: EISPACK tql2 (Bowdler, Martin, Reinsch & Wilkinson 1968, as in JAMA): a shift from the leading
 * 2 × 2 block, a chase of plane rotations from the bottom of the unreduced block, rotations accumulated
 * into z; e[l] is set to zero once |e[l]| ≤ ε·max_i(|d_i| + |e_i|). Orthogonal transformations make the
 * result backward stable: the computed pairs are exact for T + ΔT with ‖ΔT‖ = O(m ε ‖T‖).
 * With vectors it serves the leaves of the divide-and-conquer solver (m ≤ 32, where the strided column
 * rotations cost nothing measurable); without (z = null) it is `eigvalsh`'s tridiagonal solver for any m,
 * O(m²) flops in all (≈ 2 sweeps of O(m) per eigenvalue).
 */
export function tridiagonalQl(m: number, d: Float64Array, e: Float64Array, z: Float64Array | null, ldz: number): void {
  const eps = Number.EPSILON;
  e[m - 1] = 0;
  let shift = 0;
  let scale = 0;
  for (let l = 0; l < m; l++) {
    scale = Math.max(scale, Math.abs(d[l]!) + Math.abs(e[l]!));
    let end = l;
    while (end < m && Math.abs(e[end]!) > eps * scale) end++;
    let sweeps = 0;
    while (end > l && Math.abs(e[l]!) > eps * scale) {
      if (++sweeps > MAX_SWEEPS) throw new Error(`tridiagonal QL did not converge at index ${l} after ${MAX_SWEEPS} sweeps`);
      // Shift: the eigenvalue of the leading 2 × 2 block closer to d[l].
      const g0 = d[l]!;
      let p = (d[l + 1]! - g0) / (2 * e[l]!);
      let r = Math.hypot(p, 1);
      if (p < 0) r = -r;
      d[l] = e[l]! / (p + r);
      d[l + 1] = e[l]! * (p + r);
      const dl1 = d[l + 1]!;
      const h0 = g0 - d[l]!;
      for (let i = l + 2; i < m; i++) d[i]! -= h0;
      shift += h0;
      // Implicit QL sweep from the bottom of the unreduced block.
      p = d[end]!;
      let c = 1;
      let c2 = 1;
      let c3 = 1;
      const el1 = e[l + 1]!;
      let s = 0;
      let s2 = 0;
      for (let i = end - 1; i >= l; i--) {
        c3 = c2;
        c2 = c;
        s2 = s;
        const g = c * e[i]!;
        const h = c * p;
        r = Math.hypot(p, e[i]!);
        e[i + 1] = s * r;
        s = e[i]! / r;
        c = p / r;
        p = c * d[i]! - s * g;
        d[i + 1] = h + s * (c * g + s * d[i]!);
        if (z) for (let k = 0, row = 0; k < m; k++, row += ldz) {
          const zi = z[row + i]!;
          const zi1 = z[row + i + 1]!;
          z[row + i + 1] = s * zi + c * zi1;
          z[row + i] = c * zi - s * zi1;
        }
      }
      p = (-s * s2 * c3 * el1 * e[l]!) / dl1;
      e[l] = s * p;
      d[l] = c * p;
    }
    d[l] = d[l]! + shift;
    e[l] = 0;
  }
  sortAscending(m, d, z, ldz);
}

/** Sort d ascending with the matching columns of z: selection sort for the small leaves, a typed sort for values only. */
function sortAscending(m: number, d: Float64Array, z: Float64Array | null, ldz: number): void {
  if (!z) {
    d.subarray(0, m).sort();
    return;
  }
  for (let i = 0; i < m - 1; i++) {
    let k = i;
    for (let j = i + 1; j < m; j++) if (d[j]! < d[k]!) k = j;
    if (k === i) continue;
    const t = d[i]!;
    d[i] = d[k]!;
    d[k] = t;
    for (let r = 0, row = 0; r < m; r++, row += ldz) {
      const zt = z[row + i]!;
      z[row + i] = z[row + k]!;
      z[row + k] = zt;
    }
  }
}
