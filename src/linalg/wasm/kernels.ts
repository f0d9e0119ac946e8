import {
  type Code,
  FunctionBuilder,
  encodeModule,
  f32,
  f32x4,
  f64,
  f64x2,
  forLoop,
  get,
  i32,
  set,
  when,
  whileNot,
} from './wasmEncoder.js';
import { type WasmMemory, webAssembly } from './webAssemblyApi.js';

/**
 * The two dense kernels that carry the O(n³) work of `eigh` (gemmNT also the float64 Grams, `gramF64`),
 * emitted as WebAssembly SIMD (f64x2).
 * Both address one linear memory by byte offsets; matrices are given by a byte offset and a leading
 * dimension in elements. Arithmetic is IEEE double throughout (no fused multiply-add), so results
 * obey the usual dot-product error bound |fl(xᵀy) − xᵀy| ≤ γ_p |x|ᵀ|y|, γ_p = pε/(1 − pε).
 *
 * gemmNT(m, n, p, α, a, lda, b, ldb, c, ldc):
 *   C[i, j] += α Σ_{l<p} A[i, l] B[j, l]  for i < m, j < n  (C += α A Bᵀ, all three row-major).
 *   Both operands are read along contiguous rows; a 4 × 2 block of C is held in eight f64x2
 *   accumulators (two partial sums per entry, even and odd l), so each loaded pair of A is used twice
 *   and each pair of B four times; the row pointers are advanced in place (21 against 14 GFlop/s for
 *   indexing by a shared offset, measured inside the cache blocks of `gemmNT.ts`).
 *
 * gemmNTf32(m, n, p, a, lda, b, ldb, c, ldc):
 *   C[i, j] += Σ_{l<p} A[i, l] B[j, l] in float32 (IEEE single, no fused multiply-add): the same scheme
 *   (one generator, `gemmKernel`) with f32x4 — a 4 × 3 block of C in accumulators (four partial sums per
 *   entry, l mod 4), the last p mod 4 terms in scalar; |fl(xᵀy) − xᵀy| ≤ γ_p |x|ᵀ|y| with the
 *   single-precision unit roundoff. The float32 Gram products of the empirical NTKs (`gramF32`).
 *
 * symvLower(m, cols, a, lda, x, y):
 *   y += A x for symmetric A (m × m) of which only the lower triangle in column-major order is read,
 *   i.e. column j is the contiguous run A(j..m−1, j) at a + 8(j·lda + j) — restricted to the first
 *   `cols` columns of that triangle (and their mirror images above the diagonal); cols = m is the whole
 *   product. Each entry below the diagonal feeds both a dot product (for y_j) and an axpy (for y_i,
 *   i > j), so A is read once; four columns are swept together so that x and y are loaded once per
 *   four columns. Splitting the columns at c, symvLower(m, c, …) into one y and symvLower(m − c, m − c,
 *   …) on the trailing triangle into another is the same product in two parts (see `helperThread`).
 */
export interface Kernels {
  gemmNT(m: number, n: number, p: number, alpha: number, a: number, lda: number, b: number, ldb: number, c: number, ldc: number): void;
  symvLower(m: number, cols: number, a: number, lda: number, x: number, y: number): void;
  gemmNTf32(m: number, n: number, p: number, a: number, lda: number, b: number, ldb: number, c: number, ldc: number): void;
}

const range = (k: number): number[] => Array.from({ length: k }, (_, i) => i);
const bytes = (elements: Code): Code => i32.shl(elements, i32.const(3));
const plus = (...terms: Code[]): Code => terms.reduce((acc, t) => i32.add(acc, t));

/** The precision of a gemmNT kernel: its vector and scalar instructions and its register block. */
interface GemmPrecision {
  readonly name: string;
  /** Bytes per element (8 or 4) and elements per v128 (2 or 4). */
  readonly bytes: 8 | 4;
  readonly lanes: 2 | 4;
  /** Columns of C per block (rows are 4): 4·S accumulators plus S + 1 operands within 16 registers. */
  readonly columns: number;
  /** Whether the kernel takes a scale α (C += α·A Bᵀ) — the eigensolver's f64 kernel does. */
  readonly scaled: boolean;
  readonly scalar: 'f64' | 'f32';
  readonly vector: { zero(): Code; load(address: Code): Code; add(a: Code, b: Code): Code; mul(a: Code, b: Code): Code; lane(v: Code, lane: number): Code };
  readonly ops: { load(address: Code): Code; store(address: Code, value: Code): Code; add(a: Code, b: Code): Code; mul(a: Code, b: Code): Code };
}

const F64: GemmPrecision = { name: 'gemmNT', bytes: 8, lanes: 2, columns: 2, scaled: true, scalar: 'f64', vector: { ...f64x2, lane: (v, l) => f64x2.lane(v, l as 0 | 1) }, ops: f64 };
const F32: GemmPrecision = { name: 'gemmNTf32', bytes: 4, lanes: 4, columns: 3, scaled: false, scalar: 'f32', vector: { ...f32x4, lane: (v, l) => f32x4.lane(v, l as 0 | 1 | 2 | 3) }, ops: f32 };

/**
 * C += [α] A Bᵀ (see the module comment) at one precision: R × S blocks of C held in v128 accumulators
 * (one partial sum per lane), the operands' row pointers advanced in place, the last p mod lanes terms
 * in scalar, the lanes summed pairwise.
 */
function gemmKernel(P: GemmPrecision): { name: string; type: number[]; code: number[] } {
  const fn = new FunctionBuilder(P.name);
  const [m, n, p] = [fn.param('i32'), fn.param('i32'), fn.param('i32')];
  const alpha = P.scaled ? fn.param('f64') : undefined;
  const [a, lda, b, ldb, c, ldc] = range(6).map(() => fn.param('i32'));
  const [i, j, pBytes, pVectorBytes, end, address] = range(6).map(() => fn.local('i32'));
  const S = P.columns;
  const rowA = range(4).map(() => fn.local('i32'));
  const rowB = range(S).map(() => fn.local('i32'));
  const acc = range(4).map(() => range(S).map(() => fn.local('v128')));
  const xb = range(S).map(() => fn.local('v128'));
  const xa = fn.local('v128');
  const sum = fn.local(P.scalar);
  const inBytes = (elements: Code): Code => i32.shl(elements, i32.const(P.bytes === 8 ? 3 : 2));
  const v = P.vector;
  const lanesSummed = (x: Code[]): Code => (x.length === 1 ? x[0]! : P.ops.add(lanesSummed(x.slice(0, x.length / 2)), lanesSummed(x.slice(x.length / 2))));

  // One R × S block of C at (i, j): vector sweeps over l, then the last p mod lanes terms in scalar.
  const block = (R: number, S: number): Code[] => [
    ...range(R).map((r) => set(rowA[r]!, plus(get(a), inBytes(i32.mul(i32.add(get(i), i32.const(r)), get(lda)))))),
    ...range(S).map((s) => set(rowB[s]!, plus(get(b), inBytes(i32.mul(i32.add(get(j), i32.const(s)), get(ldb)))))),
    ...range(R).flatMap((r) => range(S).map((s) => set(acc[r]![s]!, v.zero()))),
    set(end, i32.add(get(rowB[0]!), get(pVectorBytes))),
    whileNot(i32.geU(get(rowB[0]!), get(end)), [
      ...range(S).map((s) => set(xb[s]!, v.load(get(rowB[s]!)))),
      ...range(R).flatMap((r) => [
        set(xa, v.load(get(rowA[r]!))),
        ...range(S).map((s) => set(acc[r]![s]!, v.add(get(acc[r]![s]!), v.mul(get(xa), get(xb[s]!))))),
      ]),
      ...[...rowA.slice(0, R), ...rowB.slice(0, S)].map((ptr) => set(ptr, i32.add(get(ptr), i32.const(16)))),
    ]),
    ...range(R).flatMap((r) =>
      range(S).flatMap((s) => [
        set(sum, lanesSummed(range(P.lanes).map((l) => v.lane(get(acc[r]![s]!), l)))),
        ...range(P.lanes - 1).map((q) =>
          when(i32.gtU(get(pBytes), i32.add(get(pVectorBytes), i32.const(P.bytes * q))), [
            set(sum, P.ops.add(get(sum), P.ops.mul(P.ops.load(i32.add(get(rowA[r]!), i32.const(P.bytes * q))), P.ops.load(i32.add(get(rowB[s]!), i32.const(P.bytes * q)))))),
          ]),
        ),
        set(address, plus(get(c), inBytes(plus(i32.mul(i32.add(get(i), i32.const(r)), get(ldc)), get(j), i32.const(s))))),
        P.ops.store(get(address), P.ops.add(P.ops.load(get(address)), alpha ? P.ops.mul(get(alpha), get(sum)) : get(sum))),
      ]),
    ),
  ];

  const rowsOf = (R: number): Code[] => [
    forLoop(j, i32.const(0), i32.gtU(i32.add(get(j), i32.const(S)), get(n)), S, block(R, S)),
    forLoop(j, get(j), i32.geU(get(j), get(n)), 1, block(R, 1)),
  ];

  return {
    name: fn.name,
    ...fn.encode([
      set(pBytes, inBytes(get(p))),
      set(pVectorBytes, inBytes(i32.and(get(p), i32.const(-P.lanes)))),
      forLoop(i, i32.const(0), i32.gtU(i32.add(get(i), i32.const(4)), get(m)), 4, rowsOf(4)),
      forLoop(i, get(i), i32.geU(get(i), get(m)), 1, rowsOf(1)),
    ]),
  };
}

/** Columns swept together by symvLower: four share each load of x and each load/store of y. */
const SYMV_COLUMNS = 4;

function symvLower(): { name: string; type: number[]; code: number[] } {
  const fn = new FunctionBuilder('symvLower');
  const [m, cols, a, lda, x, y] = range(6).map(() => fn.param('i32'));
  const [j, o, mBytes, diag, px, py, end] = range(7).map(() => fn.local('i32'));
  const col = range(SYMV_COLUMNS).map(() => fn.local('i32'));
  const pc = range(SYMV_COLUMNS).map(() => fn.local('i32'));
  const xc = range(SYMV_COLUMNS).map(() => fn.local('f64'));
  const sum = range(SYMV_COLUMNS).map(() => fn.local('f64'));
  const [t, xi, yi] = range(3).map(() => fn.local('f64'));
  const vx = range(SYMV_COLUMNS).map(() => fn.local('v128'));
  const acc = range(SYMV_COLUMNS).map(() => fn.local('v128'));
  const [av, xv, yv] = range(3).map(() => fn.local('v128'));
  const addTo = (address: Code, value: Code): Code => f64.store(address, f64.add(f64.load(address), value));

  // Columns j .. j+C−1: rows below the C × C diagonal block in f64x2 pairs (dot products into acc_c,
  // axpys into y), at most one row in scalar, then the diagonal block's lower triangle.
  const sweep = (C: number): Code =>
    forLoop(j, get(j), i32.gtU(i32.add(get(j), i32.const(C)), get(cols)), C, [
      set(diag, bytes(get(j))),
      ...range(C).flatMap((c) => [
        set(col[c]!, plus(get(a), bytes(i32.mul(i32.add(get(j), i32.const(c)), get(lda))))),
        set(xc[c]!, f64.load(plus(get(x), get(diag), i32.const(8 * c)))),
        set(vx[c]!, f64x2.splat(get(xc[c]!))),
        set(acc[c]!, f64x2.zero()),
      ]),
      // Pointers into x, y and the columns, advanced in place (as in gemmNT).
      set(o, plus(get(diag), i32.const(8 * C))),
      set(px, i32.add(get(x), get(o))),
      set(py, i32.add(get(y), get(o))),
      ...range(C).map((c) => set(pc[c]!, i32.add(get(col[c]!), get(o)))),
      set(end, i32.add(get(y), get(mBytes))),
      whileNot(i32.gtU(i32.add(get(py), i32.const(16)), get(end)), [
        set(xv, f64x2.load(get(px))),
        set(yv, f64x2.load(get(py))),
        ...range(C).flatMap((c) => [
          set(av, f64x2.load(get(pc[c]!))),
          set(acc[c]!, f64x2.add(get(acc[c]!), f64x2.mul(get(av), get(xv)))),
          set(yv, f64x2.add(get(yv), f64x2.mul(get(av), get(vx[c]!)))),
        ]),
        f64x2.store(get(py), get(yv)),
        ...[px, py, ...pc.slice(0, C)].map((ptr) => set(ptr, i32.add(get(ptr), i32.const(16)))),
      ]),
      set(o, i32.sub(get(py), get(y))),
      ...range(C).map((c) => set(sum[c]!, f64.add(f64x2.lane(get(acc[c]!), 0), f64x2.lane(get(acc[c]!), 1)))),
      when(i32.gtU(get(mBytes), get(o)), [
        set(xi, f64.load(i32.add(get(x), get(o)))),
        set(yi, f64.const(0)),
        ...range(C).flatMap((c) => [
          set(t, f64.load(i32.add(get(col[c]!), get(o)))),
          set(sum[c]!, f64.add(get(sum[c]!), f64.mul(get(t), get(xi)))),
          set(yi, f64.add(get(yi), f64.mul(get(t), get(xc[c]!)))),
        ]),
        addTo(i32.add(get(y), get(o)), get(yi)),
      ]),
      ...range(C).flatMap((r) =>
        range(r + 1).flatMap((c) => {
          const entry = set(t, f64.load(plus(get(col[c]!), get(diag), i32.const(8 * r))));
          if (r === c) return [entry, set(sum[c]!, f64.add(get(sum[c]!), f64.mul(get(t), get(xc[c]!))))];
          return [
            entry,
            set(sum[c]!, f64.add(get(sum[c]!), f64.mul(get(t), get(xc[r]!)))),
            set(sum[r]!, f64.add(get(sum[r]!), f64.mul(get(t), get(xc[c]!)))),
          ];
        }),
      ),
      ...range(C).map((c) => addTo(plus(get(y), get(diag), i32.const(8 * c)), get(sum[c]!))),
    ]);

  return {
    name: fn.name,
    // Four columns at a time, then the last m mod 4 one by one.
    ...fn.encode([set(mBytes, bytes(get(m))), set(j, i32.const(0)), sweep(SYMV_COLUMNS), sweep(1)]),
  };
}

let compiled: object | undefined;

/** The kernels' compiled module (encoded and compiled once per process; a helper thread instantiates it too). */
export function kernelModule(): object {
  compiled ??= new webAssembly.Module(encodeModule([gemmKernel(F64), symvLower(), gemmKernel(F32)]));
  return compiled;
}

/** Instantiate the kernels over `memory`. */
export function instantiateKernels(memory: WasmMemory): Kernels {
  const instance = new webAssembly.Instance(kernelModule(), { env: { memory } });
  return instance.exports as unknown as Kernels;
}
