import type { CheckContext, Claim, ClaimOutcome, Printed, Reading, RefutationClass, Verdict } from './claim.js';

/** One claim's entry in results.json (see schema/results.schema.json). */
export interface ClaimResult extends Omit<ClaimOutcome, 'verdict'> {
  readonly id: string;
  readonly paper: string;
  readonly printed: Printed;
  readonly reading: readonly Reading[];
  readonly readingName?: string;
  /** Present when the verdict is refuted and the claim classifies its refutation. */
  readonly refutation?: RefutationClass;
  readonly domain: string;
  readonly rule: string;
  readonly tolerance: string;
  readonly glossary?: Readonly<Record<string, string>>;
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

/** The claim's own record in its result: what was printed, how it is read and how it is checked. */
function claimInfo(claim: Claim, ctx: CheckContext, expected: Verdict | null) {
  return {
    id: claim.id,
    paper: claim.paper,
    printed: claim.printed,
    reading: claim.reading,
    ...(claim.readingName ? { readingName: claim.readingName } : {}),
    domain: claim.domain,
    rule: claim.rule,
    tolerance: claim.tolerance,
    ...(claim.glossary ? { glossary: claim.glossary } : {}),
    expected,
    seed: ctx.seed,
    scale: ctx.scale,
  };
}

/** Run one claim's check; an exception becomes verdict `error` with its message and stack. */
export async function runClaim(claim: Claim, ctx: CheckContext, expected: Verdict | null): Promise<ClaimResult> {
  const start = performance.now();
  try {
    const outcome = await claim.check(ctx);
    return {
      ...claimInfo(claim, ctx, expected),
      ...outcome,
      ...(outcome.verdict === 'refuted' && claim.refutation ? { refutation: claim.refutation } : {}),
      durationMs: performance.now() - start,
      replay: replayCommand(claim.id, ctx, outcome.counterexample?.path),
    };
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
    ...claimInfo(claim, ctx, expected),
    verdict: stop.verdict,
    durationMs: stop.durationMs,
    replay: replayCommand(claim.id, ctx),
    reason: stop.reason,
    cases: 0,
    measurements: { measuredLabel: '', boundLabel: '', rows: [] },
    power: { reference: 'not measured (the check did not return)', marginLabel: '', decided: 0, undecided: 0, margins: null },
    charts: [],
    ...(stop.error ? { error: { message: stop.error.message, stack: stop.error.stack ?? '' } } : {}),
  };
}
