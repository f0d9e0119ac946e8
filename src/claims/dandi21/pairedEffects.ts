import { studentTQuantile } from '../../numerics/studentT.js';
import type { Counterexample, MeasurementRow, Scalar, TightestForm } from '../claim.js';

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
  readonly lower: number;
  readonly upper: number;
  readonly decision: 'holds' | 'refuted' | 'inconclusive';
}

export function judgePairedEffects<T extends PairedEffect>(list: readonly T[], alpha = FAMILY_WISE_ALPHA): (T & JudgedEffect)[] {
  return list.map((c) => {
    const r = c.effects.length;
    const mean = c.effects.reduce((s, x) => s + x, 0) / r;
    if (r < 2 || !c.effects.every(Number.isFinite)) return { ...c, mean, lower: Number.NaN, upper: Number.NaN, decision: 'inconclusive' as const };
    const sd = Math.sqrt(c.effects.reduce((s, x) => s + (x - mean) ** 2, 0) / (r - 1));
    const half = (studentTQuantile(1 - alpha / (2 * list.length), r - 1) * sd) / Math.sqrt(r);
    const [lower, upper] = [mean - half, mean + half];
    return { ...c, mean, lower, upper, decision: lower > 0 ? ('holds' as const) : upper < 0 ? ('refuted' as const) : ('inconclusive' as const) };
  });
}

/** The claim's verdict from its decided comparisons: refuted if any is, holds if all hold. */
export function pairedVerdict(judged: readonly JudgedEffect[]): JudgedEffect['decision'] {
  if (judged.some((j) => j.decision === 'refuted')) return 'refuted';
  return judged.length > 0 && judged.every((j) => j.decision === 'holds') ? 'holds' : 'inconclusive';
}

/**
 * The parts of a claim's outcome that follow from its judged comparisons: one measurement row per
 * comparison (measured = mean effect, bound 0, failing when refuted), the verdict, and — when refuted —
 * the first refuted comparison as the counterexample (the experiment is a fixed design, so it has no
 * fast-check path: it replays with the claim's seed) with the tightest form the claim measures.
 */
export function pairedOutcome<T extends JudgedEffect>(
  judged: readonly T[],
  params: (j: T) => Readonly<Record<string, Scalar>>,
  seed: number,
  tightest: () => TightestForm,
): { verdict: JudgedEffect['decision']; rows: MeasurementRow[]; counterexample?: Counterexample; tightest?: TightestForm } {
  const rows = judged.map((j) => ({ params: params(j), measured: j.mean, bound: 0, ok: j.decision !== 'refuted' }));
  const first = judged.find((j) => j.decision === 'refuted');
  const verdict = pairedVerdict(judged);
  if (!first) return { verdict, rows };
  return { verdict, rows, counterexample: { params: params(first), measured: first.mean, bound: 0, seed, path: '' }, tightest: tightest() };
}
