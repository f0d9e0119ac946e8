import { gemmNT } from './gemmNT.js';
import type { Helper } from './wasm/helperThread.js';
import type { Kernels } from './wasm/kernels.js';

/** Columns reduced per panel (LAPACK's dsytrd default is 32). */
export const PANEL_WIDTH = 32;
/** Rows of the trailing matrix updated per gemm call; the triangle wasted per call is 64²/2 entries. */
const UPDATE_ROWS = 64;
/**
 * Smallest trailing order whose symmetric matrix–vector product is split with the helper thread: below
 * it the product (≤ 256 KiB of matrix) takes less than the ≈ 20 μs the hand-over costs.
 */
const SPLIT_SYMV = 256;
/** Columns the helper takes of an order-m product, m(1 − 1/√2): then both parts read m²/4 entries. */
const HELPER_COLUMNS = 1 - Math.SQRT1_2;

/** Work arrays for `householderTridiagonal`, in the kernels' memory. */
export interface TridiagonalBuffers {
  /** W of the current panel, column-major n × PANEL_WIDTH (column t contiguous, for Wᵀv). */
  readonly w: Float64Array;
  /** Row-major n × 2·PANEL_WIDTH copies of the panel: row r of `vw` is (V(r, :), W(r, :)), of `wv` (W(r, :), V(r, :)). */
  readonly vw: Float64Array;
  readonly wv: Float64Array;
  /** Wᵀv and Vᵀv, PANEL_WIDTH each. */
  readonly wDots: Float64Array;
  readonly vDots: Float64Array;
  /** The helper thread's part of a split product, n. */
  readonly helperY: Float64Array;
}

/** The lengths of the `TridiagonalBuffers` for order n, for `acquireWorkspace`. */
export function tridiagonalBufferLengths(n: number): Record<keyof TridiagonalBuffers, number> {
  return { w: n * PANEL_WIDTH, vw: 2 * n * PANEL_WIDTH, wv: 2 * n * PANEL_WIDTH, wDots: PANEL_WIDTH, vDots: PANEL_WIDTH, helperY: n };
}

/**
 * Householder reduction of a symmetric n × n matrix to tridiagonal form, A = Q T Qᵀ (Golub & Van Loan
 * §8.3.1; LAPACK dsytrd with dlatrd, lower triangle, blocked).
 *
 * Storage: a is read as a column-major matrix of which only the lower triangle is used — column j is
 * the contiguous run a[j·n + j .. j·n + n) — which for a symmetric matrix is the same memory as its
 * row-major upper triangle. Every inner loop therefore runs along contiguous memory.
 *
 * Output: d[0..n) the diagonal of T, e[i] = T(i+1, i) for i < n − 1. Q = H₀H₁⋯H_{n−2} with
 * H_i = I − τ_i v_i v_iᵀ, v_i zero above row i + 1, v_i(i+1) = 1 (also stored there) and v_i(r) =
 * a[i·n + r] for r > i + 1. The entries of a above the diagonal (column-major sense) become garbage.
 *
 * Method: each panel of 32 columns is reduced one column at a time against the not-yet-updated
 * trailing matrix, the updates of earlier columns of the panel being applied implicitly through the
 * matrices V (reflectors) and W (w_i = τ_i(A v_i − ½τ_i (v_iᵀAv_i) v_i) corrected for the panel),
 * so the trailing matrix is touched once per panel by the rank-2·32 update A ← A − VWᵀ − WVᵀ (a
 * blocked gemm); the symmetric matrix–vector product A v_i, half of the 4n³/3 flops, is the
 * `symvLower` kernel. Reflectors are chosen with β = −sign(α)‖x‖ (no cancellation), so the reduction
 * is backward stable: T is the exact reduction of A + ΔA with ‖ΔA‖_F = O(n ε ‖A‖_F).
 * Entries are assumed scaled to about unit size (see `eigh`), so ‖x‖ is summed without rescaling;
 * a column whose squares underflow is treated as already reduced, an error below 1e-150·‖A‖.
 *
 * With a `helper` thread, each product A v_i of order ≥ SPLIT_SYMV is split by columns (the helper
 * takes the first m(1 − 1/√2) columns of the lower triangle into `helperY`, this thread the trailing
 * triangle; both read about m²/4 entries) and the blocks of the trailing update alternate between the
 * threads. Each output entry is computed by one thread only, in the same order as without the helper,
 * except that the product's two parts are added at the end (one more rounding per entry).
 */
export function householderTridiagonal(
  kernels: Kernels,
  n: number,
  a: Float64Array,
  d: Float64Array,
  e: Float64Array,
  tau: Float64Array,
  buffers: TridiagonalBuffers,
  helper?: Helper,
): void {
  for (let k = 0; k < n - 1; k += PANEL_WIDTH) {
    const width = Math.min(PANEL_WIDTH, n - 1 - k);
    reducePanel(kernels, n, a, e, tau, k, width, buffers, helper);
    updateTrailing(kernels, n, a, k + width, buffers, helper);
  }
  for (let i = 0; i < n; i++) d[i] = a[i * n + i]!;
}

/**
 * dlatrd: reduce columns k .. k + width − 1, building W (column t for rows ≥ k + t + 1) and the row-major
 * copies vw, wv. Every product with V or W is a gemm call on contiguous rows.
 */
function reducePanel(
  kernels: Kernels,
  n: number,
  a: Float64Array,
  e: Float64Array,
  tau: Float64Array,
  k: number,
  width: number,
  { w, vw, wv, wDots, vDots, helperY }: TridiagonalBuffers,
  helper: Helper | undefined,
): void {
  const P = PANEL_WIDTH;
  const ld = 2 * P;
  vw.fill(0, k * ld, n * ld);
  wv.fill(0, k * ld, n * ld);
  for (let t = 0; t < width; t++) {
    const i = k + t;
    const col = i * n;
    // Apply the panel's earlier reflectors to column i: A(i:, i) −= V(i:, :t) W(i, :t)ᵀ + W(i:, :t) V(i, :t)ᵀ.
    const column = a.subarray(col + i, col + n);
    gemmNT(kernels, n - i, 1, t, -1, vw.subarray(i * ld), ld, wv.subarray(i * ld), ld, column, 1);
    gemmNT(kernels, n - i, 1, t, -1, vw.subarray(i * ld + P), ld, wv.subarray(i * ld + P), ld, column, 1);

    // Reflector H_i annihilating A(i+2:, i).
    const alpha = a[col + i + 1]!;
    let xx = 0;
    for (let r = i + 2; r < n; r++) xx += a[col + r]! * a[col + r]!;
    if (xx === 0) {
      tau[i] = 0;
      e[i] = alpha;
    } else {
      const beta = alpha >= 0 ? -Math.sqrt(alpha * alpha + xx) : Math.sqrt(alpha * alpha + xx);
      tau[i] = (beta - alpha) / beta;
      const scale = 1 / (alpha - beta);
      for (let r = i + 2; r < n; r++) a[col + r]! *= scale;
      e[i] = beta;
    }
    a[col + i + 1] = 1;

    // w_t = τ (A v − V (Wᵀv) − W (Vᵀv)) on rows i+1 .. n−1, then w_t −= ½τ (w_tᵀv) v.
    const m = n - i - 1;
    const v = a.subarray(col + i + 1, col + n);
    const wt = w.subarray(t * n + i + 1, t * n + n);
    wt.fill(0);
    const block = a.byteOffset + 8 * ((i + 1) * n + i + 1);
    if (helper && m >= SPLIT_SYMV) {
      const c = Math.round(HELPER_COLUMNS * m);
      const part = helperY.subarray(0, m);
      part.fill(0);
      helper.remote.symvLower(m, c, block, n, v.byteOffset, part.byteOffset);
      helper.start();
      kernels.symvLower(m - c, m - c, block + 8 * (c * n + c), n, v.byteOffset + 8 * c, wt.byteOffset + 8 * c);
      helper.finish();
      for (let r = 0; r < m; r++) wt[r]! += part[r]!;
    } else {
      kernels.symvLower(m, m, block, n, v.byteOffset, wt.byteOffset);
    }
    wDots.fill(0);
    vDots.fill(0);
    gemmNT(kernels, t, 1, m, 1, w.subarray(i + 1), n, v, m, wDots, 1);
    gemmNT(kernels, t, 1, m, 1, a.subarray(k * n + i + 1), n, v, m, vDots, 1);
    gemmNT(kernels, m, 1, t, -1, vw.subarray((i + 1) * ld), ld, wDots, t, wt, 1);
    gemmNT(kernels, m, 1, t, -1, vw.subarray((i + 1) * ld + P), ld, vDots, t, wt, 1);
    const ti = tau[i]!;
    let wv2 = 0;
    for (let r = 0; r < m; r++) {
      wt[r]! *= ti;
      wv2 += wt[r]! * v[r]!;
    }
    const shift = -0.5 * ti * wv2;
    for (let r = 0, row = (i + 1) * ld; r < m; r++, row += ld) {
      wt[r]! += shift * v[r]!;
      vw[row + t] = v[r]!;
      vw[row + P + t] = wt[r]!;
      wv[row + t] = wt[r]!;
      wv[row + P + t] = v[r]!;
    }
  }
}

/**
 * A(q:, q:) −= V Wᵀ + W Vᵀ (lower triangle) with q = k + width. In the row-major view R[c][r] = A(r, c)
 * this is R[c][r] −= Σ_l wv[c][l]·vw[r][l], done in blocks of rows c ∈ [c0, c0 + 64) over columns
 * r ≥ c0 (columns width .. PANEL_WIDTH − 1 of each half are zero in a last, narrower panel).
 */
function updateTrailing(kernels: Kernels, n: number, a: Float64Array, q: number, { vw, wv }: TridiagonalBuffers, helper: Helper | undefined): void {
  const ld = 2 * PANEL_WIDTH;
  const update = (on: Kernels, c0: number) =>
    gemmNT(on, Math.min(UPDATE_ROWS, n - c0), n - c0, ld, -1, wv.subarray(c0 * ld), ld, vw.subarray(c0 * ld), ld, a.subarray(c0 * n + c0), n);
  if (!helper || n - q <= UPDATE_ROWS) {
    for (let c0 = q; c0 < n; c0 += UPDATE_ROWS) update(kernels, c0);
    return;
  }
  // Odd blocks to the helper, even blocks here, at the same time: they write disjoint rows.
  for (let c0 = q + UPDATE_ROWS; c0 < n; c0 += 2 * UPDATE_ROWS) update(helper.remote, c0);
  helper.start();
  for (let c0 = q; c0 < n; c0 += 2 * UPDATE_ROWS) update(kernels, c0);
  helper.finish();
}
