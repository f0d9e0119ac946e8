import { activationByName } from '../../activations/activationByName.js';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { scaledLayerwiseSpectrum, type InitVariances, type ScaledLayerwiseSpectrum } from '../../layerwise/scaledLayerwiseKernels.js';
import { forAllClaim } from '../forAllClaim.js';
import { decidePositiveEffect, POPULATION_POWER } from './populationLayerRatio.js';
import { app16Arbitrary, type App16Case } from './app16Arbitrary.js';
import { growthChart } from './app16GrowthChart.js';
import { growth, growthEffectTerms } from './app16Growth.js';
import { SEC6_DEPTH } from './sec6Network.js';
import { POPULATION_TERMS } from './glossaryTerms.js';

type Case = App16Case;

const show = (v: number) => Number(v.toPrecision(3));
const SPHERE = 9;

/**
 * PyTorch's default initialisation of `nn.Linear` in NTK parametrisation: weights U(±1/√fan_in) have
 * variance 1/(3·fan_in), i.e. σ_w² = 1/3 times the parametrisation's 1/fan_in; biases U(±1/√fan_in) read
 * the same way (the bias's 1/√fan_in taken as its parametrisation factor, as neural-tangents' `b_std`):
 * σ_b² = 1/3.
 */
export const DEFAULT_INIT: InitVariances = { weight: 1 / 3, bias: 1 / 3 };

const memo = new Map<string, ScaledLayerwiseSpectrum>();

/** μ_k⁽ℓ⁾ of the four-layer network of §6 on S⁹ at the default initialisation (`scaledLayerwiseSpectrum`), memoised. */
export function defaultInitSpectrum(activation: 'relu' | 'tanh'): ScaledLayerwiseSpectrum {
  let s = memo.get(activation);
  if (!s) {
    s = scaledLayerwiseSpectrum(activationByName(activation), SEC6_DEPTH, DEFAULT_INIT, SPHERE, 3);
    memo.set(activation, s);
  }
  return s;
}

/** G_σ⁽ℓ⁾ = log(μ_3⁽ℓ⁾/μ_3⁽3⁾) − log(μ_1⁽ℓ⁾/μ_1⁽3⁾) at the default initialisation. */
export function defaultInitGrowth(activation: 'relu' | 'tanh', layer: number): number {
  return growth(defaultInitSpectrum(activation), layer);
}

/** The appendix-16 effect of `app16Case`, on the spectra of the default initialisation (independent route). */
export function app16DefaultInitCase({ layer, part }: Case) {
  const terms = growthEffectTerms(part, layer, defaultInitSpectrum);
  return decidePositiveEffect(terms, { 'G_relu (log growth 1→3)': defaultInitGrowth('relu', layer), 'G_tanh (log growth 1→3)': defaultInitGrowth('tanh', layer) });
}

export const app16TanhDefaultInit = forAllClaim<Case>({
  id: 'dandi21.app16.tanh-weaker.population.default-init',
  paper: 'dandi21',
  printed: printed('dandi21', 'app16.tanh'),
  readingName: 'PyTorch default initialisation',
  reading: [
    { text: 'Read on the population ratios μ_k⁽ℓ⁾/μ_k⁽L−1⁾ (the n → ∞ contributions, eq. (5)) in the setting of §6.2: S⁹, four weight matrices, tanh against relu, as dandi21.app16.tanh-weaker.population.', restsOn: 'L461–463' },
    { text: '"the amplification … is still present": G_tanh = log(μ_3⁽ℓ⁾/μ_3⁽3⁾) − log(μ_1⁽ℓ⁾/μ_1⁽3⁾) > 0 for each earlier layer ℓ; "much less pronounced than for ReLU": G_relu − G_tanh > 0 (any positive difference counts). Degrees 1 → 3 as in the unit-variance reading, so that only the initialisation differs (with biases tanh\'s even degrees no longer vanish).', restsOn: 'L463' },
    { text: 'Initialisation: §6 and appendix 16 give none (§5.4\'s unit variances and "no bias" are stated for the two-layer analysis only). Read as PyTorch\'s default `nn.Linear` initialisation, the usual default of the experiments\' era: weights U(±1/√fan_in), variance 1/(3·fan_in) ⇒ σ_w² = 1/3 in NTK parametrisation (input layer unscaled as in §5.4); biases U(±1/√fan_in) read the same way ⇒ σ_b² = 1/3 (neural-tangents\' b_std convention; in PyTorch\'s own standard parametrisation the hidden biases\' variance 1/(3m) vanishes as m → ∞, the reading σ_w² = 1/3, σ_b² = 0, where G_relu − G_tanh = +0.023 at layer 0). Layer ℓ owns W⁽ℓ⁾ and b⁽ℓ⁾ (its contribution includes the bias gradient).', restsOn: 'L128, L136, L461' },
  ],
  glossary: {
    ...POPULATION_TERMS,
    part: 'present: G_tanh > 0 (tanh\'s amplification still present); weaker: G_relu − G_tanh > 0 (less pronounced than relu\'s)',
    'σ_w², σ_b²': 'weight and bias variance of the initialisation in NTK parametrisation (here 1/3 and 1/3)',
    'G_relu (log growth 1→3)': 'log(μ_3⁽ℓ⁾/μ_3⁽³⁾) − log(μ_1⁽ℓ⁾/μ_1⁽³⁾) for relu on S⁹ at σ_w² = σ_b² = 1/3',
    'G_tanh (log growth 1→3)': 'the same for tanh',
  },
  domain: 'S⁹ (input dimension 10), 4 weight matrices, σ_w² = σ_b² = 1/3; earlier layer ℓ ∈ {0, 1, 2}; part ∈ {present, weaker}',
  rule: 'per case: the effect (G_tanh, or G_relu − G_tanh) > 0; violated below −error, inconclusive within ±error; refuted when a case is violated',
  tolerance: 'sum of the eigenvalues\' relative error bounds (`scaledLayerwiseSpectrum`: Funk–Hecke discretisation estimate + rounding bound + 6·PSI_RELATIVE_ERROR = 6e−12 of sup|Θ⁽ℓ⁾| for the six Gaussian pair expectations)',
  budgetMs: { quick: 300_000, paper: 600_000 },
  law: () => ({
    arbitrary: app16Arbitrary,
    evaluate: app16DefaultInitCase,
    numRuns: { quick: 20, paper: 40 },
    measuredLabel: 'effect, natural log: G_tanh (part present) or G_relu − G_tanh (part weaker)',
    boundLabel: 'error bound of the effect',
    power: POPULATION_POWER,
    finding: (cx, worst) =>
      `${cx.params.part === 'weaker' ? `at σ_w² = σ_b² = 1/3 tanh's growth of the relative contribution from degree 1 to 3 is not smaller than relu's: G_relu − G_tanh = ${show(cx.measured as number)}` : `at σ_w² = σ_b² = 1/3 tanh's relative contribution does not grow from degree 1 to 3: G_tanh = ${show(cx.measured as number)}`} at ℓ = ${cx.params.layer} (shrunk; error ${show(cx.bound as number)}); worst drawn case ${show(worst.measured as number)} (${worst.params.part}, ℓ = ${worst.params.layer})`,
  }),
  present: () => ({
    charts: [
      growthChart(
        'population-growth-default-init',
        'Population growth G of layer ℓ\'s relative contribution from degree 1 to 3 (S⁹, σ_w² = σ_b² = 1/3), relu against tanh: "weaker" claims G_relu > G_tanh',
        defaultInitGrowth,
      ),
    ],
  }),
});
