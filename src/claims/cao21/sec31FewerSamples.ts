import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { forAllClaim } from '../forAllClaim.js';
import { positiveSpectrum } from './positiveSpectrum.js';
import { relativeAccuracy } from './thm33Ordering.js';
import type { Chart } from '../claim.js';
import { G, sphere } from './glossary.js';

const WORST_D = 'd with the smallest margin';

/**
 * Theorem 3.2's requirements for learning the first k distinct eigen-directions on uniform data, as
 * printed (L118): n_k = max{(λ_{r_k} − λ_{r_k+1})⁻², M_k⁴r_k²} and the width's dependence on λ_{r_k}⁻¹
 * (m ≥ Ω̃(poly(T, λ_{r_k}⁻¹, ε⁻¹))), with λ the sorted positive spectrum (L108), r_k the sum of the first
 * k multiplicities and M_k² = max over those blocks of N(d, j) (an orthonormal degree-j harmonic has
 * sup² ≤ N(d, j), attained by the normalised zonal one).
 */
export function requirements(d: number, k: number): { n: number; inverseLambda: number; rk: number } {
  const blocks = positiveSpectrum(d, 2 * k + 4).slice(0, k + 1);
  const first = blocks.slice(0, k);
  const rk = first.reduce((s, b) => s + b.multiplicity, 0);
  const m2 = Math.max(...first.map((b) => b.multiplicity));
  const gap = blocks[k - 1]!.mu - blocks[k]!.mu;
  return { n: Math.max(gap ** -2, m2 * m2 * rk * rk), inverseLambda: 1 / blocks[k - 1]!.mu, rk };
}

export const sec31FewerSamples = forAllClaim({
  id: 'cao21.sec3.1.fewer-samples',
  paper: 'cao21',
  printed: printed('cao21', 'sec3.1.smaller-sample'),
  readingName: 'Theorem 3.2’s printed requirements (L118)',
  reading: [
    { text: '"Components corresponding to larger eigenvalues can be learned with smaller sample size and narrower networks" is read on Theorem 3.2’s own conditions: the sample requirement n_k = max{(λ_{r_k} − λ_{r_k+1})⁻², M⁴r_k²} and the width’s λ_{r_k}⁻¹ must not decrease from k to k + 1 (the next, smaller eigenvalue).', restsOn: 'L118, L124' },
    { text: 'The Ω̃ hides the same constant and log factors at every k (the log(r_k/δ) factors become equal as δ → 0), and ε, δ, T are the same, so the printed expressions are compared as they are; the garbled "(λ_{r_k} − 1)^{−2}·λ_{r_k+1})^{−2}" is read as (λ_{r_k} − λ_{r_k+1})^{−2}.', restsOn: 'L118' },
    { text: 'Uniform data: λ from the closed-form spectrum sorted (L108), the eigenfunctions spherical harmonics with M² = max N(d, j) over the blocks in V_{r_k}.', restsOn: 'L108, L154' },
  ],
  refutation: {
    kind: 'substantive',
    evidence: 'on the circle (d = 1) the first gap μ_0 − μ_1 = 0.132 is smaller than the second μ_1 − μ_2 = 0.274, so n_1 = 57.6 exceeds n_2 = max(13.3, 2²·3²) = 36: the printed condition for the top eigenvalue is the larger one; the width’s λ⁻¹ is monotone at every drawn case. Caveat: the refutation rests on this one case (d = 1, k = 1; every other drawn (d, k) satisfies the rule), and its factor 57.7/36 = 1.6 is of the size of what the Ω̃ hides — the log(r_k/δ) factors are equal only as δ → 0 (log(3/δ)/log(1/δ) = 1.37 at δ = 0.05), and a constant that differs between the gap term and the M⁴r_k² term would absorb it — so it refutes the printed expressions compared as they stand, not the sentence’s order in k and d: on the orders as Corollaries 3.6/3.7 use them (L162–178) it holds (cao21.sec3.1.fewer-samples.corollary-orders)',
  },
  domain: 'k ∈ [1, 8] drawn; for each k every d ∈ [1, 200] (the first k + 1 distinct positive eigenvalues)',
  rule: 'holds when, for every drawn k and every d ≤ 200, n_{k+1} ≥ n_k and λ_{r_{k+1}}⁻¹ ≥ λ_{r_k}⁻¹ within the closed-form relative accuracy',
  tolerance: 'closed-form relative accuracy 4·(K + d/2 + 4)·ε of the eigenvalues, ×4 for the squared inverse gap',
  glossary: {
    k: 'the number of distinct eigenvalues learned (1 ≤ k ≤ 8); compared with k + 1',
    ...G.d,
    ...G.lambda,
    'λ_1 ≥ λ_2 ≥ ⋯': 'the strictly positive eigenvalues of L_κ sorted (closed form, uniform data)',
    ...G.rk,
    'M_k²': 'max over the first k blocks of N(d, j): the bound on the square of an orthonormal harmonic',
    'n_k': 'Theorem 3.2’s sample requirement max{(λ_(r_k) − λ_(r_k+1))⁻², M_k⁴·r_k²} (a number of samples, constants dropped)',
    'n_(k+1)': 'the same at k + 1',
    '1/λ_(r_k)': 'the width’s dependence on λ_(r_k)⁻¹ (m ≥ Ω̃(poly(T, λ_(r_k)⁻¹, ε⁻¹)))',
    '1/λ_(r_(k+1))': 'the same at k + 1',
    [WORST_D]: 'the sphere dimension (of all d ≤ 200) with the smallest margin for this k',
    'largest ratio of requirements': 'the measured column: max(n_k/n_(k+1), λ_(r_(k+1))/λ_(r_k)) at that d (> 1: a requirement falls from k to k + 1)',
    '1 + accuracy': 'the bound: 1 + 4 × closed-form relative accuracy',
    ...G.eps,
    ...G.couldFail,
    margin: 'min(ln(n_(k+1)/n_k), ln(λ_(r_k)/λ_(r_(k+1)))), natural log (negative: a requirement falls)',
  },
  law: () => ({
    arbitrary: fc.record({ k: fc.integer({ min: 1, max: 8 }) }),
    evaluate: ({ k }) => {
      // Exhaustive in d: the case is the worst d for this k (smallest margin).
      let worst: { d: number; margin: number; tol: number; a: ReturnType<typeof requirements>; b: ReturnType<typeof requirements> } | undefined;
      for (let d = 1; d <= 200; d++) {
        const a = requirements(d, k);
        const b = requirements(d, k + 1);
        const tol = 4 * relativeAccuracy(d, 2 * k + 6);
        const margin = Math.min(Math.log(b.n / a.n), Math.log(b.inverseLambda / a.inverseLambda));
        if (!worst || margin < worst.margin) worst = { d, margin, tol, a, b };
      }
      const { d, margin, tol, a, b } = worst!;
      return {
        measured: Math.max(a.n / b.n, a.inverseLambda / b.inverseLambda),
        bound: 1 + tol,
        ok: margin >= -tol,
        decided: Math.abs(margin) > tol,
        margin,
        extra: { [WORST_D]: d, n_k: a.n, 'n_(k+1)': b.n, '1/λ_(r_k)': a.inverseLambda, '1/λ_(r_(k+1))': b.inverseLambda, r_k: a.rk },
      };
    },
    numRuns: { quick: 20, paper: 100 },
    measuredLabel: 'largest ratio of requirements',
    boundLabel: '1 + accuracy',
    power: {
      reference: 'a requirement that stays equal from k to k + 1 (ratio 1): decided when the ratio differs from 1 by more than the accuracy',
      marginLabel: 'min(log(n_(k+1)/n_k), log(λ_(r_k)/λ_(r_(k+1)))) (negative: the requirement falls)',
    },
    finding: (cx, worst) =>
      `Theorem 3.2’s sample requirement falls from k = ${cx.params.k} to ${Number(cx.params.k) + 1} at d = ${cx.params[WORST_D]} (shrunk): n_k = ${Number(cx.params.n_k).toPrecision(3)} > n_{k+1} = ${Number(cx.params['n_(k+1)']).toPrecision(3)} (the gap term of the top eigenvalue); worst drawn ratio ${Number(worst.measured).toPrecision(3)} at d = ${worst.params[WORST_D]}, k = ${worst.params.k}`,
  }),
  present: () => {
    const ks = Array.from({ length: 9 }, (_, i) => i + 1);
    const chart: Chart = {
      id: 'sample-requirement',
      title: 'Theorem 3.2’s sample requirement n_k against k (constants dropped): on the circle S¹ it falls from k = 1 to 2',
      xLabel: 'number k of distinct eigenvalues learned',
      yLabel: 'n_k (samples, up to constants)',
      xScale: 'linear',
      yScale: 'log',
      xInteger: true,
      series: [1, 2, 9].map((d) => ({ name: sphere(d), style: 'line' as const, points: ks.map((k) => [k, requirements(d, k).n] as const) })),
    };
    return { charts: [chart] };
  },
});
