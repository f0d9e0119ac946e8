import { requireInteger } from '../numerics/validate.js';
import { recurrenceAlpha, recurrenceBeta } from '../sphere/gegenbauer.js';
import { arcCosineHarmonics } from '../spectra/arcCosineHarmonics.js';
import type { BoundedSpectrum } from './boundedSpectrum.js';
import type { TwoLayerSpectrum } from './twoLayerSpectrum.js';

/**
 * Closed-form Funk–Hecke eigenvalues on S^{d'} of the two layer-wise kernels of a ReLU network
 * (Dandi & Jacot eqs. (8)–(9), unit-variance weights w ∼ N(0, I_{d'+1}), v ∼ N(0, 1)):
 *
 *   κ⁽²⁾(u) = E[relu(⟨w,x⟩)relu(⟨w,x'⟩)] = κ̂₂(u),   κ⁽¹⁾(u) = u·E[1{⟨w,x⟩>0}1{⟨w,x'⟩>0}] = u·κ̂₁(u),
 *
 * with Cao et al.'s arc-cosine kernels κ̂₁, κ̂₂ of eq. (2.3), which are defined with the same w ∼ N(0, I)
 * (so no rescaling: Cao's NTK t·κ̂₁ + 2κ̂₂ has the factor 2 from its own N(0, 2/m) first layer, absent
 * here). From src/kernels/arcCosine.ts: μ_k(κ̂₂) = (d' + 1)·ĝ_k² and, by t·P_j = α_j P_{j+1} + β_j P_{j−1},
 * μ_k(t·κ̂₁) = β_k ĥ_{k−1}² + α_k ĥ_{k+1}² (ĥ, ĝ the Gegenbauer coefficients of the step and relu features,
 * `arcCosineHarmonics`). Positive terms from logarithms: relative error ≤ 4(K + d'/2 + 4)ε. Zeros are
 * exact (odd k ≥ 3 for both kernels); they are flagged as vanishing.
 */
export function reluTwoLayerSpectrum(sphereDim: number, maxDegree: number): TwoLayerSpectrum {
  requireInteger('sphereDim', sphereDim, 1);
  requireInteger('maxDegree', maxDegree, 0);
  const { logStep, logRelu } = arcCosineHarmonics(sphereDim, maxDegree);
  const accuracy = 4 * (maxDegree + sphereDim / 2 + 4) * Number.EPSILON;
  const first = new Float64Array(maxDegree + 1);
  const second = new Float64Array(maxDegree + 1);
  for (let k = 0; k <= maxDegree; k++) {
    const below = k > 0 ? recurrenceBeta(sphereDim, k) * Math.exp(2 * logStep[k - 1]!) : 0;
    first[k] = below + recurrenceAlpha(sphereDim, k) * Math.exp(2 * logStep[k + 1]!);
    second[k] = (sphereDim + 1) * Math.exp(2 * logRelu[k]!);
  }
  const bounded = (values: Float64Array): BoundedSpectrum => ({
    values,
    error: values.map((v) => accuracy * v),
    vanishes: Array.from(values, (v) => v === 0),
  });
  return { first: bounded(first), second: bounded(second) };
}
