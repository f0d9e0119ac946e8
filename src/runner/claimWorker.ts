import { Worker } from 'node:worker_threads';
import { WORKER_ENTRY, type RunMessage, type WorkerMessage, type WorkerSetup } from './workerProtocol.js';

/** How one claim ended on a worker: its result JSON, stopped at the budget, or the worker died. */
export type WorkerOutcome =
  | { readonly kind: 'result'; readonly json: string; readonly elapsedMs: number }
  | { readonly kind: 'timeout'; readonly elapsedMs: number }
  | { readonly kind: 'crash'; readonly error: Error; readonly elapsedMs: number };

/** How long a new worker may take to load the registry (tfjs and all) before it counts as failed. */
const START_TIMEOUT_MS = 120_000;

/**
 * A worker thread that runs claims one at a time. A check past its budget cannot be interrupted from
 * inside (it may be a tight numeric loop), so the thread is terminated; after a `timeout` or `crash`
 * outcome this worker is dead and the caller starts a fresh one.
 */
export class ClaimWorker {
  private exited = false;

  private constructor(private readonly worker: Worker) {
    worker.once('exit', () => {
      this.exited = true;
    });
  }

  /** False once the thread has exited (stopped, crashed, or terminated at a budget). */
  get alive(): boolean {
    return !this.exited;
  }

  /**
   * Start a worker and wait until it has loaded the registry, so that loading is not charged to a
   * claim's budget (loading itself may take at most START_TIMEOUT_MS).
   */
  static start(setup: WorkerSetup): Promise<ClaimWorker> {
    const worker = new Worker(WORKER_ENTRY, { workerData: setup, env: { ...process.env, SPECTRAL_BACKEND: setup.backend } });
    // Errors while starting or running are handled by the listeners below and in `run`; between claims
    // nobody listens, and a stray late error (a claim's leftover timer throwing) must not crash the run:
    // the worker then exits and `alive` turns false.
    worker.on('error', () => {});
    return new Promise((resolve, reject) => {
      const settle = (error?: Error) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (!error) return resolve(new ClaimWorker(worker));
        void worker.terminate();
        reject(error);
      };
      const onMessage = (m: WorkerMessage) => {
        if (m.type === 'ready') settle();
      };
      const onError = (e: Error) => settle(new Error(`claim worker failed to start: ${e.message}`, { cause: e }));
      const onExit = (code: number) => settle(new Error(`claim worker exited with code ${code} while starting`));
      const timer = setTimeout(() => settle(new Error(`claim worker did not load the registry within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    });
  }

  /** Run one claim, stopping the thread when `budgetMs` passes first. */
  run(message: RunMessage, budgetMs: number): Promise<WorkerOutcome> {
    const worker = this.worker;
    const start = performance.now();
    return new Promise((resolve) => {
      const finish = (outcome: WorkerOutcome) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (outcome.kind !== 'result') void this.stop();
        resolve(outcome);
      };
      const onMessage = (m: WorkerMessage) => {
        if (m.type === 'result' && m.id === message.id) finish({ kind: 'result', json: m.json, elapsedMs: performance.now() - start });
      };
      const onError = (error: Error) => finish({ kind: 'crash', error, elapsedMs: performance.now() - start });
      const onExit = (code: number) => finish({ kind: 'crash', error: new Error(`claim worker exited with code ${code}`), elapsedMs: performance.now() - start });
      const timer = setTimeout(() => finish({ kind: 'timeout', elapsedMs: performance.now() - start }), budgetMs);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage(message);
    });
  }

  /** Stop the thread (idempotent); `alive` is false from the call on. */
  async stop(): Promise<void> {
    this.exited = true;
    await this.worker.terminate();
  }
}
