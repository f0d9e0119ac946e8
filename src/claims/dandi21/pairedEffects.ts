import { studentTQuantile } from '../../numerics/studentT.js';
import type { Counterexample, MeasurementRow, Power, Scalar, TightestForm } from '../claim.js';
import { powerSummary } from '../powerSummary.js';

/**
 * The decision shared by the §6 and §5.7 experiments: each comparison carries one paired effect per
 * repetition (a log-ratio whose sign is the claim: > 0 as claimed), and the C comparisons of a claim are
 * decided together at family-wise level α by Bonferroni: comparison c gets the Student-t interval
 * mean ± t_{1−α/(2C), R−1}·sd/√R over its R repetitions, so the chance that any of the C intervals misses
 * its mean is ≤ α. Lower end > 0 → 'holds', upper end < 0 → 'refuted', otherwise 'inconclusive' (also
 * when an effect is not finite, e.g. a ratio of a vanishing component, or R < 2).
 */
export const FAMILY_WISE_ALPHA = 0.05;

export interface PairedEffect {
  /** One effect per repetition, in the claimed direction (log units). */
  readonly effects: readonly number[];
}

export interface JudgedEffect {
  readonly mean: number;
  /** Standard deviation of the effects over repetitions, and the Student-t quantile used. */
  readonly sd: number;
  readonly quantile: number;
  readonly lower: number;
  readonly upper: number;
  readonly decision: 'holds' | 'refuted' | 'inconclusive';
}

export function judgePairedEffects<T extends PairedEffect>(list: readonly T[], alpha = FAMILY_WISE_ALPHA): (T & JudgedEffect)[] {
  return list.map((c) => {
    const r = c.effects.length;
    const mean = c.effects.reduce((s, x) => s + x, 0) / r;
    if (r < 2 || !c.effects.every(Number.isFinite)) return { ...c, mean, sd: Number.NaN, quantile: Number.NaN, lower: Number.NaN, upper: Number.NaN, decision: 'inconclusive' as const };
    const sd = Math.sqrt(c.effects.reduce((s, x) => s + (x - mean) ** 2, 0) / (r - 1));
    const quantile = studentTQuantile(1 - alpha / (2 * list.length), r - 1);
    const half = (quantile * sd) / Math.sqrt(r);
    const [lower, upper] = [mean - half, mean + half];
    return { ...c, mean, sd, quantile, lower, upper, decision: lower > 0 ? ('holds' as const) : upper < 0 ? ('refuted' as const) : ('inconclusive' as const) };
  });
}

/** The claim's verdict from its decided comparisons: refuted if any is, holds if all hold. */
export function pairedVerdict(judged: readonly JudgedEffect[]): JudgedEffect['decision'] {
  if (judged.some((j) => j.decision === 'refuted')) return 'refuted';
  return judged.length > 0 && judged.every((j) => j.decision === 'holds') ? 'holds' : 'inconclusive';
}

/** What a comparison's power and margin mean (the same for every claim decided by paired effects). */
export const PAIRED_POWER = {
  reference: 'no effect (0 in log units): a comparison decides when its Bonferroni interval excludes 0 in either direction',
  marginLabel: 'standardised: mean/(Bonferroni half-width) − 1 — above 0 the interval lies above 0 (holds), below −2 it lies below 0 (refuted), in between undecided',
};

/**
 * Repetitions that would decide an undecided comparison at the measured mean and spread, with n and width
 * unchanged: R with t·sd/√R < |mean| (t ≈ its value at the current R, which over-estimates R slightly).
 * Infinity when the effect is not finite.
 */
export function repetitionsToDecide(j: JudgedEffect): number {
  if (!Number.isFinite(j.sd) || j.mean === 0) return Infinity;
  return Math.ceil(((j.quantile * j.sd) / Math.abs(j.mean)) ** 2);
}

/**
 * The parts of a claim's outcome that follow from its judged comparisons: one measurement row per
 * comparison (measured = mean effect, bound 0, failing when refuted), the power (decided = the interval
 * excludes 0), the verdict, and — when refuted —
 * the first refuted comparison as the counterexample (the experiment is a fixed design, so it has no
 * fast-check path: it replays with the claim's seed) with the tightest form the claim measures.
 */
export function pairedOutcome<T extends JudgedEffect>(
  judged: readonly T[],
  params: (j: T) => Readonly<Record<string, Scalar>>,
  seed: number,
  tightest: () => TightestForm,
): { verdict: JudgedEffect['decision']; rows: MeasurementRow[]; power: Power; counterexample?: Counterexample; tightest?: TightestForm } {
  const rows = judged.map((j) => ({
    params: params(j),
    measured: j.mean,
    bound: 0,
    ok: j.decision !== 'refuted',
    decided: j.decision !== 'inconclusive',
    margin: Number.isFinite(j.upper) ? (2 * j.mean) / (j.upper - j.lower) - 1 : Number.NaN,
  }));
  const power = powerSummary(rows, PAIRED_POWER);
  const first = judged.find((j) => j.decision === 'refuted');
  const verdict = pairedVerdict(judged);
  if (!first) return { verdict, rows, power };
  return { verdict, rows, power, counterexample: { params: params(first), measured: first.mean, bound: 0, seed, path: '' }, tightest: tightest() };
}
