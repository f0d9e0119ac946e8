import fc from 'fast-check';
import { reluNtk } from '../../kernels/arcCosine.js';
import type { Chart } from '../claim.js';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { decideAsymptoticRatio, HOLD_SLOPE, REFUTE_SLOPE, twoDecadeSweep } from '../asymptoticRatio.js';
import { ASYMPTOTIC_POWER, asymptoticCase } from './asymptoticCase.js';
import { forAllClaim } from '../forAllClaim.js';
import { ASYMPTOTIC_GLOSSARY, LAST_DECADE_SLOPE, G, sphere } from './glossary.js';

/** log(μ_k / k^{−d−1}) along even k in [10(d+1), 1000(d+1)]. */
function sweep(d: number): { ks: number[]; logRatio: number[] } {
  const ks = twoDecadeSweep(10 * (d + 1), 8, 'even');
  const logMu = reluNtk.logMercerEigenvalues(d, ks[ks.length - 1]!);
  return { ks, logRatio: ks.map((k) => logMu[k]! + (d + 1) * Math.log(k)) };
}

export const thm33RateKLarge = forAllClaim({
  id: 'cao21.thm3.3.rate-k-large',
  paper: 'cao21',
  printed: printed('cao21', 'thm3.3.k-large'),
  reading: [
    { text: 'Ω(k^{−d−1}) when k ≫ d: at each fixed d, liminf_{k→∞} μ_k·k^{d+1} > 0 over even k (the constant may depend on d, as k ≫ d lets only k grow); checked on k ∈ [10(d + 1), 1000(d + 1)].', restsOn: 'L148' },
    { text: 'Only even k ("k = 2, 4, 6, …"); μ_k are the eigenvalues of L_κ under the uniform probability measure τ_d.', restsOn: 'L148, L150–154' },
    { text: 'A finite sweep cannot prove a liminf: "holds" means the ratio is not decreasing over the last decade (or changes by < 12 % and is not accelerating), the asymptotic rule of src/claims/asymptoticRatio.ts.', restsOn: 'L148' },
  ],
  domain: 'sphere dimension d ∈ [1, 30]; for each d the even degrees k ∈ [10(d+1), 1000(d+1)] (k ≫ d)',
  rule: `fit the log-log slope of μ_k·k^{d+1} over the decades [k₀, 10k₀] and [10k₀, 100k₀]; refuted when both slopes ≤ ${REFUTE_SLOPE} and agree within 25 % (ratio → 0 like a power), holds when the last slope is ≥ 0, or ≥ ${HOLD_SLOPE} and not below the first (ratio bounded away from 0), inconclusive otherwise`,
  tolerance: 'slope thresholds of the asymptotic rule (src/claims/asymptoticRatio.ts); closed-form eigenvalues are accurate to ~1e−12 relative, far below what moves a slope',
  glossary: {
    ...G.d,
    ...G.k,
    ...G.mu,
    'Ω(k^(−d−1))': 'bounded below by c·k^(−d−1) for a constant c > 0 (which may depend on d) as k → ∞',
    'k ≫ d': 'k large compared with d: the sweep runs over even k ∈ [10(d + 1), 1000(d + 1)]',
    'μ_k·k^(d+1)': 'the ratio of μ_k to the printed rate: bounded away from 0 ⇔ the rate holds',
    ...ASYMPTOTIC_GLOSSARY,
    'slope of log(μ_k·k^(d+1)) in log k, last decade': LAST_DECADE_SLOPE,
    'first degree k₀': 'first even degree of the sweep, 10(d + 1)',
    'last degree': 'last even degree of the sweep, ≈ 1000(d + 1)',
    ...G.couldFail,
  },
  law: () => ({
      arbitrary: fc.record({ d: fc.integer({ min: 1, max: 30 }) }),
      evaluate: ({ d }) => {
        const { ks, logRatio } = sweep(d);
        return asymptoticCase(decideAsymptoticRatio(ks, logRatio), { 'first degree k₀': ks[0]!, 'last degree': ks[ks.length - 1]! });
      },
      numRuns: { quick: 15, paper: 30 },
      measuredLabel: 'slope of log(μ_k·k^(d+1)) in log k, last decade',
      boundLabel: 'refuted at ≤',
      power: ASYMPTOTIC_POWER,
  }),
  present: () => {
    const chart: Chart = {
      id: 'ratio-k',
      title: 'μ_k·k^(d+1) against the degree k, even k (bounded away from 0 ⇔ μ_k = Ω(k^(−d−1)))',
      xLabel: 'degree k',
      yLabel: 'μ_k·k^(d+1) (dimensionless)',
      xScale: 'log',
      yScale: 'log',
      series: [1, 2, 5, 10].map((d) => {
        const { ks, logRatio } = sweep(d);
        return { name: sphere(d), style: 'line' as const, points: ks.map((k, i) => [k, Math.exp(logRatio[i]!)] as const) };
      }),
    };
    return { charts: [chart] };
  },
});
