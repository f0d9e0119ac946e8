import type { Chart, ChartSeries } from '../claim.js';
import type { DegreeOutcome } from './orderOfLearning.js';

/**
 * The fitted rates ρ_k of the §4 experiments against the degree, one series per run (target or input
 * distribution), each with the whisker ±3 standard errors the order test works with; runs are spread
 * a little around each degree so their whiskers do not overlap. `predicted`: the kernel rate s·μ_k,
 * dashed, with its band (the interval the decision uses) as whiskers. Degrees without a fitted rate
 * (fast or unmeasurable) are not drawn and are named in the legend.
 */
export function rateChart(spec: {
  readonly id: string;
  readonly title: string;
  readonly runs: readonly { readonly label: string; readonly degrees: readonly number[]; readonly fits: readonly DegreeOutcome[] }[];
  readonly predicted: readonly { readonly k: number; readonly predicted: number; readonly lower: number; readonly upper: number }[];
}): Chart {
  const spread = 0.06;
  const series: ChartSeries[] = spec.runs.map((run, i) => {
    const offset = (i - (spec.runs.length - 1) / 2) * spread;
    const fitted = run.fits.flatMap((f) => (f.status === 'fit' ? [f] : []));
    const missing = run.fits.filter((f) => f.status !== 'fit').map((f) => `k = ${f.k} ${f.status}`);
    return {
      name: `${run.label}${missing.length > 0 ? ` (not drawn: ${missing.join(', ')})` : ''}`,
      thing: run.label,
      style: 'points' as const,
      points: fitted.map((f) => [f.k + offset, f.rate] as const),
      intervals: fitted.map((f) => [f.rate - 3 * f.standardError, f.rate + 3 * f.standardError] as const),
    };
  });
  if (spec.predicted.length > 0) {
    series.push({
      name: 'kernel rate s·μ_k, whiskers: its band',
      thing: 'kernel rate',
      style: 'dashed',
      points: spec.predicted.map((p) => [p.k, p.predicted] as const),
      intervals: spec.predicted.map((p) => [p.lower, p.upper] as const),
    });
  }
  return { id: spec.id, title: spec.title, xLabel: 'degree k', yLabel: 'fitted rate ρ_k (per step)', xScale: 'linear', yScale: 'log', xInteger: true, series };
}
