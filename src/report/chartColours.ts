import type { Chart, ChartSeries } from '../claims/claim.js';

/**
 * Okabe–Ito colour-blind-safe palette, most distinct first (yellow left out: unreadable on white and in
 * print; orange last, as it is close to vermillion).
 */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#56B4E9', '#000000', '#E69F00', '#8C564B', '#7F7F7F'];

/** The thing a series is about: its `thing`, else its name. */
export const thingOf = (s: ChartSeries): string => s.thing ?? s.name;

/**
 * One colour per thing over all the charts of a claim, in order of first appearance, so that "layer 1"
 * or "degree 2" has the same colour in every chart and a prediction that of the measurement it predicts.
 */
export function chartColours(charts: readonly Chart[]): ReadonlyMap<string, string> {
  const colours = new Map<string, string>();
  for (const chart of charts) for (const s of chart.series) if (!colours.has(thingOf(s))) colours.set(thingOf(s), PALETTE[colours.size % PALETTE.length]!);
  return colours;
}
