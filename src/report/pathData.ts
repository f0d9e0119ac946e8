type Pixel = readonly [number, number];

/** Pixel coordinates in half pixels (finer is invisible and only weighs on the page). */
export const halfPixel = (v: number): number => Math.round(v * 2) / 2;

/** A number as short as SVG path syntax allows: no leading zero (".5", "-.5"). */
function short(v: number): string {
  const s = String(v === 0 ? 0 : v);
  return s.replace(/^(-?)0\./, '$1.');
}

/** Numbers joined as path syntax allows: a space only where the next number does not start with "-". */
function joined(values: readonly number[]): string {
  return values.reduce((s, v, i) => {
    const t = short(v);
    return i === 0 || t.startsWith('-') ? s + t : `${s} ${t}`;
  }, '');
}

/**
 * SVG path data of a polyline through pixel points, to the half pixel, after the first vertex in
 * relative coordinates ("M x y l dx dy …": the steps are small numbers, so about half the bytes of
 * absolute vertices). Steps are differences of rounded positions, so no rounding error accumulates.
 */
export function linePath(points: ReadonlyArray<Pixel>): string {
  const at = points.map(([x, y]) => [halfPixel(x), halfPixel(y)] as const);
  const [x0, y0] = at[0]!;
  const steps = at.slice(1).flatMap(([x, y], i) => [x - at[i]![0], y - at[i]![1]]);
  return `M${joined([x0, y0])}${steps.length > 0 ? `l${joined(steps)}` : ''}`;
}

/**
 * SVG path data of dots at pixel points: a zero-length subpath per dot ("m dx dy h0"), drawn as a disc
 * by a round line cap of the stroke width — one element per series instead of one `<circle>` per point.
 */
export function dotsPath(points: ReadonlyArray<Pixel>): string {
  const at = points.map(([x, y]) => [halfPixel(x), halfPixel(y)] as const);
  return at.map(([x, y], i) => (i === 0 ? `M${joined([x, y])}h0` : `m${joined([x - at[i - 1]![0], y - at[i - 1]![1]])}h0`)).join('');
}
