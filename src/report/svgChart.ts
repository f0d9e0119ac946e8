/**
 * Charts of the report as inline SVG, drawn by this module rather than a chart library: the report must
 * open from disk with nothing fetched and no script run, and must render in Node without a browser; a
 * library doing that (Vega-Lite + a server-side renderer) is a large dependency for a handful of line
 * charts, while ~200 lines here give exact control of what matters for the theory — decade ticks on log
 * axes, dashed claimed/predicted rates, and saying which points a log axis could not show.
 */
import type { Chart } from '../claims/claim.js';
import type { AxisScale } from './axisScale.js';
import { escapeHtml } from './escapeHtml.js';
import { linearScale } from './linearScale.js';
import { logScale } from './logScale.js';
import { plottablePoints } from './plottablePoints.js';

const WIDTH = 640;
const LEFT = 78;
const RIGHT = 20;
const TOP = 14;
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = 300;
const LEGEND_TOP = TOP + PLOT_H + 58;
const LEGEND_ROW = 18;
/** Okabe–Ito colour-blind-safe palette (yellow left out: unreadable on white and in print). */
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
const DASH = '7 4';

const f = (v: number) => v.toFixed(1);

function scaleFor(kind: Chart['xScale'], values: readonly number[]): AxisScale {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return kind === 'log' ? logScale(min, max) : linearScale(min, max);
}

/** The notes under a chart: which points are not drawn and why. */
function dropNotes(chart: Chart, series: ReadonlyArray<ReturnType<typeof plottablePoints>>): string[] {
  const sum = (pick: (s: ReturnType<typeof plottablePoints>) => number) => series.reduce((n, s) => n + pick(s), 0);
  const plural = (n: number) => (n === 1 ? '1 point' : `${n} points`);
  const notes: string[] = [];
  const x = sum((s) => s.nonPositive.x);
  const y = sum((s) => s.nonPositive.y);
  const bad = sum((s) => s.nonFinite);
  if (x > 0) notes.push(`${plural(x)} with ${chart.xLabel || 'x'} ≤ 0 not drawn (log x axis)`);
  if (y > 0) notes.push(`${plural(y)} with ${chart.yLabel || 'y'} ≤ 0 not drawn (log y axis)`);
  if (bad > 0) notes.push(`${plural(bad)} with a non-finite coordinate not drawn`);
  return notes;
}

function axes(xs: AxisScale, ys: AxisScale, chart: Chart): string {
  const out: string[] = [];
  const bottom = TOP + PLOT_H;
  for (const t of xs.ticks) {
    const x = f(LEFT + t.position * PLOT_W);
    if (t.label === null) out.push(`<line class="minor" x1="${x}" y1="${bottom}" x2="${x}" y2="${bottom + 4}"/>`);
    else out.push(`<line class="grid" x1="${x}" y1="${TOP}" x2="${x}" y2="${bottom + 6}"/><text x="${x}" y="${bottom + 20}" text-anchor="middle">${escapeHtml(t.label)}</text>`);
  }
  for (const t of ys.ticks) {
    const y = f(bottom - t.position * PLOT_H);
    if (t.label === null) out.push(`<line class="minor" x1="${LEFT - 4}" y1="${y}" x2="${LEFT}" y2="${y}"/>`);
    else out.push(`<line class="grid" x1="${LEFT - 6}" y1="${y}" x2="${LEFT + PLOT_W}" y2="${y}"/><text x="${LEFT - 9}" y="${y}" dy="0.32em" text-anchor="end">${escapeHtml(t.label)}</text>`);
  }
  out.push(`<rect class="frame" x="${LEFT}" y="${TOP}" width="${PLOT_W}" height="${PLOT_H}"/>`);
  out.push(`<text class="axis-label" x="${f(LEFT + PLOT_W / 2)}" y="${bottom + 42}" text-anchor="middle">${escapeHtml(chart.xLabel)}${chart.xScale === 'log' ? ' (log scale)' : ''}</text>`);
  out.push(
    `<text class="axis-label" transform="translate(16 ${f(TOP + PLOT_H / 2)}) rotate(-90)" text-anchor="middle">${escapeHtml(chart.yLabel)}${chart.yScale === 'log' ? ' (log scale)' : ''}</text>`,
  );
  return out.join('');
}

function seriesMarks(style: Chart['series'][number]['style'], colour: string, pixels: ReadonlyArray<ReadonlyArray<readonly [number, number]>>): string {
  const dot = ([x, y]: readonly [number, number], r: number) => `<circle cx="${f(x)}" cy="${f(y)}" r="${r}" fill="${colour}"/>`;
  if (style === 'points') return pixels.flat().map((p) => dot(p, 3)).join('');
  const dash = style === 'dashed' ? ` stroke-dasharray="${DASH}"` : '';
  return pixels
    .map((seg) => (seg.length === 1 ? dot(seg[0]!, 2.5) : `<polyline fill="none" stroke="${colour}" stroke-width="2"${dash} points="${seg.map(([x, y]) => `${f(x)},${f(y)}`).join(' ')}"/>`))
    .join('');
}

function legendSample(style: Chart['series'][number]['style'], colour: string, y: number): string {
  if (style === 'points') return `<circle cx="${LEFT + 12}" cy="${y}" r="3" fill="${colour}"/>`;
  const dash = style === 'dashed' ? ` stroke-dasharray="${DASH}"` : '';
  return `<line x1="${LEFT}" y1="${y}" x2="${LEFT + 24}" y2="${y}" stroke="${colour}" stroke-width="2"${dash}/>`;
}

/**
 * One chart as a `<figure>`: the title as caption, an SVG with gridlines at labelled ticks, both axis
 * labels (marked "(log scale)" on log axes), one colour per series (solid = measured, dashed =
 * claimed/predicted, dots = scatter), a legend, and a note counting the points not drawn.
 * `uid` must be unique in the page (it names the clip path).
 */
export function svgChart(chart: Chart, uid: string): string {
  const plottable = chart.series.map((s) => plottablePoints(s, chart));
  const points = plottable.flatMap((p) => p.segments.flat());
  const height = LEGEND_TOP + chart.series.length * LEGEND_ROW;
  const body: string[] = [];
  if (points.length === 0) {
    body.push(`<rect class="frame" x="${LEFT}" y="${TOP}" width="${PLOT_W}" height="${PLOT_H}"/>`);
    body.push(`<text x="${f(LEFT + PLOT_W / 2)}" y="${f(TOP + PLOT_H / 2)}" text-anchor="middle">no plottable points</text>`);
  } else {
    const xs = scaleFor(chart.xScale, points.map((p) => p[0]));
    const ys = scaleFor(chart.yScale, points.map((p) => p[1]));
    const toPixel = ([x, y]: readonly [number, number]) => [LEFT + xs.fraction(x) * PLOT_W, TOP + (1 - ys.fraction(y)) * PLOT_H] as const;
    body.push(axes(xs, ys, chart));
    body.push(`<clipPath id="${uid}-clip"><rect x="${LEFT - 4}" y="${TOP - 4}" width="${PLOT_W + 8}" height="${PLOT_H + 8}"/></clipPath>`);
    body.push(`<g clip-path="url(#${uid}-clip)">`);
    plottable.forEach((p, i) => body.push(seriesMarks(chart.series[i]!.style, COLOURS[i % COLOURS.length]!, p.segments.map((seg) => seg.map(toPixel)))));
    body.push('</g>');
  }
  chart.series.forEach((s, i) => {
    const y = LEGEND_TOP + i * LEGEND_ROW;
    const empty = plottable[i]!.segments.length === 0 ? ' (no plottable points)' : '';
    body.push(`<g class="legend">${legendSample(s.style, COLOURS[i % COLOURS.length]!, y)}<text x="${LEFT + 32}" y="${y}" dy="0.32em">${escapeHtml(s.name + empty)}</text></g>`);
  });
  const notes = dropNotes(chart, plottable);
  return [
    `<figure class="chart" id="${uid}">`,
    `<figcaption>${escapeHtml(chart.title)}</figcaption>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(chart.title)}">`,
    `<title>${escapeHtml(chart.title)}</title>`,
    body.join(''),
    '</svg>',
    notes.length > 0 ? `<p class="chart-note">${escapeHtml(notes.join('; '))}.</p>` : '',
    '</figure>',
  ].join('');
}
