import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { reluNtk } from '../../kernels/arcCosine.js';
import type { Chart } from '../claim.js';
import { forAllClaim } from '../forAllClaim.js';
import { G, sphere } from './glossary.js';

/** Degrees of the nonzero NTK eigenvalues: 0, 1, 2, 4, 6, … ≤ K. */
export function nonzeroDegrees(maxDegree: number): number[] {
  const out = [0, 1];
  for (let k = 2; k <= maxDegree; k += 2) out.push(k);
  return out;
}

/** Closed-form relative accuracy of the spectrum (see src/spectra/arcCosineHarmonics.ts): ≤ (K + d/2 + 4)·ε, ×4 for squaring and the three-term log-sum. */
export function relativeAccuracy(d: number, maxDegree: number): number {
  return 4 * (maxDegree + d / 2 + 4) * Number.EPSILON;
}

/**
 * The ordering of the nonzero eigenvalues by degree, which Remark 3.4's identification λ_{r_k} = μ_{k−1}
 * needs (λ_1 ≥ λ_2 ≥ ⋯ sorted, L108). No sentence of the paper prints it; it is derived here.
 * Power: a false claim is two consecutive nonzero eigenvalues in the wrong order or equal; a case
 * decides when the largest ratio μ_next/μ_prev is below 1 by more than the closed-form accuracy.
 */
export const thm33Ordering = forAllClaim({
  id: 'cao21.thm3.3.ordering',
  paper: 'cao21',
  printed: printed('cao21', 'remark3.4'),
  readingName: 'nonzero μ_k decrease with the degree (what the remark presumes)',
  reading: [
    { text: 'Not printed as such: Remark 3.4 equates λ_{r_k} — the smallest of the first k distinct eigenvalues of L_κ sorted λ_1 ≥ λ_2 ≥ ⋯ (L108) — with μ_{k−1}; that needs the nonzero μ_k to decrease with the degree. Checked here: μ_0 > μ_1 > μ_2 > μ_4 > μ_6 > … (the nonzero degrees; the odd degrees ≥ 3 have μ_k = 0, cao21.thm3.3.odd-zero, and are the subject of cao21.remark3.4.index).', restsOn: 'L108, L154' },
    { text: 'μ_k under the uniform probability measure τ_d (the normalisation does not affect the order).', restsOn: 'L154' },
  ],
  domain: 'sphere dimension d ∈ [1, 10000], degrees up to K ∈ [2, 200]',
  rule: 'holds when, for every drawn (d, K), the largest ratio μ_next/μ_prev over consecutive nonzero degrees is ≤ 1 + (closed-form relative accuracy)',
  tolerance: '2 × closed-form relative accuracy 4·(K + d/2 + 4)·ε (sum of logarithms of rational factors)',
  glossary: {
    ...G.d,
    ...G.k,
    ...G.mu,
    K: 'the highest degree checked (an integer)',
    'nonzero degrees': '0, 1, 2, 4, 6, …: the odd degrees ≥ 3 have μ_k = 0 and are left out',
    'max μ_next/μ_prev': 'the measured column: largest ratio of an eigenvalue to that of the previous nonzero degree (dimensionless; < 1 means decreasing)',
    '1 + accuracy': 'the bound: 1 plus twice the closed-form relative accuracy 4·(K + d/2 + 4)·ε',
    'degree of the largest ratio': 'the nonzero degree k at which μ_k / μ_(previous nonzero degree) is largest',
    ...G.eps,
    ...G.couldFail,
    margin: '−ln(max ratio), natural log (negative: an increase)',
  },
  law: () => ({
      arbitrary: fc.record({ d: fc.integer({ min: 1, max: 10_000 }), K: fc.integer({ min: 2, max: 200 }) }),
      evaluate: ({ d, K }) => {
        const logMu = reluNtk.logMercerEigenvalues(d, K);
        const degrees = nonzeroDegrees(K);
        let worst = -Infinity;
        let at = 0;
        for (let i = 1; i < degrees.length; i++) {
          const r = logMu[degrees[i]!]! - logMu[degrees[i - 1]!]!;
          if (r > worst) {
            worst = r;
            at = degrees[i]!;
          }
        }
        const bound = 1 + 2 * relativeAccuracy(d, K);
        const ratio = Math.exp(worst);
        return { measured: ratio, bound, ok: ratio <= bound, decided: ratio < 2 - bound, margin: -Math.log(ratio), extra: { 'degree of the largest ratio': at } };
      },
      numRuns: { quick: 60, paper: 500 },
      measuredLabel: 'max μ_next/μ_prev',
      boundLabel: '1 + accuracy',
      power: {
        reference: 'two consecutive nonzero eigenvalues equal or in the wrong order (ratio ≥ 1): decided when the largest ratio is below 1 by more than the closed-form accuracy',
        marginLabel: '−log(max μ_next/μ_prev) (negative: an increase)',
      },
  }),
  present: () => {
    const chart: Chart = {
      id: 'ntk-spectrum',
      title: 'NTK eigenvalues μ_k against the degree k (closed form; the odd degrees k ≥ 3 have μ_k = 0 and are not drawn)',
      xLabel: 'degree k',
      yLabel: 'μ_k (dimensionless)',
      xScale: 'linear',
      yScale: 'log',
      xInteger: true,
      series: [1, 2, 9, 100, 1000].map((d) => {
        const mu = reluNtk.mercerEigenvalues(d, 60);
        return { name: sphere(d), style: 'points' as const, points: nonzeroDegrees(60).map((k) => [k, mu[k]!] as const) };
      }),
    };
    return { charts: [chart] };
  },
});
