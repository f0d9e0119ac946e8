type Pixel = readonly [number, number];

/**
 * The vertices of a polyline that matter at a given tolerance (Douglas–Peucker): a vertex is kept when
 * it lies farther than `tolerance` from the chord (a segment) between the kept vertices around it. With the tolerance
 * below the drawing precision, the simplified line is indistinguishable from the original on the page
 * while a smooth curve keeps a handful of vertices. Iterative (an explicit stack), so long lines cannot
 * overflow the call stack; ends are always kept.
 */
export function simplifyPolyline(points: ReadonlyArray<Pixel>, tolerance: number): ReadonlyArray<Pixel> {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    const [x1, y1] = points[a]!;
    const [x2, y2] = points[b]!;
    const dx = x2 - x1;
    const dy = y2 - y1;
    const chord2 = dx * dx + dy * dy;
    let far = -1;
    let farthest = tolerance;
    for (let i = a + 1; i < b; i++) {
      const [x, y] = points[i]!;
      // Distance to the chord as a segment (not the infinite line), so a line that turns back keeps its tip.
      const t = chord2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / chord2));
      const distance = Math.hypot(x - x1 - t * dx, y - y1 - t * dy);
      if (distance > farthest) {
        farthest = distance;
        far = i;
      }
    }
    if (far >= 0) {
      keep[far] = 1;
      stack.push([a, far], [far, b]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}
