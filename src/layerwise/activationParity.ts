import type { Activation } from '../activations/activation.js';

/**
 * Which Hermite coefficients of σ vanish identically, from the symmetry of σ:
 *
 * - `'odd'`: σ(−x) = −σ(x) (tanh, erf), so h_n = 0 for every even n (h_0 = σ(0) = 0 included) and σ' is
 *   even (h'_n = 0 for odd n);
 * - `'odd-plus-constant'`: σ(x) + σ(−x) = 2σ(0) ≠ 0 (the logistic sigmoid: σ − σ(0) is odd), so
 *   h_n = 0 for even n ≥ 2 and σ' is even (h'_n = 0 for odd n);
 * - `'even-plus-linear'`: σ(x) − σ(−x) = 2c·x (relu, softplus and gelu with c = 1/2: σ − cx is even), so
 *   h_n = 0 for odd n ≥ 3 and σ' − c is odd (h'_n = 0 for even n ≥ 2);
 * - `'none'`: neither identity holds.
 *
 * Through Lemma 1 these zeros make whole Legendre components of κ⁽¹⁾, κ⁽²⁾ vanish exactly (see
 * `twoLayerPowerSeries`), which the Corollary 1 check must tell apart from components that are merely
 * below the quadrature's resolution.
 *
 * Method: both identities are exact algebraic facts for the activations above; they are confirmed (or
 * refuted) on the grid x = j/64, j = 1..1024 (x ∈ (0, 16]), allowing 8ε·(|σ(x)| + |σ(−x)| + |σ(0)|) of
 * rounding per point (each side is a few correctly rounded operations). A generic σ fails both by far.
 */
export type ActivationParity = 'odd' | 'odd-plus-constant' | 'even-plus-linear' | 'none';

export function activationParity(activation: Activation): ActivationParity {
  const { sigma } = activation;
  const s0 = sigma(0);
  const c = (sigma(1) - sigma(-1)) / 2;
  let oddPlusConstant = true;
  let evenPlusLinear = true;
  for (let j = 1; j <= 1024; j++) {
    const x = j / 64;
    const a = sigma(x);
    const b = sigma(-x);
    const slack = 8 * Number.EPSILON * (Math.abs(a) + Math.abs(b) + Math.abs(s0) + Math.abs(c * x));
    if (Math.abs(a + b - 2 * s0) > slack) oddPlusConstant = false;
    if (Math.abs(a - b - 2 * c * x) > slack) evenPlusLinear = false;
  }
  if (oddPlusConstant) return s0 === 0 ? 'odd' : 'odd-plus-constant';
  if (evenPlusLinear) return 'even-plus-linear';
  return 'none';
}
