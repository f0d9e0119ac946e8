import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { reluNtk } from '../../kernels/arcCosine.js';
import type { Chart } from '../claim.js';
import { decideAsymptoticRatio, HOLD_SLOPE, REFUTE_SLOPE, twoDecadeSweep } from '../asymptoticRatio.js';
import { forAllClaim } from '../forAllClaim.js';
import { ASYMPTOTIC_POWER, asymptoticCase } from './asymptoticCase.js';
import { ASYMPTOTIC_GLOSSARY, LAST_DECADE_SLOPE, G } from './glossary.js';

/** log μ_k(d) and log(μ_k / d^{−k+1}) along d in [10k, 1000k]. */
function sweep(k: number): { ds: number[]; logMu: number[]; logRatio: number[] } {
  const ds = twoDecadeSweep(10 * k, 8);
  const logMu = ds.map((d) => reluNtk.logMercerEigenvalues(d, k)[k]!);
  return { ds, logMu, logRatio: ds.map((d, i) => logMu[i]! + (k - 1) * Math.log(d)) };
}

/**
 * Theorem 3.3: μ_k = Ω(d^{−k+1}) for even k ≪ d. For a refuted verdict the report also gives the
 * measured exponent: the largest a such that every drawn case still satisfies μ_k = Ω(d^{−k+1−a}),
 * i.e. a = max over cases of −(last-decade slope of log(μ_k d^{k−1})).
 */
export const thm33RateDLarge = forAllClaim({
  id: 'cao21.thm3.3.rate-d-large',
  paper: 'cao21',
  printed: printed('cao21', 'thm3.3.d-large'),
  reading: [
    { text: 'Ω(d^{−k+1}) when d ≫ k: at each fixed even k, liminf_{d→∞} μ_k·d^{k−1} > 0 — the Ω is read uniformly in d, the only reading in which "d ≫ k" says anything (at fixed d any positive μ_k is Ω(1)); checked on d ∈ [10k, 1000k].', restsOn: 'L148, L156' },
    { text: 'Only even k ("k = 2, 4, 6, …"); μ_k under the uniform probability measure τ_d (a d-dependent normalisation such as the surface measure |S^d| would change the rate: we use the one printed).', restsOn: 'L148, L154' },
    { text: 'A finite sweep decides by the asymptotic rule (src/claims/asymptoticRatio.ts): refuted only on a stable power-law decay of the ratio of at least d^{−1/2} over both decades.', restsOn: 'L148' },
  ],
  refutation: {
    kind: 'substantive',
    evidence: 'μ_k·d^{k−1} decays like d^{−1} at every even k (slopes −0.99…−1.0): closed form, Funk–Hecke quadrature and a 380-digit mpmath table agree (fixtures/mercer_reference.py); the measured μ_k·d^k is bounded away from 0 (properties/cao21/thm3.3.prop.ts), so the printed exponent is one power short, not a normalisation (τ_d is the probability measure, Remark 3.4)',
  },
  domain: 'even degree k ∈ [2, 20]; for each k the sphere dimensions d ∈ [10k, 1000k] (d ≫ k)',
  rule: `fit the log-log slope of μ_k·d^{k−1} over the decades [d₀, 10d₀] and [10d₀, 100d₀]; refuted when both slopes ≤ ${REFUTE_SLOPE} and agree within 25 % (ratio → 0 like a power), holds when the last slope is ≥ 0, or ≥ ${HOLD_SLOPE} and not below the first, inconclusive otherwise`,
  tolerance: 'slope thresholds of the asymptotic rule (src/claims/asymptoticRatio.ts); closed-form eigenvalues are accurate to ~1e−12 relative, and cross-checked against quadrature and a 380-digit mpmath table',
  glossary: {
    ...G.d,
    k: 'even degree of the eigenvalue (2, 4, …, 20)',
    ...G.mu,
    'Ω(d^(−k+1))': 'bounded below by c·d^(−k+1), one constant c > 0 for all large d',
    'd ≫ k': 'd large compared with k: the sweep runs over d ∈ [10k, 1000k]',
    'μ_k·d^(k−1)': 'the ratio of μ_k to the printed rate: bounded away from 0 ⇔ the rate holds',
    ...ASYMPTOTIC_GLOSSARY,
    'slope of log(μ_k·d^(k−1)) in log d, last decade': LAST_DECADE_SLOPE,
    'fitted exponent of μ_k in d': 'last-decade slope of log μ_k in log d (= measured slope − (k − 1)): ≈ −k, not −k + 1',
    ...G.couldFail,
  },
  law: () => ({
    arbitrary: fc.record({ k: fc.integer({ min: 1, max: 10 }).map((j) => 2 * j) }),
    evaluate: ({ k }) => {
      const { ds, logRatio } = sweep(k);
      const v = decideAsymptoticRatio(ds, logRatio);
      return asymptoticCase(v, { 'fitted exponent of μ_k in d': v.lastSlope - (k - 1) });
    },
    numRuns: { quick: 10, paper: 10 },
    measuredLabel: 'slope of log(μ_k·d^(k−1)) in log d, last decade',
    boundLabel: 'refuted at ≤',
    power: ASYMPTOTIC_POWER,
    finding: (cx, worst) =>
      `μ_k·d^{k−1} decays like d^{${Number(cx.measured).toFixed(2)}} at k = ${cx.params.k} (shrunk; d ∈ [${10 * Number(cx.params.k)}, ${1000 * Number(cx.params.k)}]), so μ_k ≍ d^{−k}, not Ω(d^{−k+1}); worst drawn case slope ${Number(worst.measured).toFixed(2)} at k = ${worst.params.k}`,
  }),
  present: (outcome) => {
    const rows = outcome.measurements.rows;
    const excess = Math.max(...rows.map((r) => -(r.measured as number)));
    const chart: Chart = {
      id: 'ratio-d',
      title: 'μ_k·d^(k−1) against the sphere dimension d, closed form (claimed: bounded away from 0); dashed: c/d through the first point',
      xLabel: 'sphere dimension d',
      yLabel: 'μ_k·d^(k−1) (dimensionless)',
      xScale: 'log',
      yScale: 'log',
      series: [2, 4, 6].flatMap((k) => {
        const { ds, logRatio } = sweep(k);
        const pts = ds.map((d, i) => [d, Math.exp(logRatio[i]!)] as const);
        const [d0, r0] = pts[0]!;
        return [
          { name: `k = ${k}`, thing: `k = ${k}`, style: 'line' as const, points: pts },
          { name: `k = ${k}: ∝ 1/d`, thing: `k = ${k}`, style: 'dashed' as const, points: ds.map((d) => [d, (r0 * d0) / d] as const) },
        ];
      }),
    };
    return {
      charts: [chart],
      ...(outcome.verdict === 'refuted'
        ? { tightest: { statement: `measured: μ_k·d^{k−1} decays like d^{−a} with a up to ${excess.toFixed(3)} over the drawn cases, so the data support at best μ_k = Ω(d^{−k+1−a})`, value: excess } }
        : {}),
    };
  },
});
