import { requireFinite } from '../numerics/validate.js';

/**
 * Dandi & Jacot appendix 13: the contribution of layer ℓ to the decrease of the training error along a
 * function f with values y = (f(x_1), …, f(x_n)) is c_ℓ = yᵀG⁽ℓ⁾y (the appendix prints "yᵀG⁽ℓ⁾yᵀ"; the
 * second transpose is a typo — the quantity is the quadratic form, the finite-sample version of
 * ‖f‖²_{κ⁽ℓ⁾} in eq. (3)), and the plotted relative contribution is c_ℓ/c_{L−1}, normalised by the last
 * layer's.
 *
 * `grams` are n × n row-major (e.g. `layerwiseNtkGrams(...).perLayer` or the empirical per-layer Grams),
 * last one = last layer. Returns c_ℓ and c_ℓ/c_{L−1}.
 */
export interface LayerwiseContributions {
  readonly contributions: Float64Array;
  readonly relative: Float64Array;
}

export function layerwiseContributions(grams: readonly ArrayLike<number>[], y: ArrayLike<number>): LayerwiseContributions {
  const n = y.length;
  if (grams.length < 1) throw new RangeError('grams must hold at least one layer');
  for (let i = 0; i < n; i++) requireFinite(`y[${i}]`, y[i]!);
  const contributions = new Float64Array(grams.length);
  grams.forEach((g, l) => {
    if (g.length !== n * n) throw new RangeError(`grams[${l}] must have length n² = ${n * n}, got ${g.length}`);
    let s = 0;
    for (let i = 0; i < n; i++) {
      let row = 0;
      for (let j = 0; j < n; j++) row += g[i * n + j]! * y[j]!;
      s += y[i]! * row;
    }
    contributions[l] = s;
  });
  const last = contributions[grams.length - 1]!;
  return { contributions, relative: contributions.map((c) => c / last) };
}
