import { test, fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { ChartSeries } from '../../src/claims/claim.js';
import { REPORT_STYLE } from '../../src/report/reportStyle.js';
import { svgChart } from '../../src/report/svgChart.js';
import { fakeChart, HOSTILE, hostileText } from './fakeResults.js';
import { pathVertices } from './pathVertices.js';

/** The plot frame of a rendered chart. */
function frame(svg: string) {
  const m = /<rect class="frame" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
  const [x, y, w, h] = m.slice(1).map(Number) as [number, number, number, number];
  return { x, y, w, h };
}

/** Tick labels of one axis (in the group x-ticks or y-ticks), as label → pixel coordinate along the axis. */
function labels(svg: string, axis: 'x' | 'y'): Map<string, number> {
  const group = new RegExp(`<g class="${axis}-ticks" transform="translate\\(([\\d.]+) ([\\d.]+)\\)">(.*?)</g>`).exec(svg);
  if (!group) return new Map();
  return new Map([...group[3]!.matchAll(new RegExp(`<text ${axis}="([\\d.]+)">([^<]+)</text>`, 'g'))].map((m) => [m[2]!, Number(m[1])]));
}

/** The marks inside the clipped plot group (not the legend's samples). */
const plotted = (svg: string) => svg.slice(svg.indexOf('clip-path='), svg.indexOf('</g>', svg.indexOf('clip-path=')));

/** Every drawn data point (line vertices and dots inside the clipped group). */
function drawn(svg: string): Array<[number, number]> {
  return [...plotted(svg).matchAll(/<path class="(?:line|dots)[^"]*" d="([^"]+)"/g)].flatMap((m) => pathVertices(m[1]!));
}

/** The dash the page's style sheet gives a line of these classes ('solid' without one). */
function dashOf(classes: string): string {
  const rules = [...REPORT_STYLE.matchAll(/\.chart svg \.line\.(\w+) \{ stroke-dasharray: ([^;]+); \}/g)];
  return rules.filter((r) => classes.split(' ').includes(r[1]!)).at(-1)?.[2] ?? 'solid';
}

/** Stroke colour and dash of each line of a chart, in order. */
const lineStrokes = (svg: string) => [...svg.matchAll(/<path class="(line[^"]*)" d="[^"]*" stroke="([^"]+)"/g)].map((m) => [m[2], dashOf(m[1]!)]);

const series = (points: ChartSeries['points'], style: ChartSeries['style'] = 'line'): ChartSeries => ({ name: 'measured', style, points });

describe('svgChart: log axes, legends, dropped points', () => {
  it('places decade labels and data on log-log axes at log-proportional positions, with a little room around the data', () => {
    const svg = svgChart(fakeChart({ series: [series([[1, 1], [10, 1e-3], [100, 1e-6]], 'points')] }), 'c0');
    const f = frame(svg);
    const xs = labels(svg, 'x');
    const ys = labels(svg, 'y');
    expect([...xs.keys()]).toEqual(['10⁰', '10¹', '10²']);
    // Equal room on both sides in decades, so 10¹ sits in the middle; the room is a few percent, not a decade.
    expect(xs.get('10⁰')! - f.x).toBeGreaterThan(0);
    expect(xs.get('10⁰')! - f.x).toBeLessThan(0.06 * f.w);
    expect(xs.get('10⁰')! - f.x).toBeCloseTo(f.x + f.w - xs.get('10²')!, 1);
    expect(xs.get('10¹')).toBeCloseTo(f.x + f.w / 2, 1);
    expect([...ys.keys()]).toEqual(['10⁻⁶', '10⁻⁵', '10⁻⁴', '10⁻³', '10⁻²', '10⁻¹', '10⁰']);
    expect(ys.get('10⁻³')).toBeCloseTo(f.y + f.h / 2, 1);
    // The data point (10, 10⁻³) is drawn exactly at the labels 10¹ and 10⁻³.
    expect(drawn(svg)).toContainEqual([xs.get('10¹'), ys.get('10⁻³')]);
    expect(svg).toContain('k (log scale)');
    expect(svg).toContain('μ_k (log scale)');
  });

  it('sets the y-range by the measured series: a prediction falling to 1e−50 is clipped, not squashing the data, and the chart says so', () => {
    const measured = series([[1, 1], [2, 0.5], [3, 0.2], [4, 0.1]]);
    const predicted: ChartSeries = { name: 'predicted', style: 'dashed', points: [[1, 1], [2, 1e-10], [3, 1e-30], [4, 1e-50]] };
    const svg = svgChart(fakeChart({ xScale: 'linear', series: [measured, predicted] }), 'c5');
    const f = frame(svg);
    const ys = drawn(svg).slice(0, 4).map(([, y]) => y);
    // The measured decade (0.1 … 1) fills the plot height but for the room (≥ 90 %).
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(0.9 * f.h);
    expect(svg).toContain('3 predicted or bound points lie outside the measured range and are clipped');
    // A reference wholly outside the measured range is named, in the note and in its legend entry.
    const far = svgChart(fakeChart({ series: [series([[1, 1], [2, 0.5]]), { name: 'rate −1/4', style: 'bound', points: [[1, 1e-9], [2, 1e-10]] }] }), 'c10');
    expect(far).toContain('“rate −1/4” lies wholly outside the measured range and is not drawn');
    expect(far).toContain('>rate −1/4 (outside the plotted range)</text>');
  });

  it('colours by the thing a series is about: a prediction has its measurement\'s colour, other things other colours, dash by kind', () => {
    const svg = svgChart(
      fakeChart({
        series: [
          { name: 'degree 2, measured', thing: 'degree 2', style: 'line', points: [[1, 1], [2, 0.5]] },
          { name: 'degree 2, predicted', thing: 'degree 2', style: 'dashed', points: [[1, 1], [2, 0.4]] },
          { name: 'degree 4, measured', thing: 'degree 4', style: 'line', points: [[1, 0.3], [2, 0.2]] },
          { name: 'bound', style: 'bound', points: [[1, 0.9], [2, 0.9]] },
        ],
      }),
      'c6',
    );
    const strokes = lineStrokes(plotted(svg));
    expect(strokes[0]![0]).toBe(strokes[1]![0]);
    expect(new Set([strokes[0]![0], strokes[2]![0], strokes[3]![0]]).size).toBe(3);
    expect(strokes.map((s) => s[1])).toEqual(['solid', '7 4', 'solid', '2 3']);
  });

  it('without a thing, a series whose name qualifies another\'s ("k = 2: ∝ 1/d" of "k = 2") takes that series\' colour', () => {
    const svg = svgChart(
      fakeChart({
        series: [
          { name: 'k = 2', style: 'line', points: [[1, 1], [2, 0.5]] },
          { name: 'k = 2: ∝ 1/d', style: 'dashed', points: [[1, 1], [2, 0.4]] },
          { name: 'k = 20', style: 'line', points: [[1, 0.3], [2, 0.2]] },
        ],
      }),
      'c9',
    );
    const strokes = lineStrokes(plotted(svg)).map((s) => s[0]);
    expect(strokes[0]).toBe(strokes[1]);
    expect(strokes[2]).not.toBe(strokes[0]);
  });

  it('on an integer x axis labels only integers and draws no line across a skipped value', () => {
    const svg = svgChart(fakeChart({ xScale: 'linear', xInteger: true, series: [series([[1, 1], [2, 0.5], [4, 0.2]])] }), 'c7');
    for (const label of labels(svg, 'x').keys()) expect(label, label).toMatch(/^[-−]?\d+$/);
    expect(plotted(svg).match(/<path class="line"/g)).toHaveLength(1);
    expect(pathVertices(/<path class="dots[^"]*" d="([^"]+)"/.exec(plotted(svg))![1]!)).toHaveLength(1);
  });

  it('draws the intervals of a decision as whiskers inside the plot, and widens the y-range to hold them', () => {
    const svg = svgChart(fakeChart({ xScale: 'linear', yScale: 'linear', series: [{ name: 'effect', style: 'points', points: [[1, 0.5], [2, 0.2]], intervals: [[0.1, 0.9], [-0.4, 0.8]] }] }), 'c8');
    const f = frame(svg);
    const d = /<path class="interval" d="([^"]+)"/.exec(svg)![1]!;
    const whiskers = [...d.matchAll(/M([\d.]+),([\d.]+)V([\d.]+)/g)].map((m) => [Number(m[2]), Number(m[3])]);
    expect(whiskers).toHaveLength(2);
    for (const [lo, hi] of whiskers) {
      expect(lo).toBeLessThanOrEqual(f.y + f.h + 0.1);
      expect(hi).toBeGreaterThanOrEqual(f.y - 0.1);
      expect(lo).toBeGreaterThan(hi);
    }
  });

  test.prop([
    fc.array(
      fc.tuple(fc.integer({ min: -40, max: 40 }), fc.double({ min: 1, max: 9.9, noNaN: true }), fc.integer({ min: -40, max: 40 }), fc.double({ min: 1, max: 9.9, noNaN: true })),
      { minLength: 1, maxLength: 30 },
    ),
  ])('draws every positive point inside the plot frame', (raw) => {
    const points = raw.map(([ex, mx, ey, my]) => [mx * 10 ** ex, my * 10 ** ey] as const);
    const svg = svgChart(fakeChart({ series: [series(points, 'points')] }), 'c1');
    const f = frame(svg);
    const pixels = drawn(svg);
    expect(pixels).toHaveLength(points.length);
    for (const [x, y] of pixels) {
      expect(x).toBeGreaterThanOrEqual(f.x - 0.1);
      expect(x).toBeLessThanOrEqual(f.x + f.w + 0.1);
      expect(y).toBeGreaterThanOrEqual(f.y - 0.1);
      expect(y).toBeLessThanOrEqual(f.y + f.h + 0.1);
    }
  });

  it('drops values ≤ 0 on a log axis and non-finite values, says how many, and breaks the line there', () => {
    const svg = svgChart(fakeChart({ series: [series([[1, 1], [2, 0], [3, -1], [4, 4], [5, 'NaN' as unknown as number], [6, 2], [7, 3]])] }), 'c2');
    expect(svg).toContain('2 points with μ_k ≤ 0 not drawn (log y axis); 1 point with a non-finite coordinate not drawn.');
    // Segments: [1] alone (a dot), [4] alone (a dot), [6, 7] (a line).
    expect(plotted(svg).match(/<path class="line"/g)).toHaveLength(1);
    expect(drawn(svg)).toHaveLength(4);
  });

  it('keeps non-positive values on a linear axis', () => {
    const svg = svgChart(fakeChart({ yScale: 'linear', series: [series([[1, -1], [2, 0], [3, 2]])] }), 'c3');
    expect(svg).not.toContain('not drawn');
    expect(drawn(svg)).toHaveLength(3);
  });

  it('draws claimed series dashed, in the plot and in the legend', () => {
    const svg = svgChart(fakeChart(), 'c4');
    expect(lineStrokes(svg).filter(([, dash]) => dash !== 'solid')).toHaveLength(2);
    expect(svg).toContain('>claimed k^{−3}</text>');
  });

  it('labels an empty series in the legend, and an empty chart in the plot', () => {
    const one = svgChart(fakeChart({ series: [series([[1, 1], [10, 10]]), { name: 'predicted', style: 'dashed', points: [] }] }), 'c5');
    expect(one).toContain('predicted (no plottable points)');
    const none = svgChart(fakeChart({ series: [{ name: 'only', style: 'line', points: [[0, 0]] }] }), 'c6');
    expect(none).toContain('>no plottable points</text>');
    expect(none).toContain('1 point with k ≤ 0 not drawn (log x axis)');
    expect(svgChart(fakeChart({ series: [] }), 'c7')).toContain('>no plottable points</text>');
  });

  test.prop([hostileText, hostileText, hostileText])('escapes titles, axis labels and series names', (title, label, name) => {
    const svg = svgChart(fakeChart({ title, xLabel: label, series: [{ name, style: 'line', points: [[1, 1], [2, 2]] }] }), 'c8');
    for (const h of HOSTILE) expect(svg).not.toContain(h);
    expect(svg).not.toMatch(/<(script|img)/);
  });
});
