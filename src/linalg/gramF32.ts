import { CAPACITY } from './wasm/helperThread.js';
import { acquireWorkspace } from './wasm/workspace.js';

/** Depth of a panel along the contracted dimension: the n × 1024 panel of A (4 MiB at n = 1000) is swept by every block column while it is in cache. */
const DEPTH_BLOCK = 1024;
/** Columns of the Gram per block column (doubled while the calls would overflow the helper's job list): 32 rows of a panel (128 KiB) stay in L2 while every row below passes. */
const COLUMN_BLOCK = 32;

/**
 * The Gram matrix G = A Aᵀ (n × n, row-major, float32) of the rows of a row-major float32 A (n × p) —
 * the n·n·p products of the empirical NTK Grams (`K₂ = m·AAᵀ`, `ΔΔᵀ`, per layer).
 *
 * Method: the f32x4 WebAssembly kernel `gemmNTf32` on cache blocks, over the lower triangle only (G is
 * symmetric: half the arithmetic of a general product), panel by panel along p and, within a panel,
 * block column by block column; the block columns are dealt to the calling thread and the helper thread
 * (`helperThread`) so that both get half the work, on the same shared memory; the upper triangle is the
 * mirror image, so G is exactly symmetric. At n = 1000, p = 4096 (BENCHMARKS.md): 0.17 s on one thread
 * (≈ 23 GFlop/s, the rate of 128-bit SIMD without fused multiply-add), 0.09 s on two.
 * Accuracy: float32 sums regrouped by the blocking obey |ΔG| ≤ γ_p |A||A|ᵀ with the single-precision unit
 * roundoff (the bound of any float32 product, the tfjs/XNNPACK one included).
 */
export function gramF32(a: Float32Array, n: number, p: number): Float32Array {
  if (!(Number.isInteger(n) && n >= 0 && Number.isInteger(p) && p >= 0) || a.length !== n * p) {
    throw new RangeError(`gramF32: a must hold n·p values (n = ${n}, p = ${p}); got ${a.length}`);
  }
  const out = new Float32Array(n * n);
  if (n === 0 || p === 0) return out;
  // Float64 lengths of the workspace (2 floats each), rounded up.
  const { kernels, arrays, helper } = acquireWorkspace({ rows: Math.ceil((n * p) / 2), gram: Math.ceil((n * n) / 2) });
  const rows = new Float32Array(arrays.rows.buffer, arrays.rows.byteOffset, n * p);
  const gram = new Float32Array(arrays.gram.buffer, arrays.gram.byteOffset, n * n);
  rows.set(a);
  gram.fill(0);
  // Block column j0 costs ∝ (n − j0) rows: deal them, largest first, to the less loaded thread; then, panel
  // by panel (the outer loop, so a panel of A is reused from cache by every block column), record the
  // helper's calls and keep this thread's, start the helper and run them beside it.
  let columns = COLUMN_BLOCK;
  while (Math.ceil(n / columns) * Math.ceil(p / DEPTH_BLOCK) > CAPACITY) columns *= 2;
  const toHelper: boolean[] = [];
  const load = [0, 0];
  for (let j0 = 0; j0 < n; j0 += columns) {
    const side = helper !== undefined && load[1]! < load[0]! ? 1 : 0;
    toHelper.push(side === 1);
    load[side]! += n - j0;
  }
  type Call = Parameters<typeof kernels.gemmNTf32>;
  const own: Call[] = [];
  for (let l0 = 0; l0 < p; l0 += DEPTH_BLOCK) {
    for (let b = 0, j0 = 0; j0 < n; b++, j0 += columns) {
      const at = rows.byteOffset + 4 * (j0 * p + l0);
      const call: Call = [n - j0, Math.min(columns, n - j0), Math.min(DEPTH_BLOCK, p - l0), at, p, at, p, gram.byteOffset + 4 * (j0 * n + j0), n];
      if (toHelper[b]) helper!.remote.gemmNTf32(...call);
      else own.push(call);
    }
  }
  helper?.start();
  for (const call of own) kernels.gemmNTf32(...call);
  helper?.finish();
  return mirrored(gram, n, out);
}

/** The lower triangle of g (and its diagonal) copied into out, mirrored into the upper triangle. */
function mirrored(g: Float32Array, n: number, out: Float32Array): Float32Array {
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      const v = g[i * n + j]!;
      out[i * n + j] = v;
      out[j * n + i] = v;
    }
  }
  return out;
}
