import fc from 'fast-check';
import { reluNtk } from '../../kernels/arcCosine.js';
import { funkHecke } from '../../sphere/funkHecke.js';
import { forAllClaim } from '../forAllClaim.js';

/**
 * Theorem 3.3: μ_0 = μ_1 = Ω(1) — read, as the issue specifies, for fixed d: both are strictly
 * positive. Measured by the closed form and confirmed by quadrature (the quadrature value minus its
 * error bound must be positive too). The closed form gives μ_1 = 3/(4(d + 1)), which is not bounded
 * below uniformly in d; the measurement table shows (d + 1)·μ_1.
 */
export const thm33LowPositive = forAllClaim({
  id: 'cao21.thm3.3.low-positive',
  paper: 'cao21',
  section: '§3.2, Theorem 3.3',
  statement: 'μ_0 = μ_1 = Ω(1)',
  domain: 'sphere dimension d ∈ [1, 10000] (fixed d: Ω(1) read as strictly positive)',
  rule: 'holds when min(μ_0, μ_1) > 0 by the closed form and min over k ∈ {0, 1} of (quadrature μ_k − its error bound) > 0, for every drawn d',
  tolerance: 'strict positivity; quadrature error bound = discretisation estimate + worst-case rounding',
  law: () => ({
      arbitrary: fc.record({ d: fc.integer({ min: 1, max: 10_000 }) }),
      evaluate: ({ d }) => {
        const [mu0, mu1] = reluNtk.mercerEigenvalues(d, 1);
        const q = funkHecke(reluNtk.value, d, 1);
        const quadLower = Math.min(
          q.values[0]! - q.errorEstimate[0]! - q.roundingBound[0]!,
          q.values[1]! - q.errorEstimate[1]! - q.roundingBound[1]!,
        );
        const measured = Math.min(mu0!, mu1!);
        return { measured, bound: 0, ok: measured > 0 && quadLower > 0, extra: { mu0: mu0!, mu1: mu1!, 'mu1·(d+1)': mu1! * (d + 1), quadLower } };
      },
      numRuns: { quick: 30, paper: 200 },
      measuredLabel: 'min(μ_0, μ_1), closed form',
      boundLabel: 'must exceed',
  }),
});
