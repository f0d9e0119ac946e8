/**
 * A claim of a paper, as data plus one check function. The same registry drives the property suites
 * (`npm test`) and the conformance report (`verify`): adding a claim is one file plus one registry line.
 */
export type Verdict = 'holds' | 'refuted' | 'inconclusive' | 'error';
export type Scale = 'quick' | 'paper';
export type Scalar = number | string | boolean;

export interface Claim {
  /** Stable id, e.g. `cao21.thm3.3.odd-zero` (a public interface: never renamed). */
  readonly id: string;
  /** The paper's id in the catalogue, e.g. `cao21`. */
  readonly paper: string;
  /** The paper's words exactly as printed, with their anchor (from the paper's catalogue). */
  readonly printed: Printed;
  /**
   * Every interpretation this claim makes of the printed words, each with the line of the paper it rests
   * on: conventions, what a Ω/Õ/≫ hides and uniformly in what, pointwise or uniform, repaired typos, a
   * dataset or network substituted for a figure's.
   */
  readonly reading: readonly Reading[];
  /**
   * Short name of this reading when one printed statement is checked under several defensible readings
   * (each its own claim, e.g. "fixed d" and "uniformly in d"); the report shows them together.
   */
  readonly readingName?: string;
  /** For a claim that may be refuted: what kind of error a refutation is, and the evidence for the class. */
  readonly refutation?: RefutationClass;
  /** The parameter domain the cases are drawn from, in words. */
  readonly domain: string;
  /** The decision rule: when the verdict is holds / refuted / inconclusive. */
  readonly rule: string;
  /** The tolerance and the error source it is derived from. */
  readonly tolerance: string;
  /** The claim's symbols and measurement-table columns, each with what it means and its unit. */
  readonly glossary?: Readonly<Record<string, string>>;
  /** Wall-time budget in ms per scale; past it the check is stopped and reported inconclusive. */
  readonly budgetMs?: Partial<Record<Scale, number>>;
  /**
   * Id of a claim whose computations this one repeats (the same cases at the same seed, through a
   * memoised function): the runner starts this claim right after that one on the same worker thread,
   * where the repeated work is a cache hit (`workGroups`). The result does not depend on it.
   */
  readonly reuses?: string;
  check(ctx: CheckContext): Promise<ClaimOutcome> | ClaimOutcome;
}

/** A statement as printed in a paper: verbatim text (of shared/papers/) and where it stands. */
export interface Printed {
  /** Key of the statement in its paper's catalogue, e.g. `thm3.3`. */
  readonly key: string;
  /** Section and statement label as the paper numbers them, e.g. "§3.2, Theorem 3.3". */
  readonly anchor: string;
  /** First and last line of the text in the paper's text file. */
  readonly lines: readonly [number, number];
  /** The paper's words and formula exactly as printed (verbatim from the text file, markup included). */
  readonly text: string;
}

/** One interpretation of a printed statement. */
export interface Reading {
  readonly text: string;
  /** The line(s) of the paper it rests on, e.g. "L154" or "L140–146". */
  readonly restsOn: string;
}

/**
 * What a refutation is: `substantive` (the mathematics or the experiment's outcome is wrong),
 * `convention` (a normalisation or convention conflicts with another part of the paper; the statement
 * holds under the other one), `typo` (the printed formula differs from what the paper's own derivation
 * gives). `evidence` says why, with numbers or the sibling reading that holds.
 */
export interface RefutationClass {
  readonly kind: 'substantive' | 'convention' | 'typo';
  readonly evidence: string;
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
  /** The case could have failed: its tolerance separates the claim from the power reference (see Power). */
  readonly decided: boolean;
  /** The margin by which the case was decided, in the unit of Power.marginLabel (negative: violated). */
  readonly margin: number;
}

/**
 * The power of a claim's check. Each case is decided only when a false claim — one reaching the
 * `reference` (the trivial bound, the neighbouring eigenvalues, the value under the natural
 * alternative) — would have failed it; a claim with no decided case cannot hold.
 */
export interface Power {
  /** What a false claim would plausibly reach, against which each case's power is judged. */
  readonly reference: string;
  /** What a case's margin measures, e.g. "log10(bound / |μ_k|)". */
  readonly marginLabel: string;
  readonly decided: number;
  readonly undecided: number;
  /** Distribution of the decided cases' margins; null when no case was decided. */
  readonly margins: { readonly min: number; readonly median: number; readonly max: number } | null;
}

/** The case with the smallest margin (the largest violation relative to its bound). */
export interface WorstCase {
  readonly params: Readonly<Record<string, Scalar>>;
  readonly measured: Scalar;
  readonly bound: Scalar | null;
  readonly margin: number;
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
  /**
   * `line` and `points` are measured (the y-range is set by them); `dashed` is predicted / claimed and
   * `bound` a bound or reference line — both drawn within the measured range and clipped to it.
   */
  readonly style: 'line' | 'dashed' | 'points' | 'bound';
  /**
   * The thing the series is about (a degree, layer, activation, distribution): it sets the colour, the
   * same in every chart of a claim, so a prediction has the colour of the measurement it predicts.
   * Defaults to the name.
   */
  readonly thing?: string;
  /** Per point, the interval [lower, upper] the decision uses (drawn as a whisker). */
  readonly intervals?: ReadonlyArray<readonly [number, number]>;
}

export interface Chart {
  readonly id: string;
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly xScale: 'linear' | 'log';
  readonly yScale: 'linear' | 'log';
  /** The x values are whole numbers (degree, layer, width): integer ticks, no line across a skipped value. */
  readonly xInteger?: boolean;
  readonly series: readonly ChartSeries[];
}

export interface ClaimOutcome {
  readonly verdict: Exclude<Verdict, 'error'>;
  /**
   * One line: why this verdict — for refuted, the finding (what fails, by how much, against what, and the
   * tightest measured form); for inconclusive, what the numerics cannot decide and what size would.
   */
  readonly reason: string;
  readonly cases: number;
  readonly measurements: MeasurementTable;
  readonly power: Power;
  readonly worst?: WorstCase;
  readonly counterexample?: Counterexample;
  readonly tightest?: TightestForm;
  readonly charts: readonly Chart[];
}
