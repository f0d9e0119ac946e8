import type { Scale, Verdict } from '../claims/claim.js';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { ClaimResult } from '../claims/runClaim.js';

/** Version of the results.json format (schema/results.schema.json); bumped on any incompatible change. */
export const RESULTS_VERSION = 2;

/** The tfjs backends a run can select for the network claims (`--backend`). */
export const BACKENDS = ['wasm', 'cpu', 'node'] as const;
export type Backend = (typeof BACKENDS)[number];

/**
 * One claim's entry in results.json: the claim's own result plus what the runner decided around it.
 * In the JSON form every non-finite number is written as the string `NaN`, `Infinity` or `-Infinity`.
 */
export interface ClaimRecord extends ClaimResult {
  /** The wall-time budget the check ran under (ms). */
  readonly budgetMs: number;
  /** The check was stopped at its budget (its verdict is then `inconclusive`). */
  readonly timedOut: boolean;
  /** The reason recorded with the expectation when it was measured (absent without an expectation). */
  readonly expectedReason?: string;
}

/** results.json: everything the HTML report and the JUnit file are rendered from. */
export interface RunResults {
  readonly version: typeof RESULTS_VERSION;
  /** ISO 8601 time the run started. */
  readonly startedAt: string;
  readonly durationMs: number;
  readonly environment: { readonly node: string; readonly backend: Backend; readonly cpus: number };
  readonly seed: number;
  readonly scale: Scale;
  readonly claims: readonly ClaimRecord[];
  /** The catalogues of the papers of the run's claims: every statement, with the reason for those no claim checks. */
  readonly catalogues: readonly Catalogue[];
}

/** A claim whose measured verdict is not its expected one (a missing expectation counts as different). */
export function differsFromExpectation(record: { readonly verdict: Verdict; readonly expected: Verdict | null }): boolean {
  return record.verdict !== record.expected;
}
