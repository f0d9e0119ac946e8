import fc from 'fast-check';
import type { CheckContext, ClaimOutcome, Counterexample, MeasurementRow, Scalar, WorstCase } from './claim.js';
import { powerSummary, worstCase } from './powerSummary.js';

/** One evaluated case of a universally quantified claim. */
export interface CaseResult {
  readonly measured: Scalar;
  readonly bound: Scalar | null;
  readonly ok: boolean;
  /** The case satisfies the claim's bound as far as the numerics can tell, but the numerics cannot decide it. */
  readonly inconclusive?: boolean;
  /**
   * The case could have failed: a false claim reaching the spec's power reference would have violated
   * this case's tolerance. A case that is not decided does not count toward `holds`.
   */
  readonly decided: boolean;
  /** Margin of the decision in the unit of the spec's `power.marginLabel`; negative when violated. */
  readonly margin: number;
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
  /** What a false claim would plausibly reach, and what a case's margin measures (see Power). */
  readonly power: { readonly reference: string; readonly marginLabel: string };
  /**
   * The finding of a refutation in one line — what fails, by how much, against what — from the shrunk
   * counterexample and the worst case drawn. Without it the reason states both cases' numbers.
   */
  readonly finding?: (counterexample: Counterexample, worst: WorstCase) => string;
}

const show = (v: Scalar | null) => (typeof v === 'number' ? Number(v.toPrecision(4)).toString() : String(v));
const showParams = (p: Readonly<Record<string, Scalar>>) =>
  Object.entries(p)
    .slice(0, 4)
    .map(([k, v]) => `${k} = ${show(v)}`)
    .join(', ');

/** The default one-line finding: the shrunk case and the worst case, measured against bound. */
function defaultFinding(cx: Counterexample, worst: WorstCase, labels: { measuredLabel: string; boundLabel: string }): string {
  const at = (c: { params: Readonly<Record<string, Scalar>>; measured: Scalar; bound: Scalar | null }) => `${labels.measuredLabel} = ${show(c.measured)} against ${labels.boundLabel} ${show(c.bound)} at ${showParams(c.params)}`;
  return `violated: ${at(cx)} (shrunk); worst drawn case ${at(worst)}`;
}

/**
 * Decide "for every case in the domain, the inequality holds" by drawing cases with fast-check:
 * `refuted` with fast-check's shrunk (minimal) counterexample, its seed and replay path, and the worst
 * drawn case, when a case fails; otherwise `inconclusive` when some case could not be decided by the
 * numerics or no case had power (none could have failed), else `holds` on the decided cases.
 * The measurement table lists the drawn cases (not the shrink steps). An exception in `evaluate`
 * propagates (the runner reports it as `error`).
 */
export function checkForAll<P extends Record<string, Scalar>>(ctx: CheckContext, spec: ForAllSpec<P>): Omit<ClaimOutcome, 'charts'> {
  const rows: MeasurementRow[] = [];
  let recording = true;
  let unresolved = 0;
  const numRuns = ctx.runs ?? spec.numRuns[ctx.scale];
  const row = (params: P, r: CaseResult): MeasurementRow => ({ params: { ...params, ...r.extra }, measured: r.measured, bound: r.bound, ok: r.ok, decided: r.ok ? r.decided : true, margin: r.margin });
  const result = fc.check(
    fc.property(spec.arbitrary, (params) => {
      const r = spec.evaluate(params);
      if (recording) {
        if (r.inconclusive) unresolved++;
        rows.push(row(params, r));
        if (!r.ok) recording = false;
      }
      return r.ok;
    }),
    { seed: ctx.seed, numRuns, ...(ctx.path ? { path: ctx.path } : {}) },
  );
  const measurements = { measuredLabel: spec.measuredLabel, boundLabel: spec.boundLabel, rows };
  const power = powerSummary(rows, spec.power);
  const worst = worstCase(rows);
  const common = { cases: result.numRuns, measurements, power, ...(worst ? { worst } : {}) };
  if (!result.failed) {
    if (unresolved > 0) {
      return { verdict: 'inconclusive', reason: `${unresolved} of ${result.numRuns} drawn cases could not be decided by the numerics; none violates the bound`, ...common };
    }
    if (power.decided === 0) {
      return { verdict: 'inconclusive', reason: `no power at these sizes: none of the ${result.numRuns} drawn cases could have failed (its tolerance does not separate the claim from ${spec.power.reference})`, ...common };
    }
    const undecided = power.undecided > 0 ? `; ${power.undecided} undecided (no power: the tolerance does not separate the claim from ${spec.power.reference})` : '';
    const closest = rows.find((r) => r.decided && r.margin === power.margins!.min)!;
    const margin = `; smallest margin ${show(closest.margin)} (${spec.measuredLabel} = ${show(closest.measured)} against ${show(closest.bound)}) at ${showParams(closest.params)}`;
    return { verdict: 'holds', reason: `${power.decided} of ${result.numRuns} drawn cases could have failed and satisfy the bound${margin}${undecided}`, ...common };
  }
  const params = result.counterexample![0] as P;
  // A thrown exception (not a `false`) is an error of the check, not a counterexample.
  const last = spec.evaluate(params);
  if (last.ok) throw new Error(`counterexample ${JSON.stringify(params)} did not replay: ${String(result.errorInstance)}`);
  const counterexample: Counterexample = { params: { ...params, ...last.extra }, measured: last.measured, bound: last.bound, seed: result.seed, path: result.counterexamplePath ?? '' };
  const worstDrawn = worst ?? { ...counterexample, margin: last.margin };
  return {
    verdict: 'refuted',
    reason: spec.finding ? spec.finding(counterexample, worstDrawn) : defaultFinding(counterexample, worstDrawn, spec),
    ...common,
    worst: worstDrawn,
    counterexample,
  };
}
