import type { Activation } from '../activations/activation.js';
import { smoothInterpolant } from '../numerics/smoothInterpolant.js';
import { requireInteger } from '../numerics/validate.js';
import { clampUnit } from '../sphere/gegenbauer.js';
import { layerwiseDotProductKernels } from './layerwiseDotProductKernels.js';

/**
 * The per-layer dot-product kernels Θ⁽ℓ⁾(u), ℓ = 0..L−1, of `layerwiseDotProductKernels` (inputs on the
 * unit sphere), cheap enough for Gram matrices of 10⁶ entries:
 *
 * - σ not smooth (relu): the layer recursion itself, in closed form (arc-cosine kernels, a few μs per u).
 *   Its kernels have √(1 − u²)-type singularities at u = ±1, where an interpolant would converge slowly;
 *   `error` is 0 (the closed forms are exact to rounding).
 * - σ smooth (Assumption 3.1 of Bowman & Montúfar; tanh, erf, softplus, sigmoid, gelu): each Θ⁽ℓ⁾ is a
 *   power series in u with non-negative coefficients, analytic on [−1, 1]; the recursion costs 2(L − 1)
 *   two-dimensional Gaussian quadratures (≈ 2 ms each for tanh), so the kernels are interpolated
 *   (`smoothInterpolant`) and `error[ℓ]` is the measured interpolation error of layer ℓ.
 *
 * Results are cached per (σ, depth).
 */
export interface FastLayerwiseKernels {
  readonly activation: Activation;
  readonly depth: number;
  /** Θ⁽0⁾(u)..Θ⁽L−1⁾(u) into `out` (length ≥ depth). */
  evaluate(u: number, out: Float64Array): void;
  /** Absolute error bound of each layer's value. */
  readonly error: Float64Array;
}

const cache = new Map<string, FastLayerwiseKernels>();

export function fastLayerwiseKernels(activation: Activation, depth: number): FastLayerwiseKernels {
  requireInteger('depth', depth, 2, 64);
  const key = `${activation.name}/${depth}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const layers = layerwiseDotProductKernels(activation, depth);
  let kernels: FastLayerwiseKernels;
  if (!activation.smooth) {
    kernels = {
      activation,
      depth,
      error: new Float64Array(depth),
      evaluate(u, out) {
        out.set(layers.all(u));
      },
    };
  } else {
    const interpolant = smoothInterpolant(layers.all, depth);
    kernels = {
      activation,
      depth,
      error: interpolant.interpolationError,
      evaluate(u, out) {
        const v = clampUnit('u', u);
        for (let l = 0; l < depth; l++) out[l] = interpolant.value(l, v);
      },
    };
  }
  cache.set(key, kernels);
  return kernels;
}
