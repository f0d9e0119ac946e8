/**
 * A claim of a paper, as data plus one check function. The same registry drives the property suites
 * (`npm test`) and the conformance report (`verify`): adding a claim is one file plus one registry line.
 */
export type Paper = 'cao21' | 'bowman22' | 'dandi21';
export type Verdict = 'holds' | 'refuted' | 'inconclusive' | 'error';
export type Scale = 'quick' | 'paper';
export type Scalar = number | string | boolean;

export interface Claim {
  /** Stable id, e.g. `cao21.thm3.3.odd-zero` (a public interface: never renamed). */
  readonly id: string;
  readonly paper: Paper;
  /** Section / theorem / equation, e.g. "§3.2, Theorem 3.3". */
  readonly section: string;
  /** The statement as printed in the paper (our transcription of the formula). */
  readonly statement: string;
  /** The parameter domain the cases are drawn from, in words. */
  readonly domain: string;
  /** The decision rule: when the verdict is holds / refuted / inconclusive. */
  readonly rule: string;
  /** The tolerance and the error source it is derived from. */
  readonly tolerance: string;
  /** Wall-time budget in ms per scale; past it the check is stopped and reported inconclusive. */
  readonly budgetMs?: Partial<Record<Scale, number>>;
  check(ctx: CheckContext): Promise<ClaimOutcome> | ClaimOutcome;
}

export interface CheckContext {
  /** fast-check seed of this run (also seeds every other random source through the drawn parameters). */
  readonly seed: number;
  readonly scale: Scale;
  /** Override of the number of drawn cases. */
  readonly runs?: number;
  /** fast-check replay path of one case (with `seed`), from a stored counterexample. */
  readonly path?: string;
}

export interface MeasurementRow {
  readonly params: Readonly<Record<string, Scalar>>;
  readonly measured: Scalar;
  readonly bound: Scalar | null;
  readonly ok: boolean;
}

export interface MeasurementTable {
  /** What `measured` is, e.g. "|μ_k| by quadrature". */
  readonly measuredLabel: string;
  /** What `bound` is, e.g. "quadrature + rounding error bound". */
  readonly boundLabel: string;
  readonly rows: readonly MeasurementRow[];
}

export interface Counterexample {
  readonly params: Readonly<Record<string, Scalar>>;
  readonly measured: Scalar;
  readonly bound: Scalar | null;
  readonly seed: number;
  readonly path: string;
}

/** The tightest form of a refuted inequality that every sampled case satisfies — measured, not a theorem. */
export interface TightestForm {
  readonly statement: string;
  readonly value: number;
}

export interface ChartSeries {
  readonly name: string;
  readonly points: ReadonlyArray<readonly [number, number]>;
  /** `line` (measured), `dashed` (predicted / claimed), `points` (scatter). */
  readonly style: 'line' | 'dashed' | 'points';
}

export interface Chart {
  readonly id: string;
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly xScale: 'linear' | 'log';
  readonly yScale: 'linear' | 'log';
  readonly series: readonly ChartSeries[];
}

export interface ClaimOutcome {
  readonly verdict: Exclude<Verdict, 'error'>;
  /** One line: why this verdict (for inconclusive: what the numerics cannot decide). */
  readonly reason: string;
  readonly cases: number;
  readonly measurements: MeasurementTable;
  readonly counterexample?: Counterexample;
  readonly tightest?: TightestForm;
  readonly charts: readonly Chart[];
}
