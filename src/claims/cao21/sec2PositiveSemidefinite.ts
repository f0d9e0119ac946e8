import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { reluNtk } from '../../kernels/arcCosine.js';
import { funkHecke } from '../../sphere/funkHecke.js';
import { forAllClaim } from '../forAllClaim.js';
import { G } from './glossary.js';

/**
 * §2: κ is positive semi-definite (a Mercer kernel). On S^d a dot-product kernel is PSD iff every
 * Funk–Hecke eigenvalue μ_k ≥ 0 (Schoenberg); measured by quadrature of κ itself — the closed form is
 * a sum of positive terms by construction, so it cannot be the independent route.
 */
export const sec2PositiveSemidefinite = forAllClaim({
  id: 'cao21.sec2.positive-semidefinite',
  paper: 'cao21',
  printed: printed('cao21', 'sec2.mercer'),
  reading: [
    { text: 'Positive semi-definite on S^d (unit inputs, §3.1): every Funk–Hecke eigenvalue μ_k of κ(t) = t·κ̂₁(t) + 2κ̂₂(t) is ≥ 0 (Schoenberg), checked for k ≤ K by quadrature; continuity and symmetry are evident from (2.3).', restsOn: 'L98, L106' },
  ],
  domain: 'd ∈ [1, 50], degrees k ≤ K, K ∈ [2, 16]',
  rule: 'holds when, for every drawn (d, K), min_{k≤K} (quadrature μ_k + its error bound) ≥ 0; a case decides when the bound is below the smallest nonzero closed-form μ_k, k ≤ K',
  tolerance: 'quadrature discretisation estimate + worst-case rounding (src/sphere/funkHecke.ts)',
  glossary: {
    ...G.d,
    ...G.k,
    K: 'the highest degree checked, 2 ≤ K ≤ 16',
    ...G.mu,
    ...G.kappa,
    'min_k (quadrature μ_k + error bound)': 'the measured column: the smallest upper end of the quadrature value of μ_k over k ≤ K; must be ≥ 0 (dimensionless)',
    'must be ≥': 'the bound: 0',
    'smallest nonzero μ_k': 'the smallest nonzero closed-form μ_k, k ≤ K: the size of a negative eigenvalue a false claim would show',
    'largest error bound': 'the largest quadrature error bound over k ≤ K',
    ...G.couldFail,
    margin: 'decades: log10(smallest nonzero μ_k / largest error bound)',
  },
  law: () => ({
    arbitrary: fc.record({ d: fc.integer({ min: 1, max: 50 }), K: fc.integer({ min: 2, max: 16 }) }),
    evaluate: ({ d, K }) => {
      const q = funkHecke(reluNtk.value, d, K);
      const closed = reluNtk.mercerEigenvalues(d, K);
      let lowest = Infinity;
      let bound = 0;
      for (let k = 0; k <= K; k++) {
        const err = q.errorEstimate[k]! + q.roundingBound[k]!;
        lowest = Math.min(lowest, q.values[k]! + err);
        bound = Math.max(bound, err);
      }
      const smallest = Math.min(...Array.from(closed).filter((m) => m > 0));
      return { measured: lowest, bound: 0, ok: lowest >= 0, decided: bound < smallest, margin: Math.log10(smallest / bound), extra: { 'smallest nonzero μ_k': smallest, 'largest error bound': bound } };
    },
    numRuns: { quick: 20, paper: 150 },
    measuredLabel: 'min_k (quadrature μ_k + error bound)',
    boundLabel: 'must be ≥',
    power: {
      reference: 'a negative eigenvalue of the size of the smallest nonzero μ_k (k ≤ K): decided when the quadrature error bound is below it',
      marginLabel: 'log10(smallest nonzero μ_k / max error bound)',
    },
  }),
});
