import { gemmNT } from './gemmNT.js';
import type { Helper } from './wasm/helperThread.js';
import type { Kernels } from './wasm/kernels.js';

/** Reflectors applied per block: the gemm depth of the two big products. */
export const REFLECTOR_BLOCK = 64;
/** Fewest eigenvector rows whose products are split with the helper thread. */
const SPLIT_ROWS = 128;

/** Work arrays for `applyReflectors`, in the kernels' memory. */
export interface ReflectorBuffers {
  /** Vᵀ and V of a block, REFLECTOR_BLOCK · n each. */
  readonly vt: Float64Array;
  readonly v: Float64Array;
  /** Vᵀ V and the triangular factor T, REFLECTOR_BLOCK² each. */
  readonly gram: Float64Array;
  readonly t: Float64Array;
  /** E V and E V Tᵀ, rows · REFLECTOR_BLOCK each. */
  readonly ev: Float64Array;
  readonly evt: Float64Array;
}

/**
 * Back-transformation of eigenvectors after `householderTridiagonal` (LAPACK dormtr → dormql/dorm2r):
 * x ← Q x = H₀H₁⋯H_{n−2} x for every eigenvector x of T, given as the rows of the row-major
 * rows × n matrix `vectors` (row-major "one vector per row" keeps every product below contiguous).
 * In that layout x ← Q x reads E ← E Qᵀ.
 *
 * Method: blocks of 64 reflectors, last block first, each in compact WY form
 * H_k⋯H_{k+63} = I − V T Vᵀ with T upper triangular (Schreiber & Van Loan 1989; LAPACK dlarft,
 * forward/columnwise: T_ss = τ_s, T(0:s, s) = −τ_s T(0:s, 0:s) V(:, 0:s)ᵀ v_s), so that
 * E ← E − ((E V) Tᵀ) Vᵀ is three gemm calls. Cost 2·rows·n² flops. Orthogonal updates: the result is
 * within O(n ε) of Q x in norm. Every row of E is updated independently, so with a `helper` thread the
 * first half of the rows is done there (same arithmetic per row: bit-identical results).
 */
export function applyReflectors(
  kernels: Kernels,
  n: number,
  a: Float64Array,
  tau: Float64Array,
  vectors: Float64Array,
  rows: number,
  buffers: ReflectorBuffers,
  helper?: Helper,
): void {
  const { vt, v, gram, t, ev, evt } = buffers;
  const count = n - 1;
  for (let k = Math.floor((count - 1) / REFLECTOR_BLOCK) * REFLECTOR_BLOCK; k >= 0; k -= REFLECTOR_BLOCK) {
    const kb = Math.min(REFLECTOR_BLOCK, count - k);
    const m = n - k - 1;
    // Vᵀ (kb × m) and V (m × kb): v_s is zero above row k+s+1 (local row s) and stored in column k+s of a.
    vt.fill(0, 0, kb * m);
    for (let s = 0; s < kb; s++) {
      vt.set(a.subarray((k + s) * n + k + s + 1, (k + s) * n + n), s * m + s);
    }
    for (let r = 0; r < m; r++) {
      for (let s = 0; s < kb; s++) v[r * kb + s] = vt[s * m + r]!;
    }
    gram.fill(0, 0, kb * kb);
    gemmNT(kernels, kb, kb, m, 1, vt, m, vt, m, gram, kb);
    triangularFactor(kb, tau.subarray(k, k + kb), gram, t);

    ev.fill(0, 0, rows * kb);
    evt.fill(0, 0, rows * kb);
    const tail = vectors.subarray(k + 1);
    const products = (on: Kernels, r0: number, r1: number) => {
      const [e, ee, et] = [tail.subarray(r0 * n), ev.subarray(r0 * kb), evt.subarray(r0 * kb)];
      gemmNT(on, r1 - r0, kb, m, 1, e, n, vt, m, ee, kb);
      gemmNT(on, r1 - r0, kb, kb, 1, ee, kb, t, kb, et, kb);
      gemmNT(on, r1 - r0, m, kb, -1, et, kb, v, kb, e, n);
    };
    if (helper && rows >= SPLIT_ROWS) {
      const half = rows >> 1;
      products(helper.remote, 0, half);
      helper.start();
      products(kernels, half, rows);
      helper.finish();
    } else {
      products(kernels, 0, rows);
    }
  }
}

/** dlarft (forward, columnwise) from the Gram matrix G = VᵀV: t is row-major kb × kb upper triangular. */
function triangularFactor(kb: number, tau: Float64Array, gram: Float64Array, t: Float64Array): void {
  t.fill(0, 0, kb * kb);
  for (let s = 0; s < kb; s++) {
    const ts = tau[s]!;
    t[s * kb + s] = ts;
    // T(0:s, s) = −τ_s T(0:s, 0:s) G(0:s, s); T is upper triangular, so row r uses columns r..s−1.
    for (let r = 0; r < s; r++) {
      let sum = 0;
      for (let c = r; c < s; c++) sum += t[r * kb + c]! * gram[c * kb + s]!;
      t[r * kb + s] = -ts * sum;
    }
  }
}
