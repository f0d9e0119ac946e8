import { requireInteger } from '../numerics/validate.js';
import { sphereMarginalConstant } from '../sphere/sphereMarginal.js';

/**
 * Gegenbauer coefficients of the ReLU features on S^d, in log-magnitude form:
 *   ĥ_k = E_{τ_d}[σ'(t) P_k(t)] = E[1{t > 0} P_k(t)],   ĝ_k = E_{τ_d}[σ(t) P_k(t)] = E[t·1{t > 0} P_k(t)].
 *
 * Derivation (Rodrigues' formula (1 − t²)^{(d−2)/2} P_k = (−1)^k/(2^k (d/2)_k)·D^k(1 − t²)^{k+(d−2)/2},
 * then integration by parts over [0, 1]; see Bach 2017 §D for the same route):
 *   ĥ_0 = 1/2, ĥ_1 = c_d/d, ĥ_{2j+3} = −ĥ_{2j+1}·(2j + 1)/(2j + d + 2), ĥ_{2j} = 0 (j ≥ 1);
 *   ĝ_0 = c_d/d, ĝ_1 = 1/(2(d + 1)), ĝ_{2j+2} = ĥ_{2j+1}/(2j + d + 2), ĝ_{2j+1} = 0 (j ≥ 1).
 * Each is a product of positive rational factors, so it is evaluated as a sum of logarithms: relative
 * error ≤ (k + d/2 + 4)·ε, and no underflow before exponentiation (μ_k ≈ 1e−400 is representable in log).
 * Zero coefficients are −Infinity. At d = 1 these are the Fourier coefficients sin(kπ/2)/(kπ) (ĥ) —
 * the property suite checks that.
 */
export interface LogCoefficients {
  /** log|ĥ_k|, k = 0..K (−Infinity where ĥ_k = 0). */
  readonly logStep: Float64Array;
  /** log|ĝ_k|, k = 0..K+1 (−Infinity where ĝ_k = 0). */
  readonly logRelu: Float64Array;
}

export function arcCosineHarmonics(d: number, maxDegree: number): LogCoefficients {
  requireInteger('d', d, 1);
  requireInteger('maxDegree', maxDegree, 0);
  const size = maxDegree + 2;
  const logStep = new Float64Array(size).fill(-Infinity);
  const logRelu = new Float64Array(size).fill(-Infinity);
  const logC = Math.log(sphereMarginalConstant(d));
  logStep[0] = Math.log(0.5);
  logRelu[0] = logC - Math.log(d);
  if (size > 1) {
    logStep[1] = logC - Math.log(d);
    logRelu[1] = -Math.log(2 * (d + 1));
  }
  for (let j = 0; 2 * j + 1 < size; j++) {
    const k = 2 * j + 1;
    if (k + 1 < size) logRelu[k + 1] = logStep[k]! - Math.log(2 * j + d + 2);
    if (k + 2 < size) logStep[k + 2] = logStep[k]! + Math.log((2 * j + 1) / (2 * j + d + 2));
  }
  return { logStep, logRelu };
}
