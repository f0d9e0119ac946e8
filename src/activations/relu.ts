import * as tf from '@tensorflow/tfjs';
import { arcCosine0, arcCosine1 } from '../kernels/arcCosine.js';
import { HERMITE_MAX_DEGREE } from './activation.js';
import { defineActivation } from './defineActivation.js';

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/**
 * Orthonormal Hermite coefficients of relu(w) = max(w, 0), in closed form (the kink at 0 makes any
 * quadrature converge only algebraically). With He_nφ = (−1)ⁿφ⁽ⁿ⁾ and two integrations by parts,
 * E[relu(w)He_n(w)] = φ(0)·He_{n−2}(0) for n ≥ 2, He_m(0) = (−1)^{m/2}(m − 1)!! for even m, 0 for odd:
 *
 *   h_0 = 1/√(2π),  h_1 = 1/2,  h_2 = 1/(2√π),  h_{n+2} = −(n − 1)/√((n + 1)(n + 2))·h_n (even n ≥ 2),
 *   h_n = 0 for odd n ≥ 3.
 *
 * Each ratio step costs ≤ 4 roundings: relative error ≤ 2n·2^−53 (≤ 1.4e−14 at n = 60).
 */
function reluHermite(): number[] {
  const h = new Array<number>(HERMITE_MAX_DEGREE + 1).fill(0);
  h[0] = INV_SQRT_2PI;
  h[1] = 0.5;
  h[2] = INV_SQRT_2PI * Math.SQRT1_2;
  for (let n = 2; n + 2 <= HERMITE_MAX_DEGREE; n += 2) h[n + 2] = (-(n - 1) / Math.sqrt((n + 1) * (n + 2))) * h[n]!;
  return h;
}

/**
 * Orthonormal Hermite coefficients of the step relu'(w) = 1{w > 0}: E[1{w>0}He_n(w)] = φ(0)·He_{n−1}(0)
 * for n ≥ 1 (one integration by parts), so
 *
 *   h'_0 = 1/2,  h'_1 = 1/√(2π),  h'_{n+2} = −n/√((n + 1)(n + 2))·h'_n (odd n),  h'_n = 0 for even n ≥ 2.
 */
function stepHermite(): number[] {
  const h = new Array<number>(HERMITE_MAX_DEGREE + 1).fill(0);
  h[0] = 0.5;
  h[1] = INV_SQRT_2PI;
  for (let n = 1; n + 2 <= HERMITE_MAX_DEGREE; n += 2) h[n + 2] = (-n / Math.sqrt((n + 1) * (n + 2))) * h[n]!;
  return h;
}

/**
 * relu(x) = max(x, 0), relu'(x) = 1{x > 0} (0 at the kink, as tf.step). Not smooth in the sense of
 * Bowman & Montúfar Assumption 3.1. Dual kernels in closed form: the arc-cosine kernels of Cao et al.
 * eq. (2.3) (`src/kernels/arcCosine.ts`), scaled by 1-homogeneity:
 * E[relu(z₁)relu(z₂)] = √(q1q2)·κ̂₂(ρ), E[1{z₁>0}1{z₂>0}] = κ̂₁(ρ) (0-homogeneous).
 */
export const relu = defineActivation({
  name: 'relu',
  smooth: false,
  sigma: (x) => (x > 0 ? x : 0),
  sigmaPrime: (x) => (x > 0 ? 1 : 0),
  tensor: (x) => tf.relu(x),
  tensorPrime: (x) => tf.step(x),
  hermite: reluHermite,
  hermitePrime: stepHermite,
  psi0: (q1, q2, rho) => Math.sqrt(q1 * q2) * arcCosine1.value(rho),
  psi1: (_q1, _q2, rho) => arcCosine0.value(rho),
});
