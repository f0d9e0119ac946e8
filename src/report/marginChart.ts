import type { Chart, ChartSeries, MeasurementTable, Power } from '../claims/claim.js';

/** Fewer cases than this say more in the table than in a chart. */
const MIN_CASES = 3;

/**
 * The chart of a claim that draws none of its own: the margin of every drawn case, smallest first (an
 * empirical quantile plot of the decision) — how close the cases came to failing, in the unit of the
 * claim's margin (Power.marginLabel): violated cases, cases that could have failed and satisfied the
 * claim, and cases that could not have failed (whose margin measures the missing power) are separate series. Built from results.json alone; undefined when there are too few cases.
 */
export function marginChart(table: MeasurementTable, power: Power): Chart | undefined {
  const rows = table.rows.filter((r) => Number.isFinite(r.margin));
  if (rows.length < MIN_CASES) return undefined;
  const ranked = rows.map((r) => ({ ok: r.ok, decided: r.decided, margin: r.margin })).sort((a, b) => a.margin - b.margin);
  const series = (name: string, keep: (r: (typeof ranked)[number]) => boolean): ChartSeries => ({
    name,
    thing: name,
    style: 'points',
    points: ranked.flatMap((r, i) => (keep(r) ? [[i + 1, r.margin] as [number, number]] : [])),
  });
  const drawn = [
    series('violated', (r) => !r.ok),
    series('could have failed, satisfied', (r) => r.ok && r.decided),
    series('could not have failed (undecided)', (r) => r.ok && !r.decided),
  ].filter((s) => s.points.length > 0);
  const violated = ranked.filter((r) => !r.ok).length;
  return {
    id: 'margins',
    title: `Margin of each of the ${rows.length} drawn cases, smallest first${violated > 0 ? ` (${violated} violated)` : ''}${rows.length < table.rows.length ? `; ${table.rows.length - rows.length} with a non-finite margin not drawn` : ''}`,
    xLabel: 'case, by rank of its margin',
    yLabel: power.marginLabel || 'margin',
    xScale: 'linear',
    yScale: 'linear',
    xInteger: true,
    // The zero line where some margin is negative (a violation, or a case without power).
    series: ranked[0]!.margin < 0 ? [...drawn, { name: 'margin 0', style: 'bound', points: [[1, 0], [rows.length, 0]] }] : drawn,
  };
}
