import type { CheckContext, Claim, Verdict } from '../claims/claim.js';
import { ClaimWorker, type WorkerOutcome } from './claimWorker.js';
import { longestFirst } from './longestFirst.js';
import { groupSeconds, workGroups } from './workGroups.js';
import type { ClaimRecord } from './runResults.js';
import { stoppedResult, type ClaimResult } from '../claims/runClaim.js';
import type { WorkerSetup } from './workerProtocol.js';

/** One claim to run. */
export interface ClaimTask {
  readonly claim: Claim;
  readonly ctx: CheckContext;
  readonly expected: Verdict | null;
  readonly budgetMs: number;
  /** Seconds it took when its expectation was recorded (undefined: not measured at this scale). */
  readonly expectedSeconds?: number;
}

export interface PoolOptions extends WorkerSetup {
  /** Number of worker threads (at most one per task). */
  readonly jobs: number;
  readonly onStart?: (id: string) => void;
  readonly onFinish?: (record: ClaimRecord) => void;
}

/**
 * Run claims on `jobs` worker threads, each thread one claim at a time, started longest first
 * (`longestFirst` on their recorded seconds; a claim that reuses another's work right after it on the same
 * thread, `workGroups`), and return the records in task order (not completion
 * order), so the output does not depend on `jobs`, on the start order or on timing. A claim past its
 * budget is stopped and recorded `inconclusive`; a claim whose worker dies is recorded `error`; either
 * way its thread is replaced and the run goes on.
 */
export async function runClaims(tasks: readonly ClaimTask[], options: PoolOptions): Promise<ClaimRecord[]> {
  const setup: WorkerSetup = { backend: options.backend, ...(options.registries === undefined ? {} : { registries: options.registries }) };
  const records: ClaimRecord[] = new Array<ClaimRecord>(tasks.length);
  // Groups (a claim that reuses another's work runs after it on the same thread), longest first by their total.
  const claimOf = new Map(tasks.map((t) => [t.claim.id, t.claim]));
  const groups = workGroups(tasks.map((t) => t.claim.id), (id) => claimOf.get(id)?.reuses);
  const order = longestFirst(groups.map((g) => groupSeconds(g, (i) => tasks[i]!.expectedSeconds))).map((g) => groups[g]!);
  let next = 0;
  const run = async (worker: ClaimWorker | undefined, index: number): Promise<ClaimWorker | undefined> => {
    const task = tasks[index]!;
    options.onStart?.(task.claim.id);
    let outcome: WorkerOutcome;
    const start = performance.now();
    try {
      worker = worker?.alive ? worker : await ClaimWorker.start(setup);
      outcome = await worker.run({ type: 'run', id: task.claim.id, ctx: task.ctx, expected: task.expected }, task.budgetMs);
    } catch (e) {
      outcome = { kind: 'crash', error: e instanceof Error ? e : new Error(String(e)), elapsedMs: performance.now() - start };
    }
    records[index] = toRecord(task, outcome);
    options.onFinish?.(records[index]!);
    return worker;
  };
  const lane = async () => {
    let worker: ClaimWorker | undefined;
    try {
      while (next < order.length) for (const index of order[next++]!) worker = await run(worker, index);
    } finally {
      await worker?.stop();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.jobs, tasks.length)) }, lane));
  return records;
}

function toRecord(task: ClaimTask, outcome: WorkerOutcome): ClaimRecord {
  const base = { budgetMs: task.budgetMs };
  switch (outcome.kind) {
    case 'result':
      return { ...(JSON.parse(outcome.json) as ClaimResult), ...base, timedOut: false };
    case 'timeout':
      return {
        ...stoppedResult(task.claim, task.ctx, task.expected, {
          verdict: 'inconclusive',
          reason: `time budget of ${task.budgetMs / 1000} s exceeded`,
          durationMs: outcome.elapsedMs,
        }),
        ...base,
        timedOut: true,
      };
    case 'crash':
      return {
        ...stoppedResult(task.claim, task.ctx, task.expected, { verdict: 'error', reason: outcome.error.message, durationMs: outcome.elapsedMs, error: outcome.error }),
        ...base,
        timedOut: false,
      };
  }
}
