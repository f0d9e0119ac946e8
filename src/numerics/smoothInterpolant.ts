import { requireInteger } from './validate.js';

/**
 * A fast, accurate stand-in for a costly function f: [−1, 1] → R^c that is analytic on [−1, 1] — the
 * dot-product kernels of smooth activations (power series in u with non-negative coefficients converging
 * on [−1, 1]), whose direct evaluation costs milliseconds (2-D Gaussian quadratures through a layer
 * recursion) while a Gram matrix needs 10⁶–10⁷ values.
 *
 * Method, in two stages per component:
 * 1. the barycentric interpolant (second form, Berrut–Trefethen 2004; stable for every u) through the
 *    N_CHEB + 1 Chebyshev–Lobatto points cos(πk/N_CHEB): for analytic f it converges geometrically;
 * 2. that interpolant tabulated on TABLE_SIZE uniform intervals and evaluated by cubic Lagrange
 *    interpolation through the 4 nearest nodes (error ≤ (3/128)h⁴·max|f⁗|, h = 2/TABLE_SIZE): a few
 *    flops per value.
 * f is evaluated N_CHEB + 1 times for the nodes and N_CHEB times more for the error check.
 *
 * The error is measured, not assumed: `interpolationError[i]` = (largest |stage 1 − f_i| at the angular
 * midpoints between Chebyshev nodes, where a Chebyshev interpolant's error peaks) + (largest
 * |stage 2 − stage 1| at the midpoints of the table's intervals, where the cubic's error peaks). For a
 * function that is not smooth at ±1 (the arc-cosine kernels of relu) it is large, and says so.
 */
export interface SmoothInterpolant {
  readonly components: number;
  /** Component i of the interpolant at u ∈ [−1, 1] (u is not checked: callers clamp). */
  value(i: number, u: number): number;
  /** The measured error bound of each component (see above). */
  readonly interpolationError: Float64Array;
}

/** Number of Chebyshev intervals: nodes u_k = cos(πk/N_CHEB), k = 0..N_CHEB. */
export const N_CHEB = 96;
/** Uniform intervals of the fast table (stage 2). */
export const TABLE_SIZE = 16384;

export function smoothInterpolant(f: (u: number) => ArrayLike<number>, components: number): SmoothInterpolant {
  requireInteger('components', components, 1, 64);
  const sample = (u: number): ArrayLike<number> => {
    const v = f(u);
    if (v.length !== components) throw new RangeError(`f must return ${components} components, got ${v.length} at u = ${u}`);
    for (let i = 0; i < components; i++) if (!Number.isFinite(v[i]!)) throw new RangeError(`f returned a non-finite component ${i} at u = ${u}`);
    return v;
  };
  const nodes = Float64Array.from({ length: N_CHEB + 1 }, (_, k) => Math.cos((Math.PI * k) / N_CHEB));
  const atNodes = Array.from(nodes, sample);
  const weights = Float64Array.from({ length: N_CHEB + 1 }, (_, k) => (k % 2 === 0 ? 1 : -1) * (k === 0 || k === N_CHEB ? 0.5 : 1));
  const h = 2 / TABLE_SIZE;
  const tables: Float64Array[] = [];
  const interpolationError = new Float64Array(components);
  const midpoints = Array.from({ length: N_CHEB }, (_, k) => Math.cos((Math.PI * (k + 0.5)) / N_CHEB));
  const atMidpoints = midpoints.map(sample);
  for (let i = 0; i < components; i++) {
    const values = Float64Array.from(atNodes, (v) => v[i]!);
    const smooth = (u: number): number => barycentric(nodes, values, weights, u);
    let chebyshevError = 0;
    midpoints.forEach((u, k) => (chebyshevError = Math.max(chebyshevError, Math.abs(smooth(u) - atMidpoints[k]![i]!))));
    const table = Float64Array.from({ length: TABLE_SIZE + 1 }, (_, j) => smooth(-1 + j * h));
    let tableError = 0;
    for (let j = 0; j < TABLE_SIZE; j++) {
      const u = -1 + (j + 0.5) * h;
      tableError = Math.max(tableError, Math.abs(cubic(table, h, u) - smooth(u)));
    }
    tables.push(table);
    interpolationError[i] = chebyshevError + tableError;
  }
  return {
    components,
    interpolationError,
    value: (i, u) => cubic(tables[i]!, h, u),
  };
}

/** Cubic Lagrange interpolation of a uniform table on [−1, 1] through the 4 nodes nearest u (clamped at the ends). */
function cubic(table: Float64Array, h: number, u: number): number {
  const last = table.length - 1;
  const x = (u + 1) / h;
  const j = Math.min(Math.max(Math.floor(x) - 1, 0), last - 3);
  const t = x - j;
  const [a, b, c, d] = [table[j]!, table[j + 1]!, table[j + 2]!, table[j + 3]!];
  // Lagrange basis at nodes 0, 1, 2, 3.
  return (
    (-a * (t - 1) * (t - 2) * (t - 3)) / 6 + (b * t * (t - 2) * (t - 3)) / 2 - (c * t * (t - 1) * (t - 3)) / 2 + (d * t * (t - 1) * (t - 2)) / 6
  );
}

/** Barycentric Chebyshev–Lobatto interpolation (second form); exact at the nodes. */
function barycentric(nodes: Float64Array, values: Float64Array, weights: Float64Array, u: number): number {
  let num = 0;
  let den = 0;
  for (let k = 0; k < nodes.length; k++) {
    const diff = u - nodes[k]!;
    if (diff === 0) return values[k]!;
    const w = weights[k]! / diff;
    num += w * values[k]!;
    den += w;
  }
  return num / den;
}
