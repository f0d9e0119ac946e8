import { CAPACITY } from './wasm/helperThread.js';
import type { Kernels } from './wasm/kernels.js';
import { acquireWorkspace } from './wasm/workspace.js';

/** Bytes of one row of a panel along the contracted dimension (1024 floats, 512 doubles): the n-row panel (4 MiB at n = 1000) is swept by every block column while it is in cache. */
const PANEL_ROW_BYTES = 4096;
/** Columns of the Gram per block column (doubled while the calls would overflow the helper's job list): 32 rows of a panel (128 KiB) stay in L2 while every row below passes. */
const COLUMN_BLOCK = 32;

/**
 * The Gram matrix G = A Aᵀ (n × n, row-major, float32) of the rows of a row-major float32 A (n × p) —
 * the n·n·p products of the empirical NTK Grams (`K₂ = m·AAᵀ`, `ΔΔᵀ`, per layer).
 * Accuracy: float32 sums regrouped by the blocking obey |ΔG| ≤ γ_p |A||A|ᵀ with the single-precision unit
 * roundoff (the bound of any float32 product, the tfjs/XNNPACK one included).
 * At n = 1000, p = 4096 (BENCHMARKS.md): 0.17 s on one thread (≈ 23 GFlop/s, the rate of 128-bit SIMD
 * without fused multiply-add), 0.09 s on two.
 */
export function gramF32(a: Float32Array, n: number, p: number): Float32Array {
  requireRows('gramF32', a, n, p);
  return lowerGram(F32, a, n, p, 1) as Float32Array;
}

/**
 * G = scale·A Aᵀ in float64 (n × n, row-major) for a row-major A (n × p) given in float32 or float64 —
 * for float32 per-example gradient features, their exact Gram up to float64 rounding: every product of
 * two float32 values is exact in float64, and the sums obey |ΔG| ≤ γ_p·|A||A|ᵀ with u = 2⁻⁵³ (γ_p ≈ 1e−12
 * at p ~ 10⁴), then one rounding of the scaling. So the eigenvalues are the squared singular values of the
 * float32 features to ~1e−12 of the largest — what lets a spectrum that spans many decades below λ₁ be
 * resolved (see `gramSpectrum`): a Gram accumulated in float32 carries errors of ~u·λ₁ in every
 * eigenvalue.
 */
export function gramF64(a: Float32Array | Float64Array, n: number, p: number, scale = 1): Float64Array {
  requireRows('gramF64', a, n, p);
  if (!Number.isFinite(scale)) throw new RangeError(`gramF64: scale must be finite, got ${scale}`);
  return lowerGram(F64, a, n, p, scale) as Float64Array;
}

/** How one precision's Gram is stored and which kernel forms it. */
interface Precision {
  readonly bytes: 4 | 8;
  view(buffer: ArrayBufferLike, byteOffset: number, length: number): Float32Array | Float64Array;
  alloc(length: number): Float32Array | Float64Array;
  /** C += A Bᵀ on an (m × n) block over `depth` terms, by byte addresses and leading dimensions in elements. */
  kernel(k: Kernels, m: number, n: number, depth: number, a: number, lda: number, b: number, ldb: number, c: number, ldc: number): void;
}

const F32: Precision = {
  bytes: 4,
  view: (buffer, offset, length) => new Float32Array(buffer, offset, length),
  alloc: (length) => new Float32Array(length),
  kernel: (k, ...call) => k.gemmNTf32(...call),
};

const F64: Precision = {
  bytes: 8,
  view: (buffer, offset, length) => new Float64Array(buffer, offset, length),
  alloc: (length) => new Float64Array(length),
  kernel: (k, m, n, depth, ...rest) => k.gemmNT(m, n, depth, 1, ...rest),
};

function requireRows(name: string, a: ArrayLike<number>, n: number, p: number): void {
  if (!(Number.isInteger(n) && n >= 0 && Number.isInteger(p) && p >= 0) || a.length !== n * p) {
    throw new RangeError(`${name}: a must hold n·p values (n = ${n}, p = ${p}); got ${a.length}`);
  }
}

/**
 * Method: the precision's WebAssembly SIMD kernel (`gemmNTf32`, f32x4; `gemmNT`, f64x2) on cache blocks,
 * over the lower triangle only (G is symmetric: half the arithmetic of a general product), panel by panel
 * along p and, within a panel, block column by block column; the block columns are dealt to the calling
 * thread and the helper thread (`helperThread`) so that both get half the work, on the same shared
 * memory; the upper triangle is the mirror image (G exactly symmetric), scaled on the way out.
 */
function lowerGram(P: Precision, a: Float32Array | Float64Array, n: number, p: number, scale: number): Float32Array | Float64Array {
  const out = P.alloc(n * n);
  if (n === 0 || p === 0) return out;
  const depthBlock = PANEL_ROW_BYTES / P.bytes;
  // Workspace lengths are in doubles: rounded up for float32.
  const doubles = (length: number) => Math.ceil((length * P.bytes) / 8);
  const { kernels, arrays, helper } = acquireWorkspace({ rows: doubles(n * p), gram: doubles(n * n) });
  const rows = P.view(arrays.rows.buffer, arrays.rows.byteOffset, n * p);
  const gram = P.view(arrays.gram.buffer, arrays.gram.byteOffset, n * n);
  rows.set(a);
  gram.fill(0);
  // Block column j0 costs ∝ (n − j0) rows: deal them, largest first, to the less loaded thread; then, panel
  // by panel (the outer loop, so a panel of A is reused from cache by every block column), record the
  // helper's calls and keep this thread's, start the helper and run them beside it.
  let columns = COLUMN_BLOCK;
  while (Math.ceil(n / columns) * Math.ceil(p / depthBlock) > CAPACITY) columns *= 2;
  const toHelper: boolean[] = [];
  const load = [0, 0];
  for (let j0 = 0; j0 < n; j0 += columns) {
    const side = helper !== undefined && load[1]! < load[0]! ? 1 : 0;
    toHelper.push(side === 1);
    load[side]! += n - j0;
  }
  type Call = [number, number, number, number, number, number, number, number, number];
  const own: Call[] = [];
  for (let l0 = 0; l0 < p; l0 += depthBlock) {
    for (let b = 0, j0 = 0; j0 < n; b++, j0 += columns) {
      const at = rows.byteOffset + P.bytes * (j0 * p + l0);
      const call: Call = [n - j0, Math.min(columns, n - j0), Math.min(depthBlock, p - l0), at, p, at, p, gram.byteOffset + P.bytes * (j0 * n + j0), n];
      if (toHelper[b]) P.kernel(helper!.remote, ...call);
      else own.push(call);
    }
  }
  helper?.start();
  for (const call of own) P.kernel(kernels, ...call);
  helper?.finish();
  // The lower triangle (and diagonal) scaled into out and mirrored into the upper triangle.
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      const v = gram[i * n + j]! * scale;
      out[i * n + j] = v;
      out[j * n + i] = v;
    }
  }
  return out;
}
