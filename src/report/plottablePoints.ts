import type { Chart, ChartSeries } from '../claims/claim.js';

/** A series' drawable points, as runs broken where a point had to be dropped. */
export interface PlottableSeries {
  readonly segments: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
  /** Points with a coordinate ≤ 0 on a log axis (x or y). */
  readonly nonPositive: { readonly x: number; readonly y: number };
  /** Points with a NaN / ±Infinity coordinate (stored in results.json as a string). */
  readonly nonFinite: number;
}

/**
 * Split a series into what a chart can draw: a point needs two finite numbers, and a positive value on
 * each log axis. Dropped points are counted (by reason, so the chart can say so) and break a line, so
 * that no segment bridges a value that could not be placed.
 */
export function plottablePoints(series: ChartSeries, axes: Pick<Chart, 'xScale' | 'yScale'>): PlottableSeries {
  const segments: Array<Array<readonly [number, number]>> = [];
  const nonPositive = { x: 0, y: 0 };
  let nonFinite = 0;
  let run: Array<readonly [number, number]> = [];
  for (const [x, y] of series.points) {
    let dropped = true;
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) nonFinite++;
    else if (axes.xScale === 'log' && x <= 0) nonPositive.x++;
    else if (axes.yScale === 'log' && y <= 0) nonPositive.y++;
    else dropped = false;
    if (!dropped) run.push([x, y]);
    else if (run.length > 0) {
      segments.push(run);
      run = [];
    }
  }
  if (run.length > 0) segments.push(run);
  return { segments, nonPositive, nonFinite };
}
