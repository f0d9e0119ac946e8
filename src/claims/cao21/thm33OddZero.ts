import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { reluNtk } from '../../kernels/arcCosine.js';
import { funkHecke } from '../../sphere/funkHecke.js';
import type { Chart } from '../claim.js';
import { forAllClaim } from '../forAllClaim.js';
import { G, sphere } from './glossary.js';

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
  glossary: {
    ...G.d,
    ...G.k,
    ...G.mu,
    ...G.kappa,
    ...G.P,
    'j ∈ ℕ⁺': 'a positive integer: k = 2j + 1 runs over the odd degrees 3, 5, 7, …',
    '|μ_k| by Funk–Hecke quadrature': 'the measured value: |μ_k| = |E[κ(t)P_k(t)]|, t = ⟨ζ, x⟩ with x ~ τ_d (Funk–Hecke), by Gauss quadrature (dimensionless)',
    'quadrature error + rounding bound': 'the tolerance: |rule − half-width rule| (discretisation estimate) + worst-case float64 rounding (dimensionless)',
    'μ_k, closed form': 'μ_k from the closed form of Theorem 3.3 (exactly 0 at odd k ≥ 3)',
    'min(μ_(k−1), μ_(k+1))': 'the smaller of the two neighbouring even-degree eigenvalues (closed form): the size a non-vanishing μ_k would have',
    M: 'number of quadrature nodes',
    ε: 'float64 machine epsilon, 2.2e−16',
    ...G.couldFail,
    margin: 'decades: log10(neighbours / max(|μ_k|, bound)); when violated log10(bound / |μ_k|)',
  },
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
        extra: { 'μ_k, closed form': closed[k]!, 'min(μ_(k−1), μ_(k+1))': neighbours },
      };
    },
    numRuns: { quick: 40, paper: 300 },
    measuredLabel: '|μ_k| by Funk–Hecke quadrature',
    boundLabel: 'quadrature error + rounding bound',
    power: {
      reference: 'the neighbouring even eigenvalues min(μ_(k−1), μ_(k+1)) (closed form): the size a non-vanishing μ_k would plausibly have',
      marginLabel: 'decades by which the neighbours exceed both |μ_k| and the bound: log10(min(μ_(k−1), μ_(k+1)) / max(|μ_k|, bound)); when violated, log10(bound / |μ_k|)',
    },
  }),
  present: (outcome) => ({ charts: oddZeroCharts(outcome.measurements.rows) }),
});

/**
 * At the smallest and the largest drawn d: |μ_k| by quadrature at every odd k ≤ 61 (the measured value
 * of the check at that d), the tolerance it is held to (dotted), and the even eigenvalues μ_(k±1)
 * (closed form, solid: computed, so they set the range too) a non-vanishing μ_k would be compared with.
 * A case can fail only where the solid line lies above the dotted one. A quadrature value of exactly 0 cannot be drawn on the log
 * axis; the title says how many were left out.
 */
function oddZeroCharts(rows: readonly { params: Readonly<Record<string, unknown>> }[]): Chart[] {
  const ds = rows.map((r) => Number(r.params.d));
  if (ds.length === 0) return [];
  const K = 61;
  return [...new Set([Math.min(...ds), Math.max(...ds)])].map((d) => {
    const q = funkHecke(reluNtk.value, d, K + 1);
    const closed = reluNtk.mercerEigenvalues(d, K + 1);
    const odd = Array.from({ length: (K - 1) / 2 }, (_, j) => 2 * j + 3);
    const mu = odd.map((k) => [k, Math.abs(q.values[k]!)] as const);
    const zeros = mu.filter(([, v]) => !(v > 0)).length;
    const drawn = rows.filter((r) => Number(r.params.d) === d).map((r) => Number(r.params.k));
    return {
      id: `odd-zero-d${d}`,
      title: `${sphere(d)}: |μ_k| at odd k beside its tolerance and the even eigenvalues (drawn here: k = ${drawn.join(', ')})${zeros > 0 ? `; ${zeros} odd k with |μ_k| = 0 exactly not drawn (log axis)` : ''}`,
      xLabel: 'degree k',
      yLabel: 'eigenvalue size (dimensionless)',
      xScale: 'linear',
      yScale: 'log',
      xInteger: true,
      series: [
        { name: '|μ_k| by quadrature, odd k', thing: 'odd degrees', style: 'points', points: mu.filter(([, v]) => v > 0) },
        { name: 'tolerance: quadrature error + rounding bound', thing: 'tolerance', style: 'bound', points: odd.map((k) => [k, q.errorEstimate[k]! + q.roundingBound[k]!] as const) },
        { name: 'μ_k at even k (closed form): the size a non-vanishing μ_k would have', thing: 'even degrees', style: 'line', points: Array.from({ length: K / 2 + 1 }, (_, j) => [2 * j + 2, closed[2 * j + 2]!] as const).filter(([, v]) => v > 0) },
      ],
    };
  });
}
