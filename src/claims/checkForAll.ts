import fc from 'fast-check';
import type { CheckContext, ClaimOutcome, MeasurementRow, Scalar } from './claim.js';

/** One evaluated case of a universally quantified claim. */
export interface CaseResult {
  readonly measured: Scalar;
  readonly bound: Scalar | null;
  readonly ok: boolean;
  /** The case satisfies the claim's bound as far as the numerics can tell, but cannot decide it. */
  readonly inconclusive?: boolean;
  /** Extra parameters worth showing (derived quantities); merged into the row's params. */
  readonly extra?: Readonly<Record<string, Scalar>>;
}

export interface ForAllSpec<P extends Record<string, Scalar>> {
  readonly arbitrary: fc.Arbitrary<P>;
  readonly evaluate: (params: P) => CaseResult;
  /** Number of drawn cases at each scale. */
  readonly numRuns: { quick: number; paper: number };
  readonly measuredLabel: string;
  readonly boundLabel: string;
}

/**
 * Decide "for every case in the domain, the inequality holds" by drawing cases with fast-check:
 * `refuted` with fast-check's shrunk (minimal) counterexample, its seed and replay path when a case
 * fails; otherwise `inconclusive` when some case could not be decided, else `holds`.
 * The measurement table lists the drawn cases (not the shrink steps). An exception in `evaluate`
 * propagates (the runner reports it as `error`).
 */
export function checkForAll<P extends Record<string, Scalar>>(ctx: CheckContext, spec: ForAllSpec<P>): Omit<ClaimOutcome, 'charts' | 'reason'> & { reason: string } {
  const rows: MeasurementRow[] = [];
  let recording = true;
  let undecided = 0;
  const numRuns = ctx.runs ?? spec.numRuns[ctx.scale];
  const result = fc.check(
    fc.property(spec.arbitrary, (params) => {
      const r = spec.evaluate(params);
      if (recording) {
        if (r.inconclusive) undecided++;
        rows.push({ params: { ...params, ...r.extra }, measured: r.measured, bound: r.bound, ok: r.ok });
        if (!r.ok) recording = false;
      }
      return r.ok;
    }),
    { seed: ctx.seed, numRuns, ...(ctx.path ? { path: ctx.path } : {}) },
  );
  const measurements = { measuredLabel: spec.measuredLabel, boundLabel: spec.boundLabel, rows };
  if (!result.failed) {
    if (undecided > 0) {
      return { verdict: 'inconclusive', reason: `${undecided} of ${result.numRuns} drawn cases could not be decided; none violates the bound`, cases: result.numRuns, measurements };
    }
    return { verdict: 'holds', reason: `all ${result.numRuns} drawn cases satisfy the bound`, cases: result.numRuns, measurements };
  }
  const params = result.counterexample![0] as P;
  // A thrown exception (not a `false`) is an error of the check, not a counterexample.
  const last = spec.evaluate(params);
  if (last.ok) throw new Error(`counterexample ${JSON.stringify(params)} did not replay: ${String(result.errorInstance)}`);
  return {
    verdict: 'refuted',
    reason: `a drawn case violates the bound (shrunk over ${result.numShrinks} steps)`,
    cases: result.numRuns,
    measurements,
    counterexample: {
      params: { ...params, ...last.extra },
      measured: last.measured,
      bound: last.bound,
      seed: result.seed,
      path: result.counterexamplePath ?? '',
    },
  };
}
