import type { Chart, ChartSeries } from '../claims/claim.js';

/**
 * Okabe–Ito colour-blind-safe palette, most distinct first (yellow left out: unreadable on white and in
 * print; orange last, as it is close to vermillion).
 */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#56B4E9', '#000000', '#E69F00', '#8C564B', '#7F7F7F'];

/**
 * The thing a series is about: its `thing`; else the name of another series of the same claim that
 * this name extends by a qualifier ("k = 2: ∝ 1/d" is about "k = 2", "degree 2, predicted" about
 * "degree 2"); else its own name.
 */
export function thingOf(s: ChartSeries, names: ReadonlySet<string> = new Set()): string {
  if (s.thing) return s.thing;
  let best = '';
  for (const other of names) if (other.length > best.length && other !== s.name && new RegExp(`^${other.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[,:;(]`).test(s.name)) best = other;
  return best || s.name;
}

/** Every series name of a claim's charts (the candidates thingOf looks for). */
export const seriesNames = (charts: readonly Chart[]): ReadonlySet<string> => new Set(charts.flatMap((c) => c.series.map((s) => s.name)));

/**
 * One colour per thing over all the charts of a claim, in order of first appearance, so that "layer 1"
 * or "degree 2" has the same colour in every chart and a prediction that of the measurement it predicts.
 */
export function chartColours(charts: readonly Chart[]): ReadonlyMap<string, string> {
  const names = seriesNames(charts);
  const colours = new Map<string, string>();
  for (const chart of charts) for (const s of chart.series) if (!colours.has(thingOf(s, names))) colours.set(thingOf(s, names), PALETTE[colours.size % PALETTE.length]!);
  return colours;
}
