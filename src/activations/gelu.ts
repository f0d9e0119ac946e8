import * as tf from '@tensorflow/tfjs';
import { HERMITE_MAX_DEGREE } from './activation.js';
import { defineActivation } from './defineActivation.js';
import { normalCdf } from './errorFunction.js';
import { gaussianPairExpectation } from './gaussianPairExpectation.js';
import { hermiteOfGaussian } from './hermiteOfGaussian.js';

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
/**
 * gelu is entire, but |φ(x + iy)·gelu(x + iy)²| grows like e^{3y²/2} (Φ and φ grow like e^{y²/2} off the
 * axis), so the trapezoidal error behaves like min_b e^{3b²/2 − 2πb/h} = e^{−2π²/(3h²)}. The effective
 * strip 2.5 gives h ≈ 0.30 at unit variance (see `gaussianPairExpectation`), i.e. e^{−72}; a step of 1/2
 * would leave e^{−26} (measured 8e−12 for ψ₁(1)).
 */
const STRIP = 2.5;

function geluValue(x: number): number {
  return x * normalCdf(x);
}

function geluPrime(x: number): number {
  return normalCdf(x) + x * INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}

/**
 * Coefficients in closed form. p_n: of φ (Gaussian bump b = 1, scaled by 1/√(2π)); c_n: of Φ, by Stein's
 * identity c_0 = 1/2, c_{n+1} = p_n/√(n + 1); then multiplication by w, w·ĥe_n = √(n+1)ĥe_{n+1} + √n·ĥe_{n−1}:
 *
 *   gelu = wΦ:        g_n = √(n + 1)·c_{n+1} + √n·c_{n−1},
 *   gelu' = Φ + wφ:   d_n = c_n + √(n + 1)·p_{n+1} + √n·p_{n−1}.
 *
 * The two terms of g_n have opposite signs with ratio ≈ 1/2 in magnitude: at most one bit is lost to
 * cancellation, so relative accuracy stays ~n·2^−53. The derivative identity d_n = √(n + 1)·g_{n+1} is not
 * used here, so it remains a check.
 */
function geluCoefficients(): { g: number[]; d: number[] } {
  const p = hermiteOfGaussian(1, HERMITE_MAX_DEGREE + 2).map((v) => INV_SQRT_2PI * v);
  const c = [0.5, ...p.slice(0, HERMITE_MAX_DEGREE + 1).map((v, n) => v / Math.sqrt(n + 1))];
  const g: number[] = [];
  const d: number[] = [];
  for (let n = 0; n <= HERMITE_MAX_DEGREE; n++) {
    const below = n > 0 ? Math.sqrt(n) : 0;
    g.push(Math.sqrt(n + 1) * c[n + 1]! + below * (c[n - 1] ?? 0));
    d.push(c[n]! + Math.sqrt(n + 1) * p[n + 1]! + below * (p[n - 1] ?? 0));
  }
  return { g, d };
}

/** Φ(x) as float32 ops: (1 + erf(x/√2))/2 with tf.erf (absolute error ≤ 1.5e−7/2). */
function normalCdfTensor(x: tf.Tensor): tf.Tensor {
  return tf.mul(0.5, tf.add(1, tf.erf(tf.mul(Math.SQRT1_2, x))));
}

/**
 * GELU (Hendrycks & Gimpel), exact form gelu(x) = x·Φ(x) — not the tanh approximation — and
 * gelu'(x) = Φ(x) + x·φ(x), with Φ from Cody's erfc (relative accuracy in the left tail). Smooth: entire.
 * Dual kernels by the iterated trapezoidal rule (`gaussianPairExpectation`).
 */
export const gelu = defineActivation({
  name: 'gelu',
  smooth: true,
  sigma: geluValue,
  sigmaPrime: geluPrime,
  tensor: (x) => tf.tidy(() => tf.mul(x, normalCdfTensor(x))),
  tensorPrime: (x) =>
    tf.tidy(() => tf.add(normalCdfTensor(x), tf.mul(tf.mul(INV_SQRT_2PI, x), tf.exp(tf.mul(-0.5, tf.square(x)))))),
  hermite: () => geluCoefficients().g,
  hermitePrime: () => geluCoefficients().d,
  psi0: (q1, q2, rho) => gaussianPairExpectation(geluValue, geluValue, q1, q2, rho, STRIP),
  psi1: (q1, q2, rho) => gaussianPairExpectation(geluPrime, geluPrime, q1, q2, rho, STRIP),
});
