import { type MergeBuffers, rankOneMerge } from './rankOneMerge.js';
import { tridiagonalQl } from './tridiagonalQl.js';
import type { Helper } from './wasm/helperThread.js';
import type { Kernels } from './wasm/kernels.js';

/** Largest subproblem solved directly by QL (LAPACK's SMLSIZ is 25; QL is cheap at this size). */
const LEAF_SIZE = 32;

/**
 * All eigenpairs of the n × n symmetric tridiagonal T with diagonal d and off-diagonal e
 * (e[i] = T(i+1, i), i < n − 1) by divide and conquer (Cuppen 1981, Gu & Eisenstat 1995; the
 * recursive form of LAPACK dstedc/dlaed0).
 *
 * Method: cut T in halves, remove the coupling β by subtracting |β| from the two diagonal entries next
 * to the cut (T = diag(T₁, T₂) + |β| w wᵀ with w = (e_last, sign(β) e_first)), solve the halves
 * recursively down to order ≤ 32 (implicit QL), and merge with `rankOneMerge`. Deflation makes the cost
 * far below the worst case O(n³) when many eigenvalues are close or eigenvectors are localised — as for
 * Gram matrices of smooth kernels, whose spectra decay fast.
 *
 * Output: d ascending; z (row-major n × n in the kernels' memory, zero on entry) holds the unit
 * eigenvector of d[j] in column j. Columns j < keepFrom may be left unspecified (only the top merge
 * skips them), which saves work when only the largest eigenpairs are wanted. e is destroyed.
 */
export function tridiagonalEigen(
  kernels: Kernels,
  n: number,
  d: Float64Array,
  e: Float64Array,
  z: Float64Array,
  buffers: MergeBuffers,
  keepFrom: number,
  helper?: Helper,
): void {
  solve(0, n, keepFrom);

  function solve(lo: number, size: number, keep: number): void {
    const block = z.subarray(lo * n + lo);
    if (size <= LEAF_SIZE) {
      for (let i = 0; i < size; i++) block[i * n + i] = 1;
      tridiagonalQl(size, d.subarray(lo, lo + size), e.subarray(lo, lo + size), block, n);
      return;
    }
    const n1 = size >> 1;
    const beta = e[lo + n1 - 1]!;
    d[lo + n1 - 1]! -= Math.abs(beta);
    d[lo + n1]! -= Math.abs(beta);
    solve(lo, n1, 0);
    solve(lo + n1, size - n1, 0);
    rankOneMerge(kernels, size, n1, beta, d.subarray(lo, lo + size), block, n, buffers, keep, helper);
  }
}
