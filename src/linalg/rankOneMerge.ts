import { deflateRankOne } from './deflateRankOne.js';
import { gemmNT } from './gemmNT.js';
import { secularEigenvectors } from './secularEigenvectors.js';
import { secularRoot } from './secularRoot.js';
import type { Helper } from './wasm/helperThread.js';
import type { Kernels } from './wasm/kernels.js';

/** Work arrays in the kernels' memory, each of length ≥ size² (size = the merged problem's order). */
export interface MergeBuffers {
  /** δ_ij = d_j − λ_i for every root i, then overwritten by the secular eigenvectors. */
  readonly secular: Float64Array;
  /** Copies of the children's eigenvector columns. */
  readonly gathered: Float64Array;
}

/**
 * Merge step of the divide-and-conquer tridiagonal eigensolver (Cuppen 1981; Gu & Eisenstat 1995;
 * LAPACK dlaed1–dlaed3).
 *
 * On entry the size × size block of z (row-major, leading dimension ld) is diag(Q₁, Q₂), the
 * eigenvectors of the two halves T₁ (order n1) and T₂ of a tridiagonal whose coupling β = T(n1, n1−1)
 * was removed by subtracting |β| from the two diagonal entries next to the cut; d holds their
 * eigenvalues, each half ascending. Then T = diag(Q₁, Q₂)(D + ρ vvᵀ)diag(Q₁, Q₂)ᵀ with
 * v = (last row of Q₁, sign(β)·first row of Q₂)/√2 and ρ = 2|β|. On exit d is ascending and column j of
 * the block is the eigenvector of d[j]; columns j < keepFrom may be left unspecified.
 *
 * Method. (1) Deflation (`deflateRankOne`, dlaed2): pairs with a negligible component of v, or values
 * closer than 8u·max(|d|, |v|) after a plane rotation, are eigenpairs already (a perturbation ≤ that
 * tolerance). (2) The k remaining roots of 1 + ρ Σ v_j²/(d_j − λ) by `secularRoot`. (3) Their
 * eigenvectors U by `secularEigenvectors` (Löwner's formula: numerically orthogonal however close the
 * roots). (4) The merged eigenvectors diag(Q₁, Q₂)·U as two dense products; columns of Q₁ or Q₂ that are
 * zero in one half (not mixed by a deflation rotation) are grouped so the products skip those zero
 * blocks, as dlaed3 does. Only the columns at positions ≥ keepFrom are formed. With a `helper` thread
 * the top product runs there while this thread forms the bottom one (disjoint rows of z).
 */
/** Smallest merge whose two products are split with the helper thread. */
const SPLIT_MERGE = 256;

export function rankOneMerge(
  kernels: Kernels,
  size: number,
  n1: number,
  beta: number,
  d: Float64Array,
  z: Float64Array,
  ld: number,
  buffers: MergeBuffers,
  keepFrom: number,
  helper?: Helper,
): void {
  const n2 = size - n1;
  const rho = 2 * Math.abs(beta);
  const v = new Float64Array(size);
  for (let j = 0; j < n1; j++) v[j] = z[(n1 - 1) * ld + j]! * Math.SQRT1_2;
  const sign = beta < 0 ? -Math.SQRT1_2 : Math.SQRT1_2;
  for (let j = n1; j < size; j++) v[j] = z[n1 * ld + j]! * sign;

  // Column types: 0 = nonzero only in the top n1 rows, 1 = mixed, 2 = only in the bottom rows.
  const type = new Uint8Array(size);
  type.fill(2, n1);
  const { kept, deflated } = deflateRankOne(size, n1, d, v, rho, z, ld, type);
  const k = kept.length;

  // Grouped column order for the products: top-only, mixed, bottom-only.
  const counts = [0, 0, 0];
  for (const j of kept) counts[type[j]!]!++;
  const firstOfType = [0, counts[0]!, counts[0]! + counts[1]!];
  const group = new Int32Array(k);
  for (let q = 0; q < k; q++) group[q] = firstOfType[type[kept[q]!]!]!++;

  // Final order: the k roots and the deflated values, ascending.
  const lambda = new Float64Array(k);
  const dk = Float64Array.from(kept, (j) => d[j]!);
  const vk = Float64Array.from(kept, (j) => v[j]!);
  for (let q = 0; q < k; q++) {
    lambda[q] = secularRoot(k, dk, vk, rho, q, buffers.secular.subarray(q * k, (q + 1) * k));
  }
  deflated.sort((a, b) => d[a]! - d[b]!);
  const source = new Int32Array(size); // ≥ 0: root index; < 0: −1 − index into `deflated`
  const value = new Float64Array(size);
  for (let p = 0, q = 0, t = 0; p < size; p++) {
    if (t >= deflated.length || (q < k && lambda[q]! <= d[deflated[t]!]!)) {
      value[p] = lambda[q]!;
      source[p] = q++;
    } else {
      value[p] = d[deflated[t]!]!;
      source[p] = -1 - t++;
    }
  }
  let firstRoot = 0;
  for (let p = 0; p < keepFrom; p++) if (source[p]! >= 0) firstRoot++;
  const width = k - firstRoot;

  // gathered = [top rows of the type 0–1 columns | bottom rows of the type 1–2 columns | deflated
  // columns], at most size·k + size·(size − k) entries.
  const { gathered, secular } = buffers;
  const top = counts[0]! + counts[1]!;
  const bottom = counts[1]! + counts[2]!;
  const lower = gathered.subarray(n1 * top);
  const saved = gathered.subarray(n1 * top + n2 * bottom);
  const nd = deflated.length;
  for (let r = 0; r < size; r++) {
    for (let t = 0; t < nd; t++) saved[r * nd + t] = z[r * ld + deflated[t]!]!;
  }
  if (width > 0) {
    secularEigenvectors(k, dk, vk, secular, group);
    const columns = new Int32Array(k);
    for (let q = 0; q < k; q++) columns[group[q]!] = kept[q]!;
    for (let r = 0; r < n1; r++) {
      for (let g = 0; g < top; g++) gathered[r * top + g] = z[r * ld + columns[g]!]!;
    }
    for (let r = 0; r < n2; r++) {
      for (let g = 0; g < bottom; g++) lower[r * bottom + g] = z[(n1 + r) * ld + columns[counts[0]! + g]!]!;
    }
    // The wanted merged eigenvectors, in root order, into columns 0 .. width − 1 of the block.
    for (let r = 0; r < size; r++) z.fill(0, r * ld, r * ld + width);
    const u = secular.subarray(firstRoot * k);
    const split = helper && size >= SPLIT_MERGE;
    gemmNT(split ? helper.remote : kernels, n1, width, top, 1, gathered, top, u, k, z, ld);
    if (split) helper.start();
    gemmNT(kernels, n2, width, bottom, 1, lower, bottom, u.subarray(counts[0]!), k, z.subarray(n1 * ld), ld);
    if (split) helper.finish();
  }

  const row = new Float64Array(size);
  for (let r = 0; r < size; r++) {
    const base = r * ld;
    for (let p = keepFrom; p < size; p++) {
      const s = source[p]!;
      row[p] = s >= 0 ? z[base + s - firstRoot]! : saved[r * nd - 1 - s]!;
    }
    for (let p = keepFrom; p < size; p++) z[base + p] = row[p]!;
  }
  d.set(value);
}
