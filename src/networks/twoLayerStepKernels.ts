import { type Code, FunctionBuilder, encodeModule, f32, f32x4, forLoop, get, i32, set, v128 } from '../linalg/wasm/wasmEncoder.js';
import { type WasmMemory, webAssembly } from '../linalg/wasm/webAssemblyApi.js';

/**
 * The two passes of one gradient-descent step of the two-layer ReLU network (`twoLayerNetwork`), as
 * WebAssembly f32x4 code specialised to the input dimension D (generated and compiled once per D).
 * Hidden units come in groups of four, one per SIMD lane; weights are stored group by group:
 * W₁ as w1g[g][d][lane] (16·D bytes a group) and W₂ as w2[g][lane], so that a group's weights are one
 * contiguous run addressed by constant offsets.
 *
 * forward(n, groups, x, w1g, w2, mask, f): for every sample i (x: n × D float32, row-major; groups even —
 *   a caller pads with zero units, whose h = 0 sets no mask bit and adds nothing)
 *   h = Σ_d x_id·W₁[·, d] for the four units of each group (d = 0, 1, …: float32, no fused multiply-add),
 *   mask[g·n + i] = the four bits h > 0 (σ'(h), one byte a group, group-major),
 *   f_i = Σ_g Σ_lane W₂·relu(h), lane sums kept apart and added as (l₀ + l₁) + (l₂ + l₃).
 * backward(n, groups, xs, qs, mask, table, p): for every group, P = Σ_i σ'(h_i) q_i x_iᵀ, i = 0, 1, …
 *   (the P = Mᵀ(X ⊙ q) of `twoLayerNetwork`), with xs (n × D × 4) and qs (n × 4) the inputs and q
 *   splatted to four lanes, table[b] (16 bytes) the lane mask of the four bits b; p[g][d][lane].
 * The activations are never stored: one pass computes h and keeps only its sign bits (n·m/8 bytes), the
 * other reads them back, so a step touches O(n·m/8 + n·D + m·D) bytes instead of the n × m activations.
 */
export interface TwoLayerStepKernels {
  forward(n: number, groups: number, x: number, w1g: number, w2: number, mask: number, f: number): void;
  backward(n: number, groups: number, xs: number, qs: number, mask: number, table: number, p: number): void;
}

const range = (k: number): number[] => Array.from({ length: k }, (_, i) => i);
const increment = (x: { index: number }, by: Code) => set(x, i32.add(get(x), by));

function forward(D: number) {
  const fn = new FunctionBuilder('forward');
  const [n, groups, x, w1g, w2, mask, f] = range(7).map(() => fn.param('i32'));
  const [i, g, px, pw, pv, pm, pf] = range(7).map(() => fn.local('i32'));
  // Two groups a pass (groups is even): two independent sums in flight.
  const [acc, h, h2] = range(3).map(() => fn.local('v128'));
  const xs = range(D).map(() => fn.local('v128'));
  const group: Code[] = [
    set(h, f32x4.mul(get(xs[0]!), f32x4.load(get(pw), 0))),
    set(h2, f32x4.mul(get(xs[0]!), f32x4.load(get(pw), 16 * D))),
    ...range(D - 1).flatMap((d) => [
      set(h, f32x4.add(get(h), f32x4.mul(get(xs[d + 1]!), f32x4.load(get(pw), 16 * (d + 1))))),
      set(h2, f32x4.add(get(h2), f32x4.mul(get(xs[d + 1]!), f32x4.load(get(pw), 16 * (D + d + 1))))),
    ]),
    i32.store8(get(pm), v128.bitmask32(f32x4.gt(get(h), f32x4.zero()))),
    i32.store8(i32.add(get(pm), get(n)), v128.bitmask32(f32x4.gt(get(h2), f32x4.zero()))),
    set(acc, f32x4.add(get(acc), f32x4.mul(f32x4.max(get(h), f32x4.zero()), f32x4.load(get(pv))))),
    set(acc, f32x4.add(get(acc), f32x4.mul(f32x4.max(get(h2), f32x4.zero()), f32x4.load(get(pv), 16)))),
    increment(pw, i32.const(32 * D)),
    increment(pv, i32.const(32)),
    increment(pm, i32.shl(get(n), i32.const(1))),
  ];
  const sample: Code[] = [
    ...xs.map((v, d) => set(v, f32x4.splat(f32.load(get(px), 4 * d)))),
    set(acc, f32x4.zero()),
    set(pw, get(w1g)),
    set(pv, get(w2)),
    set(pm, i32.add(get(mask), get(i))),
    forLoop(g, i32.const(0), i32.geU(get(g), get(groups)), 2, group),
    f32.store(get(pf), f32.add(f32.add(f32x4.lane(get(acc), 0), f32x4.lane(get(acc), 1)), f32.add(f32x4.lane(get(acc), 2), f32x4.lane(get(acc), 3)))),
    increment(px, i32.const(4 * D)),
    increment(pf, i32.const(4)),
  ];
  return { name: 'forward', ...fn.encode([set(px, get(x)), set(pf, get(f)), forLoop(i, i32.const(0), i32.geU(get(i), get(n)), 1, sample)]) };
}

function backward(D: number) {
  const fn = new FunctionBuilder('backward');
  const [n, groups, xs, qs, mask, table, p] = range(7).map(() => fn.param('i32'));
  const [i, g, pm, pmi, pxs, pq, pp] = range(7).map(() => fn.local('i32'));
  const mq = fn.local('v128');
  const acc = range(D).map(() => fn.local('v128'));
  const sample: Code[] = [
    set(mq, v128.and(f32x4.load(i32.add(get(table), i32.shl(i32.load8U(get(pmi)), i32.const(4)))), f32x4.load(get(pq)))),
    ...acc.map((a, d) => set(a, f32x4.add(get(a), f32x4.mul(get(mq), f32x4.load(get(pxs), 16 * d))))),
    increment(pxs, i32.const(16 * D)),
    increment(pq, i32.const(16)),
    increment(pmi, i32.const(1)),
  ];
  const group: Code[] = [
    ...acc.map((a) => set(a, f32x4.zero())),
    set(pxs, get(xs)),
    set(pq, get(qs)),
    set(pmi, get(pm)),
    forLoop(i, i32.const(0), i32.geU(get(i), get(n)), 1, sample),
    ...acc.map((a, d) => f32x4.store(get(pp), get(a), 16 * d)),
    increment(pp, i32.const(16 * D)),
    increment(pm, get(n)),
  ];
  return { name: 'backward', ...fn.encode([set(pm, get(mask)), set(pp, get(p)), forLoop(g, i32.const(0), i32.geU(get(g), get(groups)), 1, group)]) };
}

const modules = new Map<number, object>();

/** The kernels for input dimension D over `memory` (a shared WebAssembly memory). */
export function twoLayerStepKernels(D: number, memory: WasmMemory): TwoLayerStepKernels {
  let module = modules.get(D);
  if (!module) {
    module = new webAssembly.Module(encodeModule([forward(D), backward(D)]));
    modules.set(D, module);
  }
  return new webAssembly.Instance(module, { env: { memory } }).exports as TwoLayerStepKernels;
}
