import type { CheckContext, Claim, Verdict } from '../claims/claim.js';
import { replayCommand, type ClaimResult } from '../claims/runClaim.js';

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
