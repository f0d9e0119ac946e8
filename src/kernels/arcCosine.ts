import { clampUnit, recurrenceAlpha, recurrenceBeta } from '../sphere/gegenbauer.js';
import { arcCosineHarmonics } from '../spectra/arcCosineHarmonics.js';
import { requireInteger } from '../numerics/validate.js';
import type { DotProductKernel } from './dotProductKernel.js';

/**
 * The kernels of Cao et al. eq. (2.1)–(2.3) on the unit sphere, with w ∼ N(0, I_{d+1}):
 *   κ̂₁(t) = E[σ'(⟨w,x⟩)σ'(⟨w,x'⟩)] = (π − arccos t)/(2π)               (arc-cosine, degree 0),
 *   κ̂₂(t) = E[σ(⟨w,x⟩)σ(⟨w,x'⟩)]   = (t(π − arccos t) + √(1 − t²))/(2π)  (arc-cosine, degree 1),
 *   κ(t)  = t·κ̂₁(t) + 2·κ̂₂(t)                                              (the two-layer ReLU NTK).
 *
 * Mercer eigenvalues (Funk–Hecke under τ_d): writing w = r·u with u uniform on S^d and r² ∼ χ²_{d+1},
 * σ' is 0-homogeneous and σ is 1-homogeneous, so κ̂₁(x,x') = E_u[σ'(⟨u,x⟩)σ'(⟨u,x'⟩)] and
 * κ̂₂ = (d + 1)·E_u[σ(⟨u,x⟩)σ(⟨u,x'⟩)]; the eigenvalues of E_u[g(⟨u,x⟩)g(⟨u,x'⟩)] are ĝ_k² (Funk–Hecke
 * applied twice). Hence μ_k(κ̂₁) = ĥ_k², μ_k(κ̂₂) = (d + 1)ĝ_k², and, by t·P_j = α_j P_{j+1} + β_j P_{j−1}
 * and N(d,j−1)α_{j−1} = N(d,j)β_j, μ_k(t·κ̂₁) = β_k ĥ_{k−1}² + α_k ĥ_{k+1}². Every term is positive: no
 * cancellation, so tiny eigenvalues keep full relative accuracy.
 */
function acosClamped(t: number): number {
  return Math.acos(clampUnit('t', t));
}

export const arcCosine0: DotProductKernel = {
  name: 'arccos0',
  source: 'Cao et al. eq. (2.3), κ̂₁ (arc-cosine kernel of degree 0)',
  value: (t) => (Math.PI - acosClamped(t)) / (2 * Math.PI),
  mercerEigenvalues(d, maxDegree) {
    return this.logMercerEigenvalues(d, maxDegree).map(Math.exp);
  },
  logMercerEigenvalues(d, maxDegree) {
    const { logStep } = arcCosineHarmonics(d, maxDegree);
    return Float64Array.from({ length: maxDegree + 1 }, (_, k) => 2 * logStep[k]!);
  },
};

export const arcCosine1: DotProductKernel = {
  name: 'arccos1',
  source: 'Cao et al. eq. (2.3), κ̂₂ (arc-cosine kernel of degree 1)',
  value: (t) => {
    const theta = acosClamped(t);
    return (Math.cos(theta) * (Math.PI - theta) + Math.sin(theta)) / (2 * Math.PI);
  },
  mercerEigenvalues(d, maxDegree) {
    return this.logMercerEigenvalues(d, maxDegree).map(Math.exp);
  },
  logMercerEigenvalues(d, maxDegree) {
    const { logRelu } = arcCosineHarmonics(d, maxDegree);
    return Float64Array.from({ length: maxDegree + 1 }, (_, k) => Math.log(d + 1) + 2 * logRelu[k]!);
  },
};

export const reluNtk: DotProductKernel = {
  name: 'ntk',
  source: 'Cao et al. eq. (2.1): κ(t) = t·κ̂₁(t) + 2·κ̂₂(t)',
  value: (t) => clampUnit('t', t) * arcCosine0.value(t) + 2 * arcCosine1.value(t),
  mercerEigenvalues(d, maxDegree) {
    return this.logMercerEigenvalues(d, maxDegree).map(Math.exp);
  },
  logMercerEigenvalues(d, maxDegree) {
    requireInteger('maxDegree', maxDegree, 0);
    const { logStep, logRelu } = arcCosineHarmonics(d, maxDegree);
    const logMu = new Float64Array(maxDegree + 1);
    for (let k = 0; k <= maxDegree; k++) {
      logMu[k] = logSumExp(
        Math.log(recurrenceBeta(d, k)) + 2 * (k > 0 ? logStep[k - 1]! : -Infinity),
        Math.log(recurrenceAlpha(d, k)) + 2 * logStep[k + 1]!,
        Math.log(2 * (d + 1)) + 2 * logRelu[k]!,
      );
    }
    return logMu;
  },
};

/** log(Σ exp(l_i)) of log-magnitudes; all −Infinity → −Infinity. */
function logSumExp(...logs: number[]): number {
  const top = Math.max(...logs);
  if (top === -Infinity) return -Infinity;
  let s = 0;
  for (const l of logs) s += Math.exp(l - top);
  return top + Math.log(s);
}
