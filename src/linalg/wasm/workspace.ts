import { helperFor, type Helper } from './helperThread.js';
import { type Kernels, instantiateKernels, kernelModule } from './kernels.js';
import { MAX_MEMORY_PAGES } from './wasmEncoder.js';
import { type WasmMemory, webAssembly } from './webAssemblyApi.js';

/**
 * Scratch storage for one computation: named Float64Arrays that live in a WebAssembly memory, so the
 * SIMD kernels can work on them in place. The address a kernel expects is the view's `byteOffset`
 * (also for `subarray` views). Contents on entry are unspecified (not zeroed).
 *
 * The memory is kept between calls and replaced only when a larger one is needed. Reuse matters:
 * on this machine the first touch of fresh memory costs ≈ 3.5 ms per MiB in page faults, i.e. ~0.45 s
 * for the 128 MiB an n = 2000 eigendecomposition needs, against ~2.5 s of arithmetic. The cost is that
 * the largest workspace ever requested stays allocated. Calls are synchronous, so one memory per thread
 * is never shared by two computations at once.
 */
export interface Workspace<Name extends string> {
  readonly kernels: Kernels;
  /** One 16-byte aligned array per requested name. */
  readonly arrays: Record<Name, Float64Array>;
  /** The second thread that runs kernel calls on the same memory (undefined: one thread only). */
  readonly helper: Helper | undefined;
}

const PAGE_BYTES = 65536;

let cached: { memory: WasmMemory; pages: number; kernels: Kernels } | undefined;

export function acquireWorkspace<Name extends string>(lengths: Record<Name, number>): Workspace<Name> {
  const names = Object.keys(lengths) as Name[];
  const offsets: number[] = [];
  let total = 0;
  for (const name of names) {
    offsets.push(total);
    total += Math.ceil(lengths[name] / 2) * 16;
  }
  const pages = Math.max(1, Math.ceil(total / PAGE_BYTES));
  if (pages > MAX_MEMORY_PAGES) {
    throw new RangeError(`workspace of ${total} bytes exceeds the 4 GiB WebAssembly memory; use a smaller n`);
  }
  if (cached === undefined || cached.pages < pages) {
    cached = undefined; // let the old memory be collected before the new one is allocated
    // Shared (fixed size: maximum = initial), so that the helper thread can work on it too.
    const memory = new webAssembly.Memory({ initial: pages, maximum: pages, shared: true });
    cached = { memory, pages, kernels: instantiateKernels(memory) };
  }
  const { memory, kernels } = cached;
  const arrays = {} as Record<Name, Float64Array>;
  names.forEach((name, i) => {
    arrays[name] = new Float64Array(memory.buffer, offsets[i], lengths[name]);
  });
  return { kernels, arrays, helper: helperFor(memory, kernelModule()) };
}
