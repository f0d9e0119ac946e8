import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { forAllClaim } from '../forAllClaim.js';
import type { Chart, ChartSeries } from '../claim.js';
import { decidePositiveEffect, logEigenvalue, POPULATION_MAX_DEGREE, POPULATION_POWER, populationSpectrum } from './populationLayerRatio.js';
import { SEC6_DEPTH } from './sec6Network.js';
import { POPULATION_TERMS } from './glossaryTerms.js';

interface Case extends Record<string, number> {
  layer: number;
  i: number;
}

const show = (v: number) => Number(v.toPrecision(3));

/**
 * §5.7's prediction in the population: training layer ℓ alone by gradient flow, the degree-i component of
 * d|f decays at rate μ_i⁽ℓ⁾ (eq. (22), with the L² norm), so its rate relative to degree 1 is
 * Q_{ℓ,i} = μ_i⁽ℓ⁾/μ_1⁽ℓ⁾; claimed larger for the earlier of two adjacent layers: log Q_{ℓ,i} − log Q_{ℓ+1,i} > 0.
 */
export function sec57PopulationCase({ layer, i }: Case) {
  const s = populationSpectrum('relu', 9);
  const q = (l: number) => s.values[l]![i]! / s.values[l]![1]!;
  return decidePositiveEffect(
    [
      { sign: 1, log: logEigenvalue(s, layer, i) },
      { sign: -1, log: logEigenvalue(s, layer, 1) },
      { sign: -1, log: logEigenvalue(s, layer + 1, i) },
      { sign: 1, log: logEigenvalue(s, layer + 1, 1) },
    ],
    { 'Q(ℓ, i) = μ_i⁽ℓ⁾/μ_1⁽ℓ⁾': q(layer), 'Q(ℓ + 1, i)': q(layer + 1) },
  );
}

export const sec57Population = forAllClaim<Case>({
  id: 'dandi21.sec5.7.layerwise-training.population',
  paper: 'dandi21',
  printed: printed('dandi21', 'sec5.7'),
  readingName: 'population-rates',
  reading: [
    { text: '"the relative rate of convergence of the function along different eigenfunctions": under gradient flow on layer ℓ alone the degree-i component decays at rate ∝ μ_i⁽ℓ⁾ (eq. (22) read with the L² norm of the components, dandi21.eq22.*), so the rate relative to degree 1 is Q_{ℓ,i} = μ_i⁽ℓ⁾/μ_1⁽ℓ⁾; "larger for higher frequency directions when training the initial layers": Q_{ℓ,i} > Q_{ℓ+1,i} for adjacent layers and i ≥ 2.', restsOn: 'L250–256' },
    { text: 'Setting of appendix 12 in the infinite-width, infinite-data limit: S⁹ (input dimension 10), relu, four weight matrices, degrees i = 2..4; the trained-network experiment is dandi21.sec5.7.layerwise-training.', restsOn: 'L420' },
  ],
  glossary: {
    'log Q(ℓ, i) − log Q(ℓ + 1, i)': 'natural log; above 0 as claimed',
    ...POPULATION_TERMS,
    i: 'degree of the residual component',
    'Q(ℓ, i) = μ_i⁽ℓ⁾/μ_1⁽ℓ⁾': 'population rate of degree i relative to degree 1 when training layer ℓ (gradient flow, n → ∞)',
    'Q(ℓ + 1, i)': 'the same when training the next layer ℓ + 1',
  },
  domain: `relu, 4 weight matrices, S⁹; adjacent layers ℓ, ℓ + 1 with ℓ ∈ {0, 1, 2}; degree i ∈ [2, ${POPULATION_MAX_DEGREE}]`,
  rule: 'per case: log Q_{ℓ,i} − log Q_{ℓ+1,i} > 0; violated below −error, inconclusive within ±error; refuted when a case is violated',
  tolerance: 'sum of the four eigenvalues\' relative error bounds (`layerwiseSpectrum`)',
  law: () => ({
    arbitrary: fc.record({ layer: fc.integer({ min: 0, max: SEC6_DEPTH - 2 }), i: fc.integer({ min: 2, max: POPULATION_MAX_DEGREE }) }),
    evaluate: sec57PopulationCase,
    numRuns: { quick: 30, paper: 60 },
    measuredLabel: 'log Q(ℓ, i) − log Q(ℓ + 1, i)',
    boundLabel: 'error bound of the log difference',
    power: POPULATION_POWER,
    finding: (cx, worst) =>
      `training layer ${cx.params.layer} the degree-${cx.params.i} component is relatively slower than training layer ${(cx.params.layer as number) + 1}: log Q difference ${show(cx.measured as number)} (shrunk); worst drawn case ${show(worst.measured as number)} at ℓ = ${worst.params.layer}, i = ${worst.params.i}`,
  }),
  present: () => {
    const s = populationSpectrum('relu', 9);
    const layers = Array.from({ length: SEC6_DEPTH }, (_, l) => l);
    const series: ChartSeries[] = Array.from({ length: POPULATION_MAX_DEGREE - 1 }, (_, n) => n + 2).map((i) => ({
      name: `degree ${i}`,
      style: 'line' as const,
      points: layers.map((l) => [l, s.values[l]![i]! / s.values[l]![1]!] as const),
    }));
    const chart: Chart = {
      id: 'population-rates',
      title: 'Population rate of degree i relative to degree 1, Q(ℓ, i) = μ_i⁽ℓ⁾/μ_1⁽ℓ⁾, against the trained layer ℓ (relu, S⁹): the claim is that it falls from each layer to the next',
      xLabel: 'trained layer ℓ',
      yLabel: 'Q(ℓ, i)',
      xScale: 'linear',
      yScale: 'log',
      xInteger: true,
      series,
    };
    return { charts: [chart] };
  },
});
