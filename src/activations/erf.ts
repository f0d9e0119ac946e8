import * as tf from '@tensorflow/tfjs';
import { HERMITE_MAX_DEGREE } from './activation.js';
import { defineActivation } from './defineActivation.js';
import { errorFunction } from './errorFunction.js';
import { hermiteOfGaussian } from './hermiteOfGaussian.js';

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

/** erf'(w) = (2/√π)e^{−w²}: the Gaussian bump with b = 2, h'_{2k} = (2/√(3π))(−2/3)^k(2k − 1)!!/√((2k)!). */
function erfPrimeHermite(): number[] {
  return hermiteOfGaussian(2, HERMITE_MAX_DEGREE).map((p) => TWO_OVER_SQRT_PI * p);
}

/**
 * erf's own coefficients by Stein's identity E[f(w)He_{n+1}(w)] = E[f'(w)He_n(w)]: h_{n+1} = h'_n/√(n + 1),
 * h_0 = 0 (erf is odd). So h_{2k+1} = (2/√(3π))(−2/3)^k(2k − 1)!!/√((2k + 1)!): geometric decay (2/3)^k.
 */
function erfHermite(): number[] {
  const prime = erfPrimeHermite();
  return [0, ...prime.slice(0, HERMITE_MAX_DEGREE).map((p, n) => p / Math.sqrt(n + 1))];
}

/**
 * erf activation, σ = erf (Cody's float64 erf), σ'(x) = (2/√π)e^{−x²}. Smooth (entire).
 *
 * Dual kernels in closed form (Williams 1997, "Computing with infinite networks"): for Var z₁ = q1,
 * Var z₂ = q2, Cov = c = ρ√(q1q2),
 *   E[erf(z₁)erf(z₂)] = (2/π)·arcsin(2c/√((1 + 2q1)(1 + 2q2))),
 *   E[erf'(z₁)erf'(z₂)] = (4/π)/√((1 + 2q1)(1 + 2q2) − 4c²) = (4/π)/√(1 + 2q1 + 2q2 + 4q1q2(1 − ρ)(1 + ρ)),
 * the second form free of cancellation as |ρ| → 1. Unit variances: ψ₀(u) = (2/π)arcsin(2u/3),
 * ψ₁(u) = (4/π)/√(9 − 4u²). Accuracy a few ulps.
 *
 * tensor uses tf.erf, whose kernel is Abramowitz–Stegun 7.1.26 with absolute error ≤ 1.5e−7 (not float32
 * rounding): the float32 network agrees with σ to 1.5e−7 + float32 rounding.
 */
export const erf = defineActivation({
  name: 'erf',
  smooth: true,
  sigma: errorFunction,
  sigmaPrime: (x) => TWO_OVER_SQRT_PI * Math.exp(-x * x),
  tensor: (x) => tf.erf(x),
  tensorPrime: (x) => tf.tidy(() => tf.mul(TWO_OVER_SQRT_PI, tf.exp(tf.neg(tf.square(x))))),
  hermite: erfHermite,
  hermitePrime: erfPrimeHermite,
  psi0: (q1, q2, rho) => (2 / Math.PI) * Math.asin((2 * rho * Math.sqrt(q1 * q2)) / Math.sqrt((1 + 2 * q1) * (1 + 2 * q2))),
  psi1: (q1, q2, rho) =>
    4 / Math.PI / Math.sqrt(1 + 2 * q1 + 2 * q2 + 4 * q1 * q2 * (1 - rho) * (1 + rho)),
});
