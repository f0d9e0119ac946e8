import { webAssembly, type WasmMemory } from '../linalg/wasm/webAssemblyApi.js';
import type { TrainingSet } from './trainingSet.js';
import { type TwoLayerStepKernels, twoLayerStepKernels } from './twoLayerStepKernels.js';

/**
 * The weights of a two-layer ReLU network kept in a WebAssembly memory, in the group layout of
 * `twoLayerStepKernels`, and its gradient-descent step run there (the tfjs-free path of
 * `twoLayerNetwork` on the WebAssembly and CPU backends). The step is the one `twoLayerNetwork`
 * documents — r = y − θ√m·A·W₂ᵀ, q = (2ηθ√m/n)·r, P = Mᵀ(X ⊙ q), W₁ ← W₁ + diag(W₂)·P,
 * W₂r ← W₂r + ⟨W₁r, P_r⟩ from the old weights — in float32 (every product and sum rounded to float32,
 * `Math.fround` on the JavaScript side), only the summation order differing from the tfjs step.
 * Units beyond m (m rounded up to a multiple of eight) have zero weights and stay zero: h = 0, so
 * neither their mask bit nor their relu contributes.
 */
export interface TwoLayerWasmStep {
  /** W₁ (m × D, row-major). */
  first(): Float32Array;
  /** W₂ᵀ (m values). */
  second(): Float32Array;
  /**
   * One step of size η on `data`; returns the residual r before it (n values). The memory is laid out
   * for one training set at a time: stepping on another lays it out anew (weights carried over).
   */
  step(data: TrainingSet, eta: number, theta: number): Float32Array;
  /** Let the memory and the bound training set go. */
  dispose(): void;
}

const PAGE_BYTES = 65536;
const align = (bytes: number) => Math.ceil(bytes / 16) * 16;

/** The 16 lane masks: entry b has all-ones in lane j where bit j of b is set. */
function laneMasks(view: Int32Array): void {
  for (let b = 0; b < 16; b++) for (let j = 0; j < 4; j++) view[4 * b + j] = b & (1 << j) ? -1 : 0;
}

export function twoLayerWasmStep(first: ArrayLike<number>, second: ArrayLike<number>, m: number, D: number): TwoLayerWasmStep {
  // Groups of four units, an even number of them (the forward kernel takes two a pass).
  const groups = 2 * Math.ceil(m / 8);
  /** Index of W₁[r, d] in the group layout w1g[g][d][lane], r = 4g + lane. */
  const w1At = (r: number, d: number) => ((r >> 2) * D + d) * 4 + (r & 3);
  let w1g: Float32Array<ArrayBufferLike> = new Float32Array(groups * D * 4);
  let w2: Float32Array<ArrayBufferLike> = new Float32Array(groups * 4);
  for (let r = 0; r < m; r++) {
    for (let d = 0; d < D; d++) w1g[w1At(r, d)] = first[r * D + d]!;
    w2[r] = second[r]!;
  }
  // Per data set (its n): the memory, its views and the kernels over it.
  let bound: { data: TrainingSet; kernels: TwoLayerStepKernels; at: Record<string, number>; views: ReturnType<typeof viewsOf> } | undefined;

  function viewsOf(memory: WasmMemory, at: Record<string, number>, n: number) {
    const f32 = (name: string, length: number) => new Float32Array(memory.buffer, at[name], length);
    return { x: f32('x', n * D), xs: f32('xs', n * D * 4), qs: f32('qs', n * 4), f: f32('f', n), w1g: f32('w1g', groups * D * 4), w2: f32('w2', groups * 4), p: f32('p', groups * D * 4), table: new Int32Array(memory.buffer, at.table, 64) };
  }

  function bind(data: TrainingSet): NonNullable<typeof bound> {
    if (bound?.data === data) return bound;
    const n = data.n;
    const sizes: Record<string, number> = { x: 4 * n * D, xs: 16 * n * D, qs: 16 * n, f: 4 * n, mask: groups * n, table: 256, w1g: 16 * groups * D, w2: 16 * groups, p: 16 * groups * D };
    const at: Record<string, number> = {};
    let total = 0;
    for (const [name, bytes] of Object.entries(sizes)) {
      at[name] = total;
      total += align(bytes);
    }
    const pages = Math.max(1, Math.ceil(total / PAGE_BYTES));
    const memory = new webAssembly.Memory({ initial: pages, maximum: pages, shared: true });
    const views = viewsOf(memory, at, n);
    views.w1g.set(w1g);
    views.w2.set(w2);
    laneMasks(views.table);
    for (let i = 0; i < n * D; i++) {
      const v = data.points[i]!;
      views.x[i] = v;
      views.xs.fill(v, 4 * i, 4 * i + 4);
    }
    // From now on the weights live in the memory.
    w1g = views.w1g;
    w2 = views.w2;
    bound = { data, kernels: twoLayerStepKernels(D, memory), at, views };
    return bound;
  }

  return {
    first() {
      const out = new Float32Array(m * D);
      for (let r = 0; r < m; r++) for (let d = 0; d < D; d++) out[r * D + d] = w1g[w1At(r, d)]!;
      return out;
    },
    second: () => w2.slice(0, m),
    dispose() {
      bound = undefined;
    },
    step(data, eta, theta) {
      const { kernels, at, views } = bind(data);
      const n = data.n;
      const fr = Math.fround;
      kernels.forward(n, groups, at.x!, at.w1g!, at.w2!, at.mask!, at.f!);
      const outScale = fr(theta * Math.sqrt(m));
      const qScale = fr((2 * eta * theta * Math.sqrt(m)) / n);
      const residual = new Float32Array(n);
      for (let i = 0; i < n; i++) {
        const r = fr(fr(data.targets[i]!) - fr(views.f[i]! * outScale));
        residual[i] = r;
        views.qs.fill(fr(r * qScale), 4 * i, 4 * i + 4);
      }
      kernels.backward(n, groups, at.xs!, at.qs!, at.mask!, at.table!, at.p!);
      const { p } = views;
      for (let g = 0; g < groups; g++) {
        for (let lane = 0; lane < 4; lane++) {
          const v = w2[4 * g + lane]!;
          let dot = 0;
          for (let d = 0; d < D; d++) {
            const k = (g * D + d) * 4 + lane;
            dot = fr(dot + fr(w1g[k]! * p[k]!));
            w1g[k] = fr(w1g[k]! + fr(p[k]! * v));
          }
          w2[4 * g + lane] = fr(v + dot);
        }
      }
      return residual;
    },
  };
}
