import { printed } from '../../catalogue/builtinCatalogues.js';
import { forAllClaim } from '../forAllClaim.js';
import { app16Arbitrary, type App16Case } from './app16Arbitrary.js';
import { growthChart } from './app16GrowthChart.js';
import { growth, growthEffectTerms, growthTerms } from './app16Growth.js';
import { decidePositiveEffect, POPULATION_POWER, populationSpectrum } from './populationLayerRatio.js';
import { POPULATION_TERMS } from './glossaryTerms.js';

type Case = App16Case;

const show = (v: number) => Number(v.toPrecision(3));
const SPHERE = 9;

/**
 * Appendix 16 in the population: on S⁹, G_σ⁽ℓ⁾ = log(μ_3⁽ℓ⁾/μ_3⁽3⁾) − log(μ_1⁽ℓ⁾/μ_1⁽3⁾), the growth of layer
 * ℓ's relative contribution from degree 1 to 3 (tanh's even degrees vanish identically): "still present"
 * is G_tanh > 0, "much less pronounced than for ReLU" is G_relu − G_tanh > 0.
 */
export function app16Case({ layer, part }: Case) {
  const spectrum = (activation: 'relu' | 'tanh') => populationSpectrum(activation, SPHERE);
  const terms = growthEffectTerms(part, layer, spectrum);
  const value = (a: 'relu' | 'tanh') => growthTerms(spectrum(a), layer, 1).reduce((s, t) => s + t.sign * t.log.value, 0);
  return decidePositiveEffect(terms, { 'G_relu (log growth 1→3)': value('relu'), 'G_tanh (log growth 1→3)': value('tanh') });
}

export const app16TanhPopulation = forAllClaim<Case>({
  id: 'dandi21.app16.tanh-weaker.population',
  paper: 'dandi21',
  printed: printed('dandi21', 'app16.tanh'),
  reading: [
    { text: 'Read on the population ratios μ_k⁽ℓ⁾/μ_k⁽L−1⁾ (the n → ∞ contributions, eq. (5)) in the setting of §6.2: S⁹, four weight matrices, tanh against relu; the finite-network form is part of dandi21.sec6.layerwise-contributions (setting (d)).', restsOn: 'L461–463' },
    { text: '"the amplification … is still present": tanh\'s growth G_tanh = log(μ_3⁽ℓ⁾/μ_3⁽3⁾) − log(μ_1⁽ℓ⁾/μ_1⁽3⁾) > 0 for each earlier layer ℓ; "much less pronounced than for ReLU": G_relu − G_tanh > 0 ("much" is not quantified; any positive difference counts). Degrees 1 → 3 because every even-degree component of tanh vanishes identically (odd σ).', restsOn: 'L463' },
    { text: 'Initialisation: σ_w² = 1 per layer in NTK parametrisation (weights N(0, 1), hidden layers scaled by 1/√m, input layer unscaled), no biases — the unit variances and "networks without the bias parameters" of the two-layer analysis §5.4, extended to every layer; §6 and appendix 16 give no initialisation. The sign of G_relu − G_tanh at layer 0 depends on it (relu\'s G does not depend on σ_w², tanh\'s does): see the sibling reading dandi21.app16.tanh-weaker.population.default-init.', restsOn: 'L128, L136; none at L461–463' },
  ],
  readingName: 'unit weight variance, no bias',
  refutation: {
    kind: 'convention',
    evidence: 'the refutation rests on the initialisation, which §6 and appendix 16 do not give: G_relu − G_tanh at layer 0 (no bias) is +0.0232 at σ_w² = 1/3, +0.0145 at 1/2, +0.0010 at 0.8, −0.0032 at 0.9, −0.0074 at 1, −0.0451 at 2; −0.0029 at σ_w² = 1, σ_b² = 0.1; +0.119 at σ_w² = σ_b² = 1/3 (PyTorch-like default, where the claim holds: dandi21.app16.tanh-weaker.population.default-init) — measured by `scaledLayerwiseSpectrum` (covariance recursion with σ_w², σ_b² and `funkHecke`), agreeing with an independent referee\'s table. At σ_w² = 1: at layer 0 tanh\'s growth equals relu\'s to within 0.7 % (G_tanh = 1.14935, G_relu = 1.14196): two independent routes agree to 1e−13 — the tabulated-kernel Funk–Hecke quadrature of `layerwiseSpectrum` and composite Gauss–Legendre `funkHecke` applied directly to the per-layer NTK recursion `layerwiseNtkEntry`; at layers 1 and 2 relu\'s growth exceeds tanh\'s by 0.21 and 0.20 as claimed; the finite experiment (dandi21.sec6.layerwise-contributions, setting (d)) cannot resolve the difference either way',
  },
  glossary: {
    'effect (natural log)': 'G_tanh for part present, G_relu − G_tanh for part weaker',
    ...POPULATION_TERMS,
    part: 'present: G_tanh > 0 (tanh\'s amplification still present); weaker: G_relu − G_tanh > 0 (less pronounced than relu\'s)',
    'G_relu (log growth 1→3)': 'log(μ_3⁽ℓ⁾/μ_3⁽³⁾) − log(μ_1⁽ℓ⁾/μ_1⁽³⁾) for relu on S⁹: growth of layer ℓ\'s relative contribution from degree 1 to 3',
    'G_tanh (log growth 1→3)': 'the same for tanh (its even degrees vanish identically, so 1 → 3)',
  },
  domain: 'S⁹ (input dimension 10), 4 weight matrices; earlier layer ℓ ∈ {0, 1, 2}; part ∈ {present, weaker}',
  rule: 'per case: the effect (G_tanh, or G_relu − G_tanh) > 0; violated below −error, inconclusive within ±error; refuted when a case is violated',
  tolerance: 'sum of the eigenvalues\' relative error bounds (`layerwiseSpectrum`: quadrature estimate + rounding + kernel interpolation)',
  law: () => ({
    arbitrary: app16Arbitrary,
    evaluate: app16Case,
    numRuns: { quick: 20, paper: 40 },
    measuredLabel: 'effect (natural log)',
    boundLabel: 'error bound of the effect',
    power: POPULATION_POWER,
    finding: (cx, worst) =>
      `${cx.params.part === 'weaker' ? `tanh's growth of the relative contribution from degree 1 to 3 is not smaller than relu's: G_relu − G_tanh = ${show(cx.measured as number)}` : `tanh's relative contribution does not grow from degree 1 to 3: G_tanh = ${show(cx.measured as number)}`} at ℓ = ${cx.params.layer} (shrunk; error ${show(cx.bound as number)}); worst drawn case ${show(worst.measured as number)} (${worst.params.part}, ℓ = ${worst.params.layer})`,
  }),
  present: () => ({
    charts: [
      growthChart(
        'population-growth',
        `Population growth G of layer ℓ's relative contribution from degree 1 to 3 (S⁹), relu against tanh: "weaker" claims G_relu > G_tanh`,
        (activation, l) => growth(populationSpectrum(activation, SPHERE), l),
      ),
    ],
  }),
});
