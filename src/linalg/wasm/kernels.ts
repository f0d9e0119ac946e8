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
 * The two dense kernels that carry the O(n³) work of `eigh`, emitted as WebAssembly SIMD (f64x2).
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
 *   with f32x4 — a 4 × GEMM_F32_COLUMNS block of C in f32x4 accumulators (four partial sums per entry,
 *   l mod 4), the last p mod 4 terms in scalar; |fl(xᵀy) − xᵀy| ≤ γ_p |x|ᵀ|y| with the single-precision
 *   unit roundoff. The float32 Gram products of the networks' empirical NTKs (`gramF32.ts`).
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

function gemmNT(): { name: string; type: number[]; code: number[] } {
  const fn = new FunctionBuilder('gemmNT');
  const [m, n, p] = [fn.param('i32'), fn.param('i32'), fn.param('i32')];
  const alpha = fn.param('f64');
  const [a, lda, b, ldb, c, ldc] = range(6).map(() => fn.param('i32'));
  const [i, j, pBytes, pEvenBytes, end, address] = range(6).map(() => fn.local('i32'));
  const rowA = range(4).map(() => fn.local('i32'));
  const rowB = range(2).map(() => fn.local('i32'));
  const acc = range(4).map(() => range(2).map(() => fn.local('v128')));
  const xb = range(2).map(() => fn.local('v128'));
  const xa = fn.local('v128');
  const sum = fn.local('f64');

  // One R × S block of C at (i, j): f64x2 sweeps over l, then the odd last l in scalar.
  const block = (R: number, S: number): Code[] => [
    ...range(R).map((r) => set(rowA[r]!, plus(get(a), bytes(i32.mul(i32.add(get(i), i32.const(r)), get(lda)))))),
    ...range(S).map((s) => set(rowB[s]!, plus(get(b), bytes(i32.mul(i32.add(get(j), i32.const(s)), get(ldb)))))),
    ...range(R).flatMap((r) => range(S).map((s) => set(acc[r]![s]!, f64x2.zero()))),
    set(end, i32.add(get(rowB[0]!), get(pEvenBytes))),
    whileNot(i32.geU(get(rowB[0]!), get(end)), [
      ...range(S).map((s) => set(xb[s]!, f64x2.load(get(rowB[s]!)))),
      ...range(R).flatMap((r) => [
        set(xa, f64x2.load(get(rowA[r]!))),
        ...range(S).map((s) => set(acc[r]![s]!, f64x2.add(get(acc[r]![s]!), f64x2.mul(get(xa), get(xb[s]!))))),
      ]),
      ...[...rowA.slice(0, R), ...rowB.slice(0, S)].map((ptr) => set(ptr, i32.add(get(ptr), i32.const(16)))),
    ]),
    ...range(R).flatMap((r) =>
      range(S).flatMap((s) => [
        set(sum, f64.add(f64x2.lane(get(acc[r]![s]!), 0), f64x2.lane(get(acc[r]![s]!), 1))),
        when(i32.gtU(get(pBytes), get(pEvenBytes)), [
          set(sum, f64.add(get(sum), f64.mul(f64.load(get(rowA[r]!)), f64.load(get(rowB[s]!))))),
        ]),
        set(address, plus(get(c), bytes(plus(i32.mul(i32.add(get(i), i32.const(r)), get(ldc)), get(j), i32.const(s))))),
        f64.store(get(address), f64.add(f64.load(get(address)), f64.mul(get(alpha), get(sum)))),
      ]),
    ),
  ];

  const rowsOf = (R: number): Code[] => [
    forLoop(j, i32.const(0), i32.gtU(i32.add(get(j), i32.const(2)), get(n)), 2, block(R, 2)),
    when(i32.gtU(get(n), get(j)), block(R, 1)),
  ];

  return {
    name: fn.name,
    ...fn.encode([
      set(pBytes, bytes(get(p))),
      set(pEvenBytes, bytes(i32.and(get(p), i32.const(-2)))),
      forLoop(i, i32.const(0), i32.gtU(i32.add(get(i), i32.const(4)), get(m)), 4, rowsOf(4)),
      forLoop(i, get(i), i32.geU(get(i), get(m)), 1, rowsOf(1)),
    ]),
  };
}

/** Columns of C per gemmNTf32 block: 4 × 3 f32x4 accumulators plus 4 operands fill the 16 vector registers of x86-64. */
const GEMM_F32_COLUMNS = 3;

function gemmNTf32(): { name: string; type: number[]; code: number[] } {
  const fn = new FunctionBuilder('gemmNTf32');
  const [m, n, p, a, lda, b, ldb, c, ldc] = range(9).map(() => fn.param('i32'));
  const [i, j, pBytes, pQuadBytes, end, address] = range(6).map(() => fn.local('i32'));
  const rowA = range(4).map(() => fn.local('i32'));
  const rowB = range(GEMM_F32_COLUMNS).map(() => fn.local('i32'));
  const acc = range(4).map(() => range(GEMM_F32_COLUMNS).map(() => fn.local('v128')));
  const xb = range(GEMM_F32_COLUMNS).map(() => fn.local('v128'));
  const xa = fn.local('v128');
  const sum = fn.local('f32');
  const quads = (elements: Code): Code => i32.shl(elements, i32.const(2));

  // One R × S block of C at (i, j): f32x4 sweeps over l, then the last p mod 4 terms in scalar.
  const block = (R: number, S: number): Code[] => [
    ...range(R).map((r) => set(rowA[r]!, plus(get(a), quads(i32.mul(i32.add(get(i), i32.const(r)), get(lda)))))),
    ...range(S).map((s) => set(rowB[s]!, plus(get(b), quads(i32.mul(i32.add(get(j), i32.const(s)), get(ldb)))))),
    ...range(R).flatMap((r) => range(S).map((s) => set(acc[r]![s]!, f32x4.zero()))),
    set(end, i32.add(get(rowB[0]!), get(pQuadBytes))),
    whileNot(i32.geU(get(rowB[0]!), get(end)), [
      ...range(S).map((s) => set(xb[s]!, f32x4.load(get(rowB[s]!)))),
      ...range(R).flatMap((r) => [
        set(xa, f32x4.load(get(rowA[r]!))),
        ...range(S).map((s) => set(acc[r]![s]!, f32x4.add(get(acc[r]![s]!), f32x4.mul(get(xa), get(xb[s]!))))),
      ]),
      ...[...rowA.slice(0, R), ...rowB.slice(0, S)].map((ptr) => set(ptr, i32.add(get(ptr), i32.const(16)))),
    ]),
    ...range(R).flatMap((r) =>
      range(S).flatMap((s) => [
        set(sum, f32.add(f32.add(f32x4.lane(get(acc[r]![s]!), 0), f32x4.lane(get(acc[r]![s]!), 1)), f32.add(f32x4.lane(get(acc[r]![s]!), 2), f32x4.lane(get(acc[r]![s]!), 3)))),
        ...range(3).map((q) =>
          when(i32.gtU(get(pBytes), i32.add(get(pQuadBytes), i32.const(4 * q))), [
            set(sum, f32.add(get(sum), f32.mul(f32.load(i32.add(get(rowA[r]!), i32.const(4 * q))), f32.load(i32.add(get(rowB[s]!), i32.const(4 * q)))))),
          ]),
        ),
        set(address, plus(get(c), quads(plus(i32.mul(i32.add(get(i), i32.const(r)), get(ldc)), get(j), i32.const(s))))),
        f32.store(get(address), f32.add(f32.load(get(address)), get(sum))),
      ]),
    ),
  ];

  const S = GEMM_F32_COLUMNS;
  const rowsOf = (R: number): Code[] => [
    forLoop(j, i32.const(0), i32.gtU(i32.add(get(j), i32.const(S)), get(n)), S, block(R, S)),
    forLoop(j, get(j), i32.geU(get(j), get(n)), 1, block(R, 1)),
  ];

  return {
    name: fn.name,
    ...fn.encode([
      set(pBytes, quads(get(p))),
      set(pQuadBytes, quads(i32.and(get(p), i32.const(-4)))),
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
  compiled ??= new webAssembly.Module(encodeModule([gemmNT(), symvLower(), gemmNTf32()]));
  return compiled;
}

/** Instantiate the kernels over `memory`. */
export function instantiateKernels(memory: WasmMemory): Kernels {
  const instance = new webAssembly.Instance(kernelModule(), { env: { memory } });
  return instance.exports as unknown as Kernels;
}
