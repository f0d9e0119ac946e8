import type { Chart, ChartSeries } from '../claim.js';
import { sampleAxis } from './glossary.js';

/**
 * Series that show a rate decision on log-log axes, for one measured quantity y against a swept size x
 * (width m or sample size n): every independent run (points), the least-squares power law the decision
 * fits through them, x^β̂ (dashed; it passes through the mean of log x and log y), and the claimed rate
 * x^(claimed) through the same centre (dotted) — all in the colour of `thing`.
 */
export function rateSeries(spec: { name: string; xs: readonly number[]; ys: readonly number[]; exponent: number; claimed: number; claimedLabel: string; variable: string }): ChartSeries[] {
  const keep = spec.xs.flatMap((x, i) => (x > 0 && spec.ys[i]! > 0 ? [[x, spec.ys[i]!] as const] : []));
  if (keep.length === 0) return [];
  const mx = keep.reduce((s, p) => s + Math.log(p[0]), 0) / keep.length;
  const my = keep.reduce((s, p) => s + Math.log(p[1]), 0) / keep.length;
  const lo = Math.min(...keep.map((p) => p[0]));
  const hi = Math.max(...keep.map((p) => p[0]));
  const line = (beta: number) => sampleAxis(lo, hi, 'log', 30).map((x) => [x, Math.exp(my + beta * (Math.log(x) - mx))] as const);
  return [
    { name: `${spec.name}, per run`, thing: spec.name, style: 'points', points: keep },
    { name: `${spec.name}, fitted ∝ ${spec.variable}^(${minus(spec.exponent.toFixed(2))})`, thing: spec.name, style: 'dashed', points: line(spec.exponent) },
    { name: `${spec.name}, ${spec.claimedLabel}`, thing: spec.name, style: 'bound', points: line(spec.claimed) },
  ];
}

/**
 * One fitted exponent per case with its 95 % interval (the interval the decision uses), against the
 * threshold β* (holds when the interval lies at or below it) and the power reference (what a false claim
 * would reach).
 */
export function exponentChart(spec: {
  id: string;
  title: string;
  quantities: ReadonlyArray<{ name: string; intervals: ReadonlyArray<{ exponent: number; lower: number; upper: number }> }>;
  threshold: { name: string; values: readonly number[] };
  reference: { name: string; value: number };
}): Chart {
  const q = spec.quantities.length;
  const cases = Math.max(1, ...spec.quantities.map((x) => x.intervals.length));
  // Several quantities of one case side by side, a little apart, around the case number.
  const offset = (j: number) => (q === 1 ? 0 : (j - (q - 1) / 2) * 0.12);
  const across = (y: number) => [[0.6, y], [cases + 0.4, y]] as const;
  return {
    id: spec.id,
    title: spec.title,
    xLabel: 'case',
    yLabel: 'fitted exponent, with its 95 % interval',
    xScale: 'linear',
    yScale: 'linear',
    xInteger: true,
    series: [
      ...spec.quantities.map((quantity, j) => ({
        name: quantity.name,
        thing: quantity.name,
        style: 'points' as const,
        points: quantity.intervals.map((e, i) => [i + 1 + offset(j), e.exponent] as const),
        intervals: quantity.intervals.map((e) => [e.lower, e.upper] as const),
      })),
      // β* is a number of each case (it depends on the swept sizes): drawn as a point of the case, so that the
      // y-range includes it.
      { name: spec.threshold.name, style: 'points' as const, points: spec.threshold.values.map((b, i) => [i + 1, b] as const) },
      { name: spec.reference.name, style: 'bound' as const, points: across(spec.reference.value) },
    ],
  };
}

const minus = (text: string) => text.replace('-', '−');

/** "[lo, hi]" (as the tables print an interval) back to numbers. */
export function parseInterval(text: unknown): { lower: number; upper: number } {
  const [lower, upper] = String(text).slice(1, -1).split(',').map(Number);
  return { lower: lower ?? Number.NaN, upper: upper ?? Number.NaN };
}
