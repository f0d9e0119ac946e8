import { activationByName } from '../../activations/activationByName.js';
import { fastLayerwiseKernels } from '../../layerwise/fastLayerwiseKernels.js';
import { layerwiseSpectrum, type LayerwiseSpectrum } from '../../layerwise/layerwiseSpectrum.js';
import type { CaseResult } from '../checkForAll.js';
import { SEC6_DEPTH } from './sec6Network.js';

/** Highest degree of the population readings (the §6 and appendix 12 experiments use degrees 1..4). */
export const POPULATION_MAX_DEGREE = 4;

const memo = new Map<string, LayerwiseSpectrum>();

/**
 * The Funk–Hecke eigenvalues μ_k⁽ℓ⁾ of the per-layer NTKs of the four-layer network of §6 on S^{sphereDim}
 * (`layerwiseSpectrum`, with its error bounds), memoised per (σ, sphere).
 */
export function populationSpectrum(activation: 'relu' | 'tanh', sphereDim: number): LayerwiseSpectrum {
  const key = `${activation}/${sphereDim}`;
  let s = memo.get(key);
  if (!s) {
    s = layerwiseSpectrum(fastLayerwiseKernels(activationByName(activation), SEC6_DEPTH), sphereDim, POPULATION_MAX_DEGREE);
    memo.set(key, s);
  }
  return s;
}

/** log μ_k⁽ℓ⁾ with its relative error bound (error/μ, first order). */
export function logEigenvalue(s: Pick<LayerwiseSpectrum, 'values' | 'error'>, layer: number, k: number): { value: number; error: number } {
  const mu = s.values[layer]![k]!;
  return { value: Math.log(mu), error: s.error[layer]![k]! / Math.abs(mu) };
}

/**
 * Decide a population effect claimed positive, a signed sum of log-eigenvalues, against its error bound
 * (the sum of the terms' relative errors): violated below −error, holds above +error, inconclusive
 * between. Power reference: no effect (0); the case decides when |effect| > error. Margin: the effect in
 * log units (negative when violated).
 */
export function decidePositiveEffect(terms: readonly { sign: 1 | -1; log: { value: number; error: number } }[], extra: Record<string, number | string>): CaseResult {
  const effect = terms.reduce((s, t) => s + t.sign * t.log.value, 0);
  const error = terms.reduce((s, t) => s + t.log.error, 0);
  const decided = Math.abs(effect) > error;
  return {
    measured: effect,
    bound: error,
    ok: effect >= -error,
    ...(decided ? {} : { inconclusive: true }),
    decided,
    margin: effect,
    extra: { ...extra, 'error bound': error },
  };
}

export const POPULATION_POWER = {
  reference: 'no effect (equal population ratios, 0 in log units): a case decides when |effect| exceeds its error bound',
  marginLabel: 'log units: the effect in the claimed direction (negative when violated)',
};
