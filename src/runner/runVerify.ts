import { availableParallelism } from 'node:os';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { Claim, Scale, Verdict } from '../claims/claim.js';
import type { ClaimRecord, RunResults } from './runResults.js';
import { RESULTS_VERSION } from './runResults.js';
import { runClaims, type PoolOptions } from './runClaims.js';
import { timeBudget } from './timeBudget.js';

export interface VerifyOptions extends PoolOptions {
  /** The claims to run, in report order. */
  readonly claims: readonly Claim[];
  /** Paper catalogues; those of the papers of `claims` go into results.json. */
  readonly catalogues: readonly Catalogue[];
  /** Expected verdict by claim id; a claim without one gets `expected: null`. */
  readonly expected: ReadonlyMap<string, Verdict>;
  /** Why each expectation is what it is (the reason recorded with it when it was measured). */
  readonly expectedReasons?: ReadonlyMap<string, string>;
  /** Seconds each claim took when its expectation was recorded (the start order: longest first). */
  readonly expectedSeconds?: ReadonlyMap<string, number>;
  readonly seed: number;
  readonly scale: Scale;
  /** Override of every claim's number of cases. */
  readonly runs?: number;
  /** fast-check replay path (meaningful with a single claim). */
  readonly path?: string;
  /** Records of claims finished by an earlier run with the same key (`--resume`): not run again. */
  readonly reused?: ReadonlyMap<string, ClaimRecord>;
}

/**
 * Run the chosen claims — each with the run's seed, so a claim's result does not depend on which other
 * claims run, in which order, or on which worker — and assemble results.json.
 */
export async function runVerify(options: VerifyOptions): Promise<RunResults> {
  const startedAt = new Date();
  const start = performance.now();
  const ctx = {
    seed: options.seed,
    scale: options.scale,
    ...(options.runs === undefined ? {} : { runs: options.runs }),
    ...(options.path === undefined ? {} : { path: options.path }),
  };
  const expected = (id: string) => options.expected.get(id) ?? null;
  const toRun = options.claims.filter((claim) => !options.reused?.has(claim.id));
  const tasks = toRun.map((claim) => {
    const seconds = options.expectedSeconds?.get(claim.id);
    return { claim, ctx, expected: expected(claim.id), budgetMs: timeBudget(claim, options.scale), ...(seconds === undefined ? {} : { expectedSeconds: seconds }) };
  });
  const ran = new Map((await runClaims(tasks, options)).map((c) => [c.id, c]));
  const claims: ClaimRecord[] = options.claims.map((claim) => {
    // A reused record is compared with today's expectation, not the one it was first run against.
    const { expectedReason: _, ...c } = ran.get(claim.id) ?? { ...options.reused!.get(claim.id)!, expected: expected(claim.id) };
    const reason = options.expectedReasons?.get(c.id);
    return reason === undefined ? c : { ...c, expectedReason: reason };
  });
  return {
    version: RESULTS_VERSION,
    startedAt: startedAt.toISOString(),
    durationMs: performance.now() - start,
    environment: { node: process.version, backend: options.backend, cpus: availableParallelism() },
    seed: options.seed,
    scale: options.scale,
    claims,
    catalogues: options.catalogues.filter((c) => options.claims.some((claim) => claim.paper === c.paper)),
  };
}
