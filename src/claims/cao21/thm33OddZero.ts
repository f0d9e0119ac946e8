import fc from 'fast-check';
import { reluNtk } from '../../kernels/arcCosine.js';
import { funkHecke } from '../../sphere/funkHecke.js';
import { forAllClaim } from '../forAllClaim.js';

/**
 * Theorem 3.3: μ_k = 0 for odd k ≥ 3. The closed form gives exactly 0 (ĥ_{even≥2} = ĝ_{odd≥3} = 0),
 * so the measured value comes from the independent route: Funk–Hecke quadrature of κ itself.
 */
export const thm33OddZero = forAllClaim({
  id: 'cao21.thm3.3.odd-zero',
  paper: 'cao21',
  section: '§3.2, Theorem 3.3',
  statement: 'μ_k = 0, k = 2j + 1 (j ∈ ℕ⁺): the NTK eigenvalues of odd degree k ≥ 3 vanish.',
  domain: 'sphere dimension d ∈ [1, 1000], odd degree k ∈ [3, 61]',
  rule: 'holds when, for every drawn (d, k), the quadrature value |μ_k| is within the quadrature error bound of 0',
  tolerance:
    'bound = |rule − half-width rule| (discretisation) + (M + 2k + 10)·ε·E[|κ P_k|] (worst-case rounding of the M-node sum and of the P_k recurrence)',
  law: () => ({
      arbitrary: fc.record({ d: fc.integer({ min: 1, max: 1000 }), k: fc.integer({ min: 1, max: 30 }).map((j) => 2 * j + 1) }),
      evaluate: ({ d, k }) => {
        const q = funkHecke(reluNtk.value, d, k);
        const bound = q.errorEstimate[k]! + q.roundingBound[k]!;
        const mu = Math.abs(q.values[k]!);
        return { measured: mu, bound, ok: mu <= bound, extra: { closedForm: reluNtk.mercerEigenvalues(d, k)[k]! } };
      },
      numRuns: { quick: 40, paper: 300 },
      measuredLabel: '|μ_k| by Funk–Hecke quadrature',
      boundLabel: 'quadrature error + rounding bound',
  }),
});
