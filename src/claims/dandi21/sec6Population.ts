import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { forAllClaim } from '../forAllClaim.js';
import type { Chart, ChartSeries } from '../claim.js';
import { decidePositiveEffect, logEigenvalue, POPULATION_MAX_DEGREE, POPULATION_POWER, populationSpectrum } from './populationLayerRatio.js';
import { SEC6_DEPTH } from './sec6Network.js';
import { POPULATION_TERMS } from './glossaryTerms.js';

interface Case extends Record<string, number> {
  /** Sphere S^{sphere}: 1 (the circle, setting (a)) or 9 (S⁹, setting (b)). */
  sphere: number;
  layer: number;
  k: number;
}

const show = (v: number) => Number(v.toPrecision(3));

/**
 * §6 read as the population statement the experiments estimate: for a degree-k harmonic target the
 * n → ∞ relative contribution of layer ℓ is μ_k⁽ℓ⁾/μ_k⁽L−1⁾ (eq. (5); appendix 13's ratio with the Gram
 * replaced by the integral operator), and it grows from k to k + 1. Unbiased where the finite-n
 * quadratic form is not (its Gram diagonal dominates at high degree).
 */
export function sec6PopulationCase({ sphere, layer, k }: Case) {
  const s = populationSpectrum('relu', sphere);
  const last = SEC6_DEPTH - 1;
  const ratio = (q: number) => s.values[layer]![q]! / s.values[last]![q]!;
  return decidePositiveEffect(
    [
      { sign: 1, log: logEigenvalue(s, layer, k + 1) },
      { sign: -1, log: logEigenvalue(s, last, k + 1) },
      { sign: -1, log: logEigenvalue(s, layer, k) },
      { sign: 1, log: logEigenvalue(s, last, k) },
    ],
    { 'μ_k⁽ℓ⁾/μ_k⁽³⁾ at degree k': ratio(k), 'same at degree k + 1': ratio(k + 1) },
  );
}

export const sec6Population = forAllClaim<Case>({
  id: 'dandi21.sec6.layerwise-contributions.population',
  paper: 'dandi21',
  printed: printed('dandi21', 'sec6'),
  readingName: 'population-ratios',
  reading: [
    { text: 'The contributions are read as the population quantities the experiments estimate: for a degree-k harmonic target f, ‖f‖²_{κ⁽ℓ⁾}/‖f‖²_{κ⁽L−1⁾} = μ_k⁽ℓ⁾/μ_k⁽L−1⁾ (eq. (5); appendix 13\'s yᵀG⁽ℓ⁾y/yᵀG⁽L−1⁾y with n → ∞), which must grow from degree k to k + 1 for every earlier layer ℓ ∈ {0, 1, 2}.', restsOn: 'L94, L260, L438–442' },
    { text: 'The sphere settings only: (a) the circle (input dimension 2) and (b) S⁹ (input dimension 10), relu, four weight matrices, degrees k = 1..4; MNIST has no population spectrum and stays with the finite-sample reading.', restsOn: 'L264–283' },
    { text: 'Infinite width (the per-layer NTKs of the §6 network, unit-variance weights, no biases): the paper\'s analysis is of the kernels, its experiments of finite networks.', restsOn: 'L256, L260' },
  ],
  glossary: {
    'log growth of μ_k⁽ℓ⁾/μ_k⁽³⁾, k → k + 1': 'natural log of (μ_(k+1)⁽ℓ⁾/μ_(k+1)⁽³⁾) ÷ (μ_k⁽ℓ⁾/μ_k⁽³⁾): the growth of layer ℓ\'s relative contribution from degree k to k + 1',
    ...POPULATION_TERMS,
    sphere: 'sphere dimension: 1 (the circle, setting (a)) or 9 (S⁹, setting (b))',
    k: 'degree k of the target; the step compared is k → k + 1',
    'μ_k⁽ℓ⁾/μ_k⁽³⁾ at degree k': 'relative contribution of layer ℓ against the last layer for a degree-k target, n → ∞',
    'same at degree k + 1': 'the same ratio at degree k + 1',
  },
  domain: `relu, 4 weight matrices; sphere S¹ or S⁹; earlier layer ℓ ∈ {0, 1, 2}; degrees k → k + 1, k ∈ [1, ${POPULATION_MAX_DEGREE - 1}]`,
  rule: 'per case: log(μ_{k+1}⁽ℓ⁾/μ_{k+1}⁽3⁾) − log(μ_k⁽ℓ⁾/μ_k⁽3⁾) > 0; violated below −error, inconclusive within ±error; refuted when a case is violated',
  tolerance: 'sum of the four eigenvalues\' relative error bounds (Funk–Hecke quadrature estimate + rounding + kernel interpolation error, `layerwiseSpectrum`; ≤ 1e−5 relative for these degrees)',
  law: () => ({
    arbitrary: fc.record({ sphere: fc.constantFrom(1, 9), layer: fc.integer({ min: 0, max: SEC6_DEPTH - 2 }), k: fc.integer({ min: 1, max: POPULATION_MAX_DEGREE - 1 }) }),
    evaluate: sec6PopulationCase,
    numRuns: { quick: 40, paper: 100 },
    measuredLabel: 'log growth of μ_k⁽ℓ⁾/μ_k⁽³⁾, k → k + 1',
    boundLabel: 'error bound of the log growth',
    power: POPULATION_POWER,
    finding: (cx, worst) =>
      `μ_k⁽ℓ⁾/μ_k⁽3⁾ falls from k = ${cx.params.k} to ${(cx.params.k as number) + 1} by ${show(-(cx.measured as number))} in log at ℓ = ${cx.params.layer} on S^${cx.params.sphere} (shrunk); worst drawn case ${show(worst.measured as number)} at ℓ = ${worst.params.layer}, k = ${worst.params.k}, S^${worst.params.sphere}`,
  }),
  present: () => ({
    charts: [1, 9].map((sphere): Chart => {
      const s = populationSpectrum('relu', sphere);
      const last = SEC6_DEPTH - 1;
      const degrees = Array.from({ length: POPULATION_MAX_DEGREE }, (_, k) => k + 1);
      const series: ChartSeries[] = Array.from({ length: last }, (_, l) => ({
        name: `layer ${l}`,
        style: 'line' as const,
        points: degrees.map((k) => [k, s.values[l]![k]! / s.values[last]![k]!] as const),
      }));
      return {
        id: `population-ratios-s${sphere}`,
        title: `Population relative contribution μ_k⁽ℓ⁾/μ_k⁽³⁾ of layer ℓ against the degree k, relu, 4 weight matrices, ${sphere === 1 ? 'S¹ (the circle)' : 'S⁹'}`,
        xLabel: 'degree k',
        yLabel: 'μ_k⁽ℓ⁾ / μ_k⁽³⁾',
        xScale: 'linear',
        yScale: 'log',
        xInteger: true,
        series,
      };
    }),
  }),
});
