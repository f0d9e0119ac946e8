import type { Activation } from '../activations/activation.js';
import { activationByName } from '../activations/activationByName.js';
import { layerwiseDotProductKernels } from '../layerwise/layerwiseDotProductKernels.js';
import { smoothInterpolant } from '../numerics/smoothInterpolant.js';
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
 * slow for the 10⁶–10⁷ entries of Nyström Grams, so κ is interpolated (`smoothInterpolant`: Chebyshev
 * then a cubic table; κ is a power series in u with non-negative coefficients converging on [−1, 1],
 * C^∞ there) with its error measured, `interpolationError`.
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

const cache = new Map<string, SphereNtk>();

export function sphereNtk(activation: Activation | string, hiddenLayers: number): SphereNtk {
  const act = typeof activation === 'string' ? activationByName(activation) : activation;
  requireInteger('hiddenLayers', hiddenLayers, 1, 8);
  const key = `${act.name}/${hiddenLayers}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const layers = layerwiseDotProductKernels(act, hiddenLayers + 1);
  const direct = (u: number): number => layers.all(clampUnit('u', u)).reduce((s, v) => s + v, 0);
  const interpolant = smoothInterpolant((u) => [direct(u)], 1);
  const value = (u: number): number => interpolant.value(0, clampUnit('u', u));
  const interpolationError = interpolant.interpolationError[0]!;
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
