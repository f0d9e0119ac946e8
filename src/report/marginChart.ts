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
  // A case with no numeric measurement (e.g. a quotient undefined at a zero coefficient) has no margin to draw.
  const rows = table.rows.filter((r) => Number.isFinite(r.margin) && typeof r.measured === 'number');
  if (rows.length < MIN_CASES) return undefined;
  const ranked = rows.map((r) => ({ ok: r.ok, decided: r.decided, margin: r.margin })).sort((a, b) => a.margin - b.margin);
  const series = (name: string, keep: (r: (typeof ranked)[number]) => boolean): ChartSeries => ({
    name,
    thing: name,
    style: 'points',
    points: ranked.flatMap((r, i) => (keep(r) ? [[i + 1, r.margin] as [number, number]] : [])),
  });
  const drawn = [
    series(VIOLATED, (r) => !r.ok),
    series(SATISFIED, (r) => r.ok && r.decided),
    series(UNDECIDED, (r) => r.ok && !r.decided),
  ].filter((s) => s.points.length > 0);
  const violated = ranked.filter((r) => !r.ok).length;
  const notDrawn = table.rows.length - rows.length;
  return {
    id: 'margins',
    // The margin's definition goes in the title: as an axis label it is often longer than the axis.
    title:
      `Margin of each of the ${rows.length} drawn cases, decided or not, smallest first${violated > 0 ? ` (${violated} violated)` : ''}` +
      `${notDrawn > 0 ? `; ${notDrawn} with a non-finite margin or no measured value not drawn` : ''} — margin: ${power.marginLabel || 'as in the table'}`,
    xLabel: 'case, by rank of its margin',
    yLabel: 'margin',
    xScale: 'linear',
    yScale: 'linear',
    xInteger: true,
    // The zero line where some margin is negative (a violation, or a case without power).
    series: ranked[0]!.margin < 0 ? [...drawn, { name: ZERO, style: 'bound', points: [[1, 0], [rows.length, 0]] }] : drawn,
  };
}

const VIOLATED = 'violated';
const SATISFIED = 'could have failed, satisfied';
const UNDECIDED = 'could not have failed (undecided)';
const ZERO = 'margin 0';

/** The margins chart's colours, the same in every claim: violated vermillion, decided blue, undecided grey, zero black. */
export const MARGIN_COLOURS: ReadonlyMap<string, string> = new Map([
  [VIOLATED, '#D55E00'],
  [SATISFIED, '#0072B2'],
  [UNDECIDED, '#7F7F7F'],
  [ZERO, '#000000'],
]);
