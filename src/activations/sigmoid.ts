import * as tf from '@tensorflow/tfjs';
import { defineActivation } from './defineActivation.js';
import { gaussianPairExpectation } from './gaussianPairExpectation.js';
import { hermiteByQuadrature } from './hermiteByQuadrature.js';

/** The logistic function and its derivative have their nearest poles at ±iπ. */
const STRIP = Math.PI;

/** 1/(1 + e^{−x}), evaluated as e^x/(1 + e^x) for x < 0 so it never forms 1 + huge. */
function logistic(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** σ'(x) = σ(x)σ(−x) = t/(1 + t)², t = e^{−|x|}: relative accuracy ~4 ulp in both tails. */
function logisticPrime(x: number): number {
  const t = Math.exp(-Math.abs(x));
  const d = 1 + t;
  return t / (d * d);
}

/**
 * The logistic sigmoid σ(x) = 1/(1 + e^{−x}) (Bowman & Montúfar's example of a smooth activation).
 * Hermite coefficients and dual kernels by the trapezoidal quadratures with strip π.
 */
export const sigmoid = defineActivation({
  name: 'sigmoid',
  smooth: true,
  sigma: logistic,
  sigmaPrime: logisticPrime,
  tensor: (x) => tf.sigmoid(x),
  tensorPrime: (x) =>
    tf.tidy(() => {
      const t = tf.exp(tf.neg(tf.abs(x)));
      return tf.div(t, tf.square(tf.add(1, t)));
    }),
  hermite: () => hermiteByQuadrature(logistic),
  hermitePrime: () => hermiteByQuadrature(logisticPrime),
  psi0: (q1, q2, rho) => gaussianPairExpectation(logistic, logistic, q1, q2, rho, STRIP),
  psi1: (q1, q2, rho) => gaussianPairExpectation(logisticPrime, logisticPrime, q1, q2, rho, STRIP),
});
