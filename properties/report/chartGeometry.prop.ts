import { test, fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { csvDataUrl } from '../../src/report/csvDataUrl.js';
import { dotsPath, linePath } from '../../src/report/pathData.js';
import { simplifyPolyline } from '../../src/report/simplifyPolyline.js';
import { pathVertices } from './pathVertices.js';

type Pixel = readonly [number, number];
const pixel = fc.tuple(fc.double({ min: 0, max: 640, noNaN: true }), fc.double({ min: 0, max: 500, noNaN: true }));
const halfPixel = ([x, y]: Pixel) => [Math.round(x * 2) / 2, Math.round(y * 2) / 2];

/** Distance from p to the segment a–b. */
function toSegment(p: Pixel, a: Pixel, b: Pixel): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

describe('chart geometry: simplified lines, path data, CSV links', () => {
  // Douglas–Peucker's guarantee: each dropped vertex lies within the tolerance of the chord between the kept
  // vertices around it (the test's segment distance is the same formula; 1e-9 px of slack for the order of rounding).
  test.prop([fc.array(pixel, { maxLength: 200 }), fc.double({ min: 0.01, max: 5, noNaN: true })])('keeps the ends, keeps order, and drops only vertices within the tolerance of the simplified line', (points, tolerance) => {
    const kept = simplifyPolyline(points, tolerance);
    const at = kept.map((p) => points.indexOf(p as [number, number]));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    if (points.length > 0) expect([kept[0], kept.at(-1)]).toEqual([points[0], points.at(-1)]);
    for (let k = 1; k < at.length; k++) for (let i = at[k - 1]! + 1; i < at[k]!; i++) expect(toSegment(points[i]!, kept[k - 1]!, kept[k]!)).toBeLessThanOrEqual(tolerance + 1e-9);
  });

  it('keeps a vertex farther than the tolerance from the chord, and drops collinear ones', () => {
    expect(simplifyPolyline([[0, 0], [5, 0.3], [10, 0]], 0.25)).toHaveLength(3);
    expect(simplifyPolyline([[0, 0], [5, 0.2], [10, 0]], 0.25)).toHaveLength(2);
    expect(simplifyPolyline([[0, 0], [1, 1], [2, 2], [3, 3]], 0.01)).toEqual([[0, 0], [3, 3]]);
  });

  // Relative steps are differences of half-pixel positions (exact in binary), so reading the path back gives
  // every vertex at its half-pixel position with no drift however long the line.
  test.prop([fc.array(pixel, { minLength: 1, maxLength: 300 })])('line and dot paths read back to every vertex at its half-pixel position', (points) => {
    expect(pathVertices(linePath(points))).toEqual(points.map(halfPixel));
    expect(pathVertices(dotsPath(points))).toEqual(points.map(halfPixel));
  });

  // The WHATWG data: URL processor (Node's fetch uses it, as browsers do) must give back the CSV byte for byte.
  test.prop([fc.string({ unit: 'grapheme', maxLength: 200 })])('a CSV data: link downloads exactly the CSV', async (csv) => {
    const url = csvDataUrl(csv);
    expect(url).not.toMatch(/["&<>\s#]/);
    expect(await (await fetch(url)).text()).toBe(csv);
  });

  it('a table of numbers costs its own size as a link plus 4 bytes a line (CR LF → %0D%0A; base64 would add a third)', () => {
    const csv = `ok,decided,measured\r\n${Array.from({ length: 100 }, (_, i) => `true,true,${Math.sqrt(i + 2)}`).join('\r\n')}\r\n`;
    expect(csvDataUrl(csv).length).toBe('data:text/csv;charset=utf-8,'.length + csv.length + 4 * 101);
  });
});
