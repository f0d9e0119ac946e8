import { availableParallelism } from 'node:os';
import { MessageChannel, Worker } from 'node:worker_threads';
import type { Kernels } from './kernels.js';
import type { WasmMemory } from './webAssemblyApi.js';

/**
 * A second thread for the eigensolver's O(n³) kernels and the Gram products (`gram.ts`): a worker that runs lists of kernel calls on the
 * same shared WebAssembly memory as the calling thread, so that the two cores of the reference machine
 * split the symmetric matrix–vector products and the rank-64 updates of the Householder reduction, the
 * eigenvector merges and the back-transformation (BENCHMARKS.md).
 *
 * Protocol. The caller records calls through `remote` (a `Kernels` whose methods append to a job list
 * in a SharedArrayBuffer), `start()`s them and runs its own share meanwhile, then `finish()` blocks
 * until the helper is done. Both sides compute on disjoint outputs, so the result is the same as
 * running every call on one thread (the same arithmetic per output entry: results are bit-identical).
 * Signalling is Atomics.wait/notify on two counters (requests, completions), after a short poll (see
 * SPIN_MS); the worker is `unref`'d, so
 * it never keeps the process alive, and a helper that does not answer within a minute is an error.
 *
 * The worker's code is a short self-contained script (evaluated, no file to resolve, so it runs the same
 * from src/ under the test runner and from dist/); it receives the compiled kernel module and the memory
 * through a MessagePort, read synchronously with `receiveMessageOnPort` when the memory changes.
 *
 * Disabled (every call then runs on the calling thread) when the machine has one core or the
 * environment sets SPECTRAL_LINALG_THREADS=1.
 */
export interface Helper {
  readonly remote: Kernels;
  start(): void;
  finish(): void;
}

/** Calls per job list; the largest (the first trailing update of a reduction, ≈ n²/65536 gemm calls) is ≈ 2000 at MAX_ORDER = 11500. */
export const CAPACITY = 4096;
/** Doubles per recorded call: the kernel's id and up to 10 arguments. */
const STRIDE = 11;
const KERNEL_IDS = { gemmNT: 0, symvLower: 1, gemmNTf32: 2 } as const;
const TIMEOUT_MS = 60_000;
/**
 * Both sides poll for ≈ 1 ms before they block: a futex wake-up costs ~0.1–1 ms on a virtual machine,
 * which at ~2000 hand-overs per n = 2000 reduction would cost more than the split gains; the calls of
 * a reduction follow each other within microseconds, so the helper is almost always caught polling.
 */
const SPIN_MS = 1;

const WORKER_SOURCE = `
const { workerData, receiveMessageOnPort } = require('node:worker_threads');
const { control, jobs, port } = workerData;
let kernels;
let seen = 0;
for (;;) {
  const spinUntil = Date.now() + ${SPIN_MS};
  while (Atomics.load(control, 0) === seen && Date.now() < spinUntil);
  // A wake-up is only a hint: a notify of an earlier request can arrive late (the caller was
  // descheduled between its increment and its notify), so the request counter itself decides.
  while (Atomics.load(control, 0) === seen) Atomics.wait(control, 0, seen);
  seen = Atomics.load(control, 0);
  for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
    kernels = new WebAssembly.Instance(m.message.module, { env: { memory: m.message.memory } }).exports;
  }
  const count = control[2];
  for (let c = 0; c < count; c++) {
    const o = c * ${STRIDE};
    if (jobs[o] === ${KERNEL_IDS.gemmNT}) kernels.gemmNT(jobs[o + 1], jobs[o + 2], jobs[o + 3], jobs[o + 4], jobs[o + 5], jobs[o + 6], jobs[o + 7], jobs[o + 8], jobs[o + 9], jobs[o + 10]);
    else if (jobs[o] === ${KERNEL_IDS.gemmNTf32}) kernels.gemmNTf32(jobs[o + 1], jobs[o + 2], jobs[o + 3], jobs[o + 4], jobs[o + 5], jobs[o + 6], jobs[o + 7], jobs[o + 8], jobs[o + 9]);
    else kernels.symvLower(jobs[o + 1], jobs[o + 2], jobs[o + 3], jobs[o + 4], jobs[o + 5], jobs[o + 6]);
  }
  Atomics.store(control, 1, seen);
  Atomics.notify(control, 1);
}
`;

interface Thread {
  readonly control: Int32Array;
  readonly jobs: Float64Array;
  readonly port: MessagePort;
  memory?: WasmMemory;
}

type MessagePort = InstanceType<typeof MessageChannel>['port1'];

let thread: Thread | null | undefined;

function spawn(): Thread | null {
  if (process.env.SPECTRAL_LINALG_THREADS === '1' || availableParallelism() < 2) return null;
  try {
    const control = new Int32Array(new SharedArrayBuffer(3 * 4));
    const jobs = new Float64Array(new SharedArrayBuffer(CAPACITY * STRIDE * 8));
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { control, jobs, port: port2 }, transferList: [port2] });
    worker.unref();
    port1.unref();
    return { control, jobs, port: port1 };
  } catch {
    return null;
  }
}

/** The helper for kernels over `memory` (a shared WebAssembly memory), or undefined when disabled. */
export function helperFor(memory: WasmMemory, module: object): Helper | undefined {
  if (thread === undefined) thread = spawn();
  const t = thread;
  if (!t) return undefined;
  if (t.memory !== memory) {
    t.port.postMessage({ memory, module });
    t.memory = memory;
  }
  let count = 0;
  const record = (id: number, args: number[]) => {
    if (count >= CAPACITY) throw new RangeError(`the helper's job list holds at most ${CAPACITY} calls`);
    const o = count * STRIDE;
    t.jobs[o] = id;
    args.forEach((v, i) => (t.jobs[o + 1 + i] = v));
    count++;
  };
  let pending = 0;
  return {
    remote: {
      gemmNT: (...args) => record(KERNEL_IDS.gemmNT, args),
      symvLower: (...args) => record(KERNEL_IDS.symvLower, args),
      gemmNTf32: (...args) => record(KERNEL_IDS.gemmNTf32, args),
    },
    start() {
      t.control[2] = count;
      pending = Atomics.add(t.control, 0, 1) + 1;
      Atomics.notify(t.control, 0);
    },
    finish() {
      const spinUntil = Date.now() + SPIN_MS;
      while (Atomics.load(t.control, 1) !== pending && Date.now() < spinUntil);
      const deadline = Date.now() + TIMEOUT_MS;
      while (Atomics.load(t.control, 1) !== pending) {
        if (Date.now() > deadline) throw new Error(`the linear-algebra helper thread did not answer within ${TIMEOUT_MS / 1000} s`);
        Atomics.wait(t.control, 1, Atomics.load(t.control, 1), 1000);
      }
      count = 0;
    },
  };
}
