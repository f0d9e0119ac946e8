/**
 * Charts of the report as inline SVG, drawn by this module rather than a chart library: the report must
 * open from disk with nothing fetched and no script run, and must render in Node without a browser; a
 * library doing that (Vega-Lite + a server-side renderer) is a large dependency for a handful of line
 * charts, while ~200 lines here give exact control of what matters for the theory — decade ticks on log
 * axes, dashed claimed/predicted rates, and saying which points a log axis could not show.
 */
import type { Chart, ChartSeries } from '../claims/claim.js';
import type { AxisScale } from './axisScale.js';
import { chartColours, seriesNames, thingOf } from './chartColours.js';
import { escapeHtml } from './escapeHtml.js';
import { escapeProse } from './escapeProse.js';
import { linearScale } from './linearScale.js';
import { logScale } from './logScale.js';
import { dotsPath, halfPixel, linePath } from './pathData.js';
import { plottablePoints } from './plottablePoints.js';
import { simplifyPolyline } from './simplifyPolyline.js';

const WIDTH = 640;
const LEFT = 78;
const RIGHT = 20;
const TOP = 14;
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = 300;
const LEGEND_TOP = TOP + PLOT_H + 58;
const LEGEND_ROW = 18;
/** Height available to the rotated y label (the plot and the axis below it) and a generous width per character of the 12 px label font. */
const Y_LABEL_PX = PLOT_H + 2 * TOP;
const LABEL_CHAR_PX = 7;
/** Room around the data, as a fraction of its range (of its span in decades on a log axis, there at least 0.05 decade). */
const LOG_ROOM = 0.04;

/** Pixel coordinates of data marks, to the half pixel (finer is invisible and only weighs on the page). */
const f = (v: number) => String(halfPixel(v));
const isMeasured = (s: ChartSeries) => s.style === 'line' || s.style === 'points';

function extent(values: readonly number[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return [min, max];
}

/**
 * The axis over `values` with a little room, so that no point sits on the frame: a few percent of the
 * range (of the decades on a log axis), then, on a linear axis, out to the next nice step.
 */
function scaleFor(kind: Chart['xScale'], values: readonly number[], integer = false): AxisScale {
  const [min, max] = extent(values);
  if (kind === 'linear') {
    const room = (max - min) * LOG_ROOM;
    return linearScale(min - room, max + room, integer);
  }
  const room = 10 ** Math.max(0.05, LOG_ROOM * Math.log10(max / min));
  return logScale(min / room, max * room);
}

/** Split runs where an integer x skips a value (a degree left out is not a point the line passes). */
function breakAtSkips(segments: ReadonlyArray<ReadonlyArray<readonly [number, number]>>): Array<ReadonlyArray<readonly [number, number]>> {
  const steps = segments.flatMap((seg) => seg.slice(1).map((p, i) => Math.abs(p[0] - seg[i]![0]))).filter((d) => d > 0);
  if (steps.length === 0) return [...segments];
  const unit = Math.min(...steps);
  return segments.flatMap((seg) => {
    const runs: Array<Array<readonly [number, number]>> = [[seg[0]!]];
    for (let i = 1; i < seg.length; i++) {
      if (Math.abs(seg[i]![0] - seg[i - 1]![0]) > unit * (1 + 1e-9)) runs.push([]);
      runs.at(-1)!.push(seg[i]!);
    }
    return runs;
  });
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
  // All minor ticks of a chart are one path, and all gridlines another (one element each, not one per tick).
  const minor: string[] = [];
  const grid: string[] = [];
  // Tick labels share their anchoring and one coordinate: written once on their group (class x-ticks / y-ticks).
  const xLabels: string[] = [];
  const yLabels: string[] = [];
  for (const t of xs.ticks) {
    const x = f(LEFT + t.position * PLOT_W);
    if (t.label === null) minor.push(`M${x} ${bottom}v4`);
    else {
      grid.push(`M${x} ${TOP}V${bottom + 6}`);
      xLabels.push(`<text x="${x}">${escapeHtml(t.label)}</text>`);
    }
  }
  for (const t of ys.ticks) {
    const y = f(bottom - t.position * PLOT_H);
    if (t.label === null) minor.push(`M${LEFT - 4} ${y}h4`);
    else {
      grid.push(`M${LEFT - 6} ${y}H${LEFT + PLOT_W}`);
      yLabels.push(`<text y="${y}">${escapeHtml(t.label)}</text>`);
    }
  }
  if (xLabels.length > 0) out.push(`<g class="x-ticks" transform="translate(0 ${bottom + 20})">${xLabels.join('')}</g>`);
  if (yLabels.length > 0) out.push(`<g class="y-ticks" transform="translate(${LEFT - 9} 0)">${yLabels.join('')}</g>`);
  if (minor.length > 0) out.unshift(`<path class="minor" d="${minor.join('')}"/>`);
  if (grid.length > 0) out.unshift(`<path class="grid" d="${grid.join('')}"/>`);
  out.push(`<rect class="frame" x="${LEFT}" y="${TOP}" width="${PLOT_W}" height="${PLOT_H}"/>`);
  out.push(`<text class="axis-label" x="${f(LEFT + PLOT_W / 2)}" y="${bottom + 42}">${escapeProse(chart.xLabel)}${chart.xScale === 'log' ? ' (log scale)' : ''}</text>`);
  // A y label longer than the chart is tall is compressed to fit (textLength), never cut at the SVG's edge.
  const yLabel = `${chart.yLabel}${chart.yScale === 'log' ? ' (log scale)' : ''}`;
  const fit = [...yLabel].length * LABEL_CHAR_PX > Y_LABEL_PX ? ` textLength="${Y_LABEL_PX}" lengthAdjust="spacingAndGlyphs"` : '';
  out.push(`<text class="axis-label" transform="translate(16 ${f(TOP + PLOT_H / 2)}) rotate(-90)"${fit}>${escapeProse(yLabel)}</text>`);
  return out.join('');
}

/**
 * A polyline thinned to what the plot can show: per pixel column, the first, lowest, highest and last
 * vertex (so peaks and the path's ends survive), which bounds a line to ≈ 4 vertices per pixel of width
 * however many steps a training curve has; then only the vertices farther than a quarter pixel from the
 * simplified line are kept (half the half-pixel drawing precision, so the drawn line does not change).
 */
function thinned(seg: ReadonlyArray<readonly [number, number]>): ReadonlyArray<readonly [number, number]> {
  if (seg.length <= 2 * PLOT_W) return simplifyPolyline(seg, 0.25);
  const out: Array<readonly [number, number]> = [];
  let column: Array<readonly [number, number]> = [];
  const flush = () => {
    if (column.length === 0) return;
    const low = column.reduce((a, b) => (b[1] > a[1] ? b : a));
    const high = column.reduce((a, b) => (b[1] < a[1] ? b : a));
    const keep = [column[0]!, low, high, column[column.length - 1]!];
    for (const p of keep) if (out[out.length - 1] !== p) out.push(p);
    column = [];
  };
  for (const p of seg) {
    if (column.length > 0 && Math.round(p[0]) !== Math.round(column[0]![0])) flush();
    column.push(p);
  }
  flush();
  return simplifyPolyline(out, 0.25);
}

/** The classes of a series' marks: its kind, and how it is stroked (the page's style sheet draws them: widths, dashes, caps). */
const STYLE_CLASS: Readonly<Record<ChartSeries['style'], string>> = { line: '', points: '', dashed: ' predicted', bound: ' bound' };

/**
 * The marks of one series, one `<path>` per line segment and one for all its dots (zero-length subpaths
 * with round caps: a dot of diameter = stroke width; `lone` for the smaller dots of isolated points of a
 * line). Class `line`/`dots`, plus `predicted` (dashed) or `bound` (dotted).
 */
function seriesMarks(style: ChartSeries['style'], colour: string, pixels: ReadonlyArray<ReadonlyArray<readonly [number, number]>>): string {
  const kind = STYLE_CLASS[style];
  const dots = (points: ReadonlyArray<readonly [number, number]>, lone: string) =>
    points.length === 0 ? '' : `<path class="dots${lone}${kind}" d="${dotsPath(points)}" stroke="${colour}"/>`;
  if (style === 'points') return dots(pixels.flat(), '');
  const lines = pixels.filter((seg) => seg.length > 1).map((seg) => `<path class="line${kind}" d="${linePath(thinned(seg))}" stroke="${colour}"/>`);
  return lines.join('') + dots(pixels.filter((seg) => seg.length === 1).flat(), ' lone');
}

/** Whiskers of the intervals a decision uses, at the series' points: one path for all of a series. */
function intervalMarks(series: ChartSeries, colour: string, toPixel: (p: readonly [number, number]) => readonly [number, number], drawable: (p: readonly [number, number]) => boolean): string {
  if (!series.intervals) return '';
  const whiskers = series.points
    .map(([x], i) => {
      const iv = series.intervals![i];
      if (!iv || !drawable([x, iv[0]]) || !drawable([x, iv[1]])) return '';
      const [px, lo] = toPixel([x, iv[0]]);
      const [, hi] = toPixel([x, iv[1]]);
      return `M${f(px)},${f(lo)}V${f(hi)}M${f(px - 4)},${f(lo)}h8M${f(px - 4)},${f(hi)}h8`;
    })
    .join('');
  return whiskers === '' ? '' : `<path class="interval" d="${whiskers}" stroke="${colour}"/>`;
}

/** A legend's sample of a series: a dot, or 24 px of its line. */
function legendSample(style: ChartSeries['style'], colour: string, y: number): string {
  return style === 'points' ? `<path class="dots" d="M${LEFT + 12} ${y}h0" stroke="${colour}"/>` : `<path class="line${STYLE_CLASS[style]}" d="M${LEFT} ${y}h24" stroke="${colour}"/>`;
}

/**
 * One chart as a `<figure>`: the title as caption, an SVG with gridlines at labelled ticks, both axis
 * labels (marked "(log scale)" on log axes), a legend, and notes counting the points not drawn.
 * The y-range is set by the measured series (with a little room); predicted and bound series are clipped
 * to it, and the note says how many of their points lie outside. Colour follows the series' thing
 * (`colours`: the claim's map, the same in all its charts), line style its kind (solid = measured,
 * dashed = predicted/claimed, dotted = bound, dots = scatter); measured intervals are drawn as whiskers.
 * `uid` must be unique in the page (it names the clip path).
 */
export function svgChart(chart: Chart, uid: string, colours: ReadonlyMap<string, string> = chartColours([chart])): string {
  const plottable = chart.series.map((s) => {
    const p = plottablePoints(s, chart);
    return chart.xInteger ? { ...p, segments: breakAtSkips(p.segments) } : p;
  });
  const points = plottable.flatMap((p) => p.segments.flat());
  const drawable = ([x, y]: readonly [number, number]) => Number.isFinite(x) && Number.isFinite(y) && (chart.xScale !== 'log' || x > 0) && (chart.yScale !== 'log' || y > 0);
  const measuredY = chart.series.flatMap((s, i) =>
    isMeasured(s) ? [...plottable[i]!.segments.flat().map((p) => p[1]), ...(s.intervals ?? []).flat().filter((y, j) => drawable([s.points[j >> 1]?.[0] ?? 1, y]))] : [],
  );
  const names = new Set([...colours.keys(), ...seriesNames([chart])]);
  const colour = (s: ChartSeries) => colours.get(thingOf(s, names)) ?? colours.get(s.name) ?? '#000000';
  const height = LEGEND_TOP + chart.series.length * LEGEND_ROW;
  const body: string[] = [];
  let clipped = 0;
  const hidden: string[] = [];
  if (points.length === 0) {
    body.push(`<rect class="frame" x="${LEFT}" y="${TOP}" width="${PLOT_W}" height="${PLOT_H}"/>`);
    body.push(`<text x="${f(LEFT + PLOT_W / 2)}" y="${f(TOP + PLOT_H / 2)}" text-anchor="middle">no plottable points</text>`);
  } else {
    const xs = scaleFor(chart.xScale, points.map((p) => p[0]), chart.xInteger);
    const ys = scaleFor(chart.yScale, measuredY.length > 0 ? measuredY : points.map((p) => p[1]));
    const toPixel = ([x, y]: readonly [number, number]) => [LEFT + xs.fraction(x) * PLOT_W, TOP + (1 - ys.fraction(y)) * PLOT_H] as const;
    const outside = ([, y]: readonly [number, number]) => ys.fraction(y) < -1e-9 || ys.fraction(y) > 1 + 1e-9;
    // A predicted or bound series wholly outside the measured range is named (its legend entry points at
    // nothing drawn); the points of the others that are outside are counted.
    plottable.forEach((p, i) => {
      const s = chart.series[i]!;
      const points = p.segments.flat();
      if (isMeasured(s) || points.length === 0) return;
      if (points.every(outside)) hidden.push(s.name);
      else clipped += points.filter(outside).length;
    });
    body.push(axes(xs, ys, chart));
    body.push(`<clipPath id="${uid}-clip"><rect x="${LEFT}" y="${TOP}" width="${PLOT_W}" height="${PLOT_H}"/></clipPath>`);
    body.push(`<g clip-path="url(#${uid}-clip)">`);
    plottable.forEach((p, i) => {
      const s = chart.series[i]!;
      body.push(seriesMarks(s.style, colour(s), p.segments.map((seg) => seg.map(toPixel))));
      body.push(intervalMarks(s, colour(s), toPixel, drawable));
    });
    body.push('</g>');
  }
  // The legend: per series its sample, then its name (one group; the style sheet centres the names on their samples).
  const legend = chart.series.map((s, i) => {
    const y = LEGEND_TOP + i * LEGEND_ROW;
    const empty = plottable[i]!.segments.length === 0 ? ' (no plottable points)' : hidden.includes(s.name) ? ' (outside the plotted range)' : '';
    return `${legendSample(s.style, colour(s), y)}<text x="${LEFT + 32}" y="${y}">${escapeProse(s.name + empty)}</text>`;
  });
  if (legend.length > 0) body.push(`<g class="legend">${legend.join('')}</g>`);
  const notes = dropNotes(chart, plottable);
  if (hidden.length > 0) notes.push(`${hidden.map((name) => `“${name}”`).join(', ')} ${hidden.length === 1 ? 'lies' : 'lie'} wholly outside the measured range and ${hidden.length === 1 ? 'is' : 'are'} not drawn`);
  if (clipped > 0) notes.push(`${clipped === 1 ? '1 predicted or bound point lies' : `${clipped} predicted or bound points lie`} outside the measured range and ${clipped === 1 ? 'is' : 'are'} clipped`);
  return [
    `<figure class="chart" id="${uid}"${chart.xInteger ? ' data-x-integer="true"' : ''}>`,
    `<figcaption id="${uid}-title">${escapeProse(chart.title)}</figcaption>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${uid}-title">`,
    body.join(''),
    '</svg>',
    notes.length > 0 ? `<p class="chart-note">${escapeProse(notes.join('; '))}.</p>` : '',
    '</figure>',
  ].join('');
}
