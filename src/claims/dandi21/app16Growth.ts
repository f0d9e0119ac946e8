import type { LayerwiseSpectrum } from '../../layerwise/layerwiseSpectrum.js';
import { logEigenvalue } from './populationLayerRatio.js';
import { SEC6_DEPTH } from './sec6Network.js';

type Spectrum = Pick<LayerwiseSpectrum, 'values' | 'error'>;
type Activation = 'relu' | 'tanh';

/**
 * Appendix 16's growth of layer ℓ's relative contribution from degree 1 to 3,
 * G⁽ℓ⁾ = log(μ_3⁽ℓ⁾/μ_3⁽L−1⁾) − log(μ_1⁽ℓ⁾/μ_1⁽L−1⁾) (L = 4 weight matrices, §6), as four signed
 * log-eigenvalues with their error bounds; `sign` −1 gives the terms of −G.
 */
export function growthTerms(s: Spectrum, layer: number, sign: 1 | -1) {
  const last = SEC6_DEPTH - 1;
  return [
    { sign, log: logEigenvalue(s, layer, 3) },
    { sign: (-sign) as 1 | -1, log: logEigenvalue(s, last, 3) },
    { sign: (-sign) as 1 | -1, log: logEigenvalue(s, layer, 1) },
    { sign, log: logEigenvalue(s, last, 1) },
  ];
}

/**
 * The terms of appendix 16's effect for one part: "still present" is G_tanh > 0, "much less pronounced
 * than for ReLU" is G_relu − G_tanh > 0; `spectrum` gives μ_k⁽ℓ⁾ of each activation.
 */
export function growthEffectTerms(part: 'present' | 'weaker', layer: number, spectrum: (activation: Activation) => Spectrum) {
  const growth = (activation: Activation, sign: 1 | -1) => growthTerms(spectrum(activation), layer, sign);
  return part === 'present' ? growth('tanh', 1) : [...growth('relu', 1), ...growth('tanh', -1)];
}

/** G⁽ℓ⁾ as one number: the difference of the two log ratios (for charts). */
export function growth(s: Spectrum, layer: number): number {
  const last = SEC6_DEPTH - 1;
  return Math.log(s.values[layer]![3]! / s.values[last]![3]!) - Math.log(s.values[layer]![1]! / s.values[last]![1]!);
}
