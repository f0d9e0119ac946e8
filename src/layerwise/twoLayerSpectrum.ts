import type { Activation } from '../activations/activation.js';
import type { BoundedSpectrum } from './boundedSpectrum.js';
import { powerSeriesSpectrum } from './powerSeriesSpectrum.js';
import { reluTwoLayerSpectrum } from './reluTwoLayerSpectrum.js';
import { sphereDimensionOfInput } from './sphereDimensionOfInput.js';
import { twoLayerPowerSeries } from './twoLayerPowerSeries.js';

/**
 * λ_i⁽¹⁾, λ_i⁽²⁾ of Dandi & Jacot Corollary 1: the Funk–Hecke eigenvalues, degrees 0..maxDegree, of the
 * first- and second-layer kernels κ⁽¹⁾(u) = u·ψ₁(u), κ⁽²⁾(u) = ψ₀(u) (`twoLayerKernels`) on the input
 * sphere S^{d−1} ⊂ R^d, under the uniform probability measure.
 *
 * Convention: the paper's "component along the i-th degree Legendre polynomial" (eq. (20), λ_{·,k}) is
 * the coefficient of P_i in κ = Σ_i λ_i P_i, which is N(d, i)·μ_i; the Mercer eigenvalue of the degree-i
 * harmonics is μ_i (eq. (20): λ_{·,k}/N(d, k)). The factor N(d, i) is common to both layers, so every
 * ratio λ⁽¹⁾/λ⁽²⁾ — all that Corollaries 1–2 state — is the same in either convention. Here: μ_i.
 *
 * Method: relu by its closed form (`reluTwoLayerSpectrum`); every other activation by the power series
 * of Lemma 1 (`twoLayerPowerSeries`, `powerSeriesSpectrum`), positive sums with a rigorous error bound.
 * The independent route, quadrature of the kernels evaluated from their defining Gaussian expectations,
 * is `tabulatedFunkHecke` (used by the Corollary 2 check and the property suite).
 */
export interface TwoLayerSpectrum {
  readonly first: BoundedSpectrum;
  readonly second: BoundedSpectrum;
}

export function twoLayerSpectrum(activation: Activation, inputDimension: number, maxDegree: number): TwoLayerSpectrum {
  const sphereDim = sphereDimensionOfInput(inputDimension);
  if (activation.name === 'relu') return reluTwoLayerSpectrum(sphereDim, maxDegree);
  const series = twoLayerPowerSeries(activation);
  return { first: powerSeriesSpectrum(series.first, sphereDim, maxDegree), second: powerSeriesSpectrum(series.second, sphereDim, maxDegree) };
}
