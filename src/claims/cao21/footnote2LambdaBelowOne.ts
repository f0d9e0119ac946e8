import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { reluNtk } from '../../kernels/arcCosine.js';
import { funkHecke } from '../../sphere/funkHecke.js';
import { forAllClaim } from '../forAllClaim.js';
import { relativeAccuracy } from './thm33Ordering.js';
import { G } from './glossary.js';

/**
 * Footnote 2: λ_{r_k} < 1 for all k. Every λ_{r_k} is one of the μ_j, so the claim is max_j μ_j < 1;
 * measured as the largest closed-form μ_j, j ≤ K, with μ_0 (the largest) confirmed by quadrature.
 * Power: the reference is 1 itself; a case decides when the numerical error is far below 1 − max μ.
 */
export const footnote2LambdaBelowOne = forAllClaim({
  id: 'cao21.footnote2.lambda-below-one',
  paper: 'cao21',
  printed: printed('cao21', 'footnote2'),
  readingName: 'uniform τ_d',
  reading: [
    { text: 'λ_{r_k} are eigenvalues of L_κ under the uniform probability measure τ_d (Remark 3.4); "for all k" is read as max over all eigenvalues μ_j < 1 on every S^d. Under the surface measure (|S^1| = 2π) it would fail: the normalisation is the printed one.', restsOn: 'L150–154, L171' },
    { text: 'Not implied by the trace alone: Σ_j N(d, j)μ_j = κ(1) = 3/2 > 1.', restsOn: 'L78–90' },
  ],
  domain: 'd ∈ [1, 10000], degrees j ≤ K, K ∈ [2, 60]',
  rule: 'holds when, for every drawn (d, K), max_{j≤K} μ_j < 1 by the closed form and the quadrature value of μ_0 plus its error bound is < 1',
  tolerance: 'closed-form relative accuracy 4·(K + d/2 + 4)·ε; quadrature error bound = discretisation estimate + worst-case rounding',
  glossary: {
    ...G.d,
    K: 'the highest degree checked, 2 ≤ K ≤ 60',
    ...G.mu,
    ...G.lambda,
    ...G.tau,
    'max_j μ_j, upper bound': 'the measured column: the larger of max_(j≤K) μ_j × (1 + accuracy) and the quadrature μ_0 + its error bound (dimensionless)',
    'must be below': 'the bound: 1',
    'μ_0 (closed form)': 'the largest eigenvalue μ_0 from the closed form',
    'μ_0 (quadrature)': 'μ_0 by Funk–Hecke quadrature of κ',
    ...G.couldFail,
    margin: '1 − upper bound on max_j μ_j',
  },
  law: () => ({
    arbitrary: fc.record({ d: fc.integer({ min: 1, max: 10_000 }), K: fc.integer({ min: 2, max: 60 }) }),
    evaluate: ({ d, K }) => {
      const mu = reluNtk.mercerEigenvalues(d, K);
      const largest = Math.max(...mu) * (1 + relativeAccuracy(d, K));
      const q = funkHecke(reluNtk.value, d, 0);
      const quadUpper = q.values[0]! + q.errorEstimate[0]! + q.roundingBound[0]!;
      const upper = Math.max(largest, quadUpper);
      return { measured: upper, bound: 1, ok: upper < 1, decided: upper - Math.min(largest, q.values[0]!) < 1 - upper, margin: 1 - upper, extra: { 'μ_0 (closed form)': mu[0]!, 'μ_0 (quadrature)': q.values[0]! } };
    },
    numRuns: { quick: 30, paper: 200 },
    measuredLabel: 'max_j μ_j, upper bound',
    boundLabel: 'must be below',
    power: {
      reference: 'the value 1 itself: decided when the numerical uncertainty of max μ_j is below its distance to 1',
      marginLabel: '1 − max_j μ_j (upper bound)',
    },
  }),
});
