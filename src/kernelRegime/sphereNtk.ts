import type { Activation } from '../activations/activation.js';
import { activationByName } from '../activations/activationByName.js';
import { layerwiseDotProductKernels } from '../layerwise/layerwiseDotProductKernels.js';
import { requireInteger } from '../numerics/validate.js';
import { clampUnit } from '../sphere/gegenbauer.js';

/**
 * K^∞ of Bowman & Montúfar §2.2, K^∞(x, x') = E_θ₀⟨∇_θ f(x; θ₀), ∇_θ f(x'; θ₀)⟩, for the fully connected
 * networks of src/networks (`fullyConnectedNetwork`, `antisymmetricNetwork`: NTK parametrisation, §2.3
 * "Fully Connected", weights N(0, 1), no biases, every layer trained) with `hiddenLayers` hidden layers,
 * for data on the unit sphere S^d.
 *
 * The input convention. The network scales its input layer by 1/√m₀ (§2.3: h⁽¹⁾ = W⁽¹⁾α⁽⁰⁾/√m₀,
 * m₀ = D = d + 1). We feed it the point √D·x for x ∈ S^d (`networkInput`), so that h⁽¹⁾ = W⁽¹⁾x ∼ N(0, 1):
 * the pre-activations have unit variance (the usual NTK normalisation, ‖input‖² = m₀) and
 * ∂f/∂W⁽¹⁾ = δ⊗(√D·x)/√D = δ⊗x. This is exactly the parametrisation of src/layerwise's
 * `layerwiseNtkEntry` (input layer unscaled, inputs on the unit sphere), so
 *
 *   K^∞(√D·x, √D·x') = κ(⟨x, x'⟩) = Σ_ℓ Θ⁽ℓ⁾(⟨x, x'⟩),  depth = hiddenLayers + 1 weight matrices,
 *
 * with the per-layer components of `layerwiseDotProductKernels`. Matching is checked, not assumed: the
 * property suite compares κ with the empirical Gram of the tfjs network (for one hidden layer E[K₀] = K^∞
 * exactly at every width, which it tests to Monte Carlo accuracy).
 *
 * Method. Direct evaluation costs 2·(hidden layers) Gaussian pair expectations (≈ 0.1–2 ms each), too
 * slow for the 10⁶–10⁷ entries of Nyström Grams, so κ is interpolated in two stages:
 * 1. at the N_CHEB + 1 Chebyshev–Lobatto points of [−1, 1] by the barycentric formula (Berrut–Trefethen
 *    2004; stable for every u). κ is a power series in u with non-negative coefficients converging on
 *    [−1, 1] and C^∞ there, so this converges faster than any power of N_CHEB;
 * 2. that interpolant is tabulated on TABLE_SIZE uniform intervals and evaluated by cubic Lagrange
 *    interpolation through the 4 nearest nodes (error ≤ (3/128)h⁴·max|κ⁗|, h = 2/TABLE_SIZE), a few
 *    flops per entry.
 * The error is measured, not assumed: `interpolationError` = (largest |stage 1 − κ| at the angular
 * midpoints between Chebyshev nodes, where a Chebyshev interpolant's error peaks) + (largest
 * |stage 2 − stage 1| at the midpoints of the table's intervals, where the cubic's error peaks).
 */
export interface SphereNtk {
  readonly activation: Activation;
  readonly hiddenLayers: number;
  /** κ(u) = K^∞ between network inputs √D·x, √D·x' with ⟨x, x'⟩ = u (interpolated). */
  value(u: number): number;
  /** κ(u) by the layer recursion itself (slow: for checks). */
  direct(u: number): number;
  /** Per-layer Θ⁽ℓ⁾(u), input layer first (direct evaluation). */
  perLayer(u: number): Float64Array;
  /** max |κ_interp − κ| at the angular midpoints between interpolation nodes (measured). */
  readonly interpolationError: number;
}

/** Number of Chebyshev intervals: nodes u_k = cos(πk/N_CHEB), k = 0..N_CHEB. */
export const N_CHEB = 96;
/** Uniform intervals of the fast table (stage 2). */
export const TABLE_SIZE = 16384;

const cache = new Map<string, SphereNtk>();

export function sphereNtk(activation: Activation | string, hiddenLayers: number): SphereNtk {
  const act = typeof activation === 'string' ? activationByName(activation) : activation;
  requireInteger('hiddenLayers', hiddenLayers, 1, 8);
  const key = `${act.name}/${hiddenLayers}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const layers = layerwiseDotProductKernels(act, hiddenLayers + 1);
  const direct = (u: number): number => layers.all(clampUnit('u', u)).reduce((s, v) => s + v, 0);
  const nodes = Float64Array.from({ length: N_CHEB + 1 }, (_, k) => Math.cos((Math.PI * k) / N_CHEB));
  const values = nodes.map(direct);
  const weights = Float64Array.from({ length: N_CHEB + 1 }, (_, k) => (k % 2 === 0 ? 1 : -1) * (k === 0 || k === N_CHEB ? 0.5 : 1));
  const smooth = (u: number): number => barycentric(nodes, values, weights, u);
  let chebyshevError = 0;
  for (let k = 0; k < N_CHEB; k++) {
    const u = Math.cos((Math.PI * (k + 0.5)) / N_CHEB);
    chebyshevError = Math.max(chebyshevError, Math.abs(smooth(u) - direct(u)));
  }
  const h = 2 / TABLE_SIZE;
  const table = Float64Array.from({ length: TABLE_SIZE + 1 }, (_, j) => smooth(-1 + j * h));
  const value = (u: number): number => cubic(table, h, clampUnit('u', u));
  let tableError = 0;
  for (let j = 0; j < TABLE_SIZE; j++) {
    const u = -1 + (j + 0.5) * h;
    tableError = Math.max(tableError, Math.abs(value(u) - smooth(u)));
  }
  const interpolationError = chebyshevError + tableError;
  const ntk: SphereNtk = { activation: act, hiddenLayers, value, direct, perLayer: (u) => layers.all(clampUnit('u', u)), interpolationError };
  cache.set(key, ntk);
  return ntk;
}

/** The point the network sees for x ∈ S^d: √D·x (row-major n × D in, same layout out). */
export function networkInput(points: Float64Array, dim: number): Float64Array {
  requireInteger('dim', dim, 1);
  const s = Math.sqrt(dim);
  return points.map((v) => v * s);
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
