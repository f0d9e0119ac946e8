import type { CheckContext, Claim, ClaimOutcome, Verdict } from './claim.js';

/** One claim's entry in results.json (see schema/results.schema.json). */
export interface ClaimResult extends Omit<ClaimOutcome, 'verdict'> {
  readonly id: string;
  readonly paper: string;
  readonly section: string;
  readonly statement: string;
  readonly domain: string;
  readonly rule: string;
  readonly tolerance: string;
  readonly verdict: Verdict;
  readonly expected: Verdict | null;
  readonly seed: number;
  readonly scale: CheckContext['scale'];
  readonly durationMs: number;
  /** The command that replays this claim (and its counterexample, when there is one). */
  readonly replay: string;
  readonly error?: { readonly message: string; readonly stack: string };
}

/** The command line that reproduces a claim's run, or exactly its counterexample. */
export function replayCommand(id: string, ctx: CheckContext, path?: string): string {
  const runsArg = ctx.runs === undefined ? '' : ` --runs ${ctx.runs}`;
  const pathArg = path ? ` --path ${path}` : '';
  return `npx spectral-conformance verify --claims ${id} --scale ${ctx.scale} --seed ${ctx.seed}${runsArg}${pathArg}`;
}

/** Run one claim's check; an exception becomes verdict `error` with its message and stack. */
export async function runClaim(claim: Claim, ctx: CheckContext, expected: Verdict | null): Promise<ClaimResult> {
  const info = {
    id: claim.id,
    paper: claim.paper,
    section: claim.section,
    statement: claim.statement,
    domain: claim.domain,
    rule: claim.rule,
    tolerance: claim.tolerance,
    expected,
    seed: ctx.seed,
    scale: ctx.scale,
  };
  const start = performance.now();
  try {
    const outcome = await claim.check(ctx);
    return { ...info, ...outcome, durationMs: performance.now() - start, replay: replayCommand(claim.id, ctx, outcome.counterexample?.path) };
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    return stoppedResult(claim, ctx, expected, { verdict: 'error', reason: error.message, durationMs: performance.now() - start, error });
  }
}

/**
 * The result of a check that did not return: stopped at its time budget (`inconclusive`) or lost with
 * its worker (`error`, with the worker's error). Same shape as a returned result, with no measurements.
 */
export function stoppedResult(
  claim: Claim,
  ctx: CheckContext,
  expected: Verdict | null,
  stop: { readonly verdict: 'inconclusive' | 'error'; readonly reason: string; readonly durationMs: number; readonly error?: Error },
): ClaimResult {
  return {
    id: claim.id,
    paper: claim.paper,
    section: claim.section,
    statement: claim.statement,
    domain: claim.domain,
    rule: claim.rule,
    tolerance: claim.tolerance,
    verdict: stop.verdict,
    expected,
    seed: ctx.seed,
    scale: ctx.scale,
    durationMs: stop.durationMs,
    replay: replayCommand(claim.id, ctx),
    reason: stop.reason,
    cases: 0,
    measurements: { measuredLabel: '', boundLabel: '', rows: [] },
    charts: [],
    ...(stop.error ? { error: { message: stop.error.message, stack: stop.error.stack ?? '' } } : {}),
  };
}
