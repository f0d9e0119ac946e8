import * as tf from '@tensorflow/tfjs';
import { defineActivation } from './defineActivation.js';
import { gaussianPairExpectation } from './gaussianPairExpectation.js';
import { hermiteByQuadrature } from './hermiteByQuadrature.js';

/** tanh and its derivative have their nearest poles at ±iπ/2: the analyticity strip of the quadratures. */
const STRIP = Math.PI / 2;

/** tanh'(x) = sech²(x) = 4t/(1 + t)², t = e^{−2|x|}: no 1 − tanh² cancellation, relative accuracy ~4 ulp. */
function sech2(x: number): number {
  const t = Math.exp(-2 * Math.abs(x));
  const d = 1 + t;
  return (4 * t) / (d * d);
}

/**
 * tanh(x) (Math.tanh) and tanh'(x) = sech²(x). Smooth (Assumption 3.1). Hermite coefficients of both by
 * the Gaussian trapezoidal rule (`hermiteByQuadrature`), dual kernels by the iterated trapezoidal rule
 * (`gaussianPairExpectation`) with strip π/2; no closed form is known.
 */
export const tanh = defineActivation({
  name: 'tanh',
  smooth: true,
  sigma: Math.tanh,
  sigmaPrime: sech2,
  tensor: (x) => tf.tanh(x),
  tensorPrime: (x) =>
    tf.tidy(() => {
      const t = tf.exp(tf.mul(-2, tf.abs(x)));
      return tf.div(tf.mul(4, t), tf.square(tf.add(1, t)));
    }),
  hermite: () => hermiteByQuadrature(Math.tanh),
  hermitePrime: () => hermiteByQuadrature(sech2),
  psi0: (q1, q2, rho) => gaussianPairExpectation(Math.tanh, Math.tanh, q1, q2, rho, STRIP),
  psi1: (q1, q2, rho) => gaussianPairExpectation(sech2, sech2, q1, q2, rho, STRIP),
});
