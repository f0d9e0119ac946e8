import * as tf from '@tensorflow/tfjs';
import { defineActivation } from './defineActivation.js';
import { gaussianPairExpectation } from './gaussianPairExpectation.js';
import { hermiteByQuadrature } from './hermiteByQuadrature.js';
import { sigmoid } from './sigmoid.js';

/** log(1 + e^z) has branch points at ±iπ; its derivative, the logistic function, poles there. */
const STRIP = Math.PI;

/** softplus(x) = log(1 + e^x) = log1p(e^{−|x|}) + max(x, 0): no overflow, full relative accuracy in both tails. */
function softplusValue(x: number): number {
  return Math.log1p(Math.exp(-Math.abs(x))) + Math.max(x, 0);
}

/**
 * softplus(x) = log(1 + e^x), softplus' = the logistic sigmoid (Bowman & Montúfar's smooth example,
 * used in their Figure 1). Hermite coefficients and dual kernels by the trapezoidal quadratures, strip π.
 */
export const softplus = defineActivation({
  name: 'softplus',
  smooth: true,
  sigma: softplusValue,
  sigmaPrime: sigmoid.sigma,
  tensor: (x) => tf.tidy(() => tf.add(tf.log1p(tf.exp(tf.neg(tf.abs(x)))), tf.relu(x))),
  tensorPrime: (x) => sigmoid.tensor(x),
  hermite: () => hermiteByQuadrature(softplusValue),
  hermitePrime: () => hermiteByQuadrature(sigmoid.sigma),
  psi0: (q1, q2, rho) => gaussianPairExpectation(softplusValue, softplusValue, q1, q2, rho, STRIP),
  psi1: (q1, q2, rho) => gaussianPairExpectation(sigmoid.sigma, sigmoid.sigma, q1, q2, rho, STRIP),
});
