import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { reluNtk } from '../../kernels/arcCosine.js';
import { funkHecke } from '../../sphere/funkHecke.js';
import { forAllClaim } from '../forAllClaim.js';

/**
 * Theorem 3.3: μ_k = 0 for odd k ≥ 3. The closed form gives exactly 0 (ĥ_{even≥2} = ĝ_{odd≥3} = 0),
 * so the measured value comes from the independent route: Funk–Hecke quadrature of κ itself.
 * Power: a false claim would leave μ_k of the size of its even neighbours, so a case decides only when
 * the quadrature's error bound lies below min(μ_{k−1}, μ_{k+1}); at large d and k those neighbours fall
 * below the bound (≈ 1e−76 against 1e−49 at d = 995, k = 39) and the case is undecided.
 */
export const thm33OddZero = forAllClaim({
  id: 'cao21.thm3.3.odd-zero',
  paper: 'cao21',
  printed: printed('cao21', 'thm3.3.odd'),
  reading: [
    { text: 'μ_k = 0, k = 2j + 1, j ∈ ℕ⁺: the eigenvalues of odd degree k ≥ 3 vanish exactly, for every d ≥ 1 ("where j ∈ ℕ⁺").', restsOn: 'L140, L148' },
    { text: 'μ_k are the eigenvalues of L_κ on L²_{τ_d}(S^d) with τ_d the uniform probability measure (the normalisation does not matter for = 0).', restsOn: 'L150–154' },
  ],
  domain: 'sphere dimension d ∈ [1, 1000], odd degree k ∈ [3, 61]',
  rule: 'holds when, for every drawn (d, k), the quadrature value |μ_k| is within the quadrature error bound of 0; a case decides only when that bound is below min(μ_{k−1}, μ_{k+1})',
  tolerance:
    'bound = |rule − half-width rule| (discretisation) + (M + 2k + 10)·ε·E[|κ P_k|] (worst-case rounding of the M-node sum and of the P_k recurrence)',
  law: () => ({
    arbitrary: fc.record({ d: fc.integer({ min: 1, max: 1000 }), k: fc.integer({ min: 1, max: 30 }).map((j) => 2 * j + 1) }),
    evaluate: ({ d, k }) => {
      const q = funkHecke(reluNtk.value, d, k + 1);
      const bound = q.errorEstimate[k]! + q.roundingBound[k]!;
      const mu = Math.abs(q.values[k]!);
      const closed = reluNtk.mercerEigenvalues(d, k + 1);
      const neighbours = Math.min(closed[k - 1]!, closed[k + 1]!);
      const ok = mu <= bound;
      return {
        measured: mu,
        bound,
        ok,
        decided: bound < neighbours,
        margin: ok ? Math.log10(neighbours / Math.max(mu, bound)) : Math.log10(bound / mu),
        extra: { closedForm: closed[k]!, 'min(μ_{k−1}, μ_{k+1})': neighbours },
      };
    },
    numRuns: { quick: 40, paper: 300 },
    measuredLabel: '|μ_k| by Funk–Hecke quadrature',
    boundLabel: 'quadrature error + rounding bound',
    power: {
      reference: 'the neighbouring even eigenvalues min(μ_{k−1}, μ_{k+1}) (closed form): the size a non-vanishing μ_k would plausibly have',
      marginLabel: 'decades by which the neighbours exceed both |μ_k| and the bound: log10(min(μ_{k−1}, μ_{k+1}) / max(|μ_k|, bound)); when violated, log10(bound / |μ_k|)',
    },
  }),
});
