import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { reluNtk } from '../../kernels/arcCosine.js';
import { harmonicDimension } from '../../sphere/harmonicDimension.js';
import { forAllClaim } from '../forAllClaim.js';
import { positiveSpectrum } from './positiveSpectrum.js';
import { relativeAccuracy } from './thm33Ordering.js';
import { G, sphere } from './glossary.js';
import type { Chart } from '../claim.js';

const LAMBDA = 'λ_(r_k)';
const DEGREE = 'degree of λ_(r_k)';
const MU = 'μ_(k−1)';

type Enumeration = 'sorted' | 'by-degree';

/**
 * λ_{r_k} under one enumeration of the spectrum, and whether it is the smallest of the first r_k
 * eigenvalues and strictly positive (what Theorem 3.2's λ_1 ≥ λ_2 ≥ ⋯ > 0 requires, L108):
 *  - sorted: the strictly positive eigenvalues sorted decreasingly (L108); λ_{r_k} is the k-th distinct
 *    one, r_k the sum of the first k multiplicities;
 *  - by-degree: degree by degree, zeros included, r_k = Σ_{k′<k} N(d, k′) (L169); λ_{r_k} = μ_{k−1}.
 */
function lambdaRk(d: number, k: number, enumeration: Enumeration): { lambda: number; degree: number; rk: number; consistent: boolean } {
  if (enumeration === 'sorted') {
    const blocks = positiveSpectrum(d, 2 * k + 2).slice(0, k);
    const last = blocks[k - 1]!;
    return { lambda: last.mu, degree: last.degree, rk: blocks.reduce((s, b) => s + b.multiplicity, 0), consistent: true };
  }
  const mu = reluNtk.mercerEigenvalues(d, k);
  let rk = 0;
  for (let j = 0; j < k; j++) rk += Number(harmonicDimension(d, j));
  const lambda = mu[k - 1]!;
  const smallest = Math.min(...Array.from(mu).slice(0, k));
  return { lambda, degree: k - 1, rk, consistent: lambda > 0 && lambda === smallest };
}

function remark34Claim(spec: { id: string; readingName: string; enumeration: Enumeration }) {
  const sorted = spec.enumeration === 'sorted';
  return forAllClaim({
    id: spec.id,
    paper: 'cao21',
    printed: printed('cao21', 'remark3.4'),
    readingName: spec.readingName,
    reading: [
      sorted
        ? { text: 'λ_1 ≥ λ_2 ≥ ⋯ are the strictly positive eigenvalues of L_κ sorted (as L108 defines them) and r_k is the sum of the multiplicities of the first k distinct ones; then λ_{r_k} is the k-th largest distinct positive μ, compared with μ_{k−1}.', restsOn: 'L108, L154' }
        : { text: 'The eigenvalues are enumerated degree by degree, N(d, j) copies of μ_j for j = 0, 1, 2, …, zeros of odd degree included, with r_k = Σ_{k′<k} N(d, k′) as the corollaries define it; then λ_{r_k} = μ_{k−1} by construction, and what is checked is that this enumeration is the one Theorem 3.2 uses: λ_{r_k} strictly positive and the smallest of λ_1, …, λ_{r_k}.', restsOn: 'L108, L154, L169' },
      { text: 'μ_k from the closed form (exact zeros at odd k ≥ 3, confirmed by quadrature in cao21.thm3.3.odd-zero); equality within the closed-form relative accuracy.', restsOn: 'L140, L154' },
    ],
    refutation: {
      kind: 'substantive',
      evidence: sorted
        ? 'holds for k ≤ 3; from k = 4 the k-th distinct positive eigenvalue is μ of degree 2(k − 2) (0, 1, 2, 4, 6, …: μ_3 = 0 is not an eigenvalue of the positive spectrum), not μ_{k−1} — the remark overlooks the vanishing odd degrees; the degree-by-degree reading fails from k = 4 too (substantive, not a typo, as for cao21.cor3.6.rate and cao21.abstract.lower-degree-easier: the paper itself states μ_k = 0 for odd k ≥ 3, L140, L192, so no misprint is involved — the identification is derived without its own zeros)'
        : 'holds for k ≤ 3; from k = 4 the first r_k eigenvalues contain μ_3 = 0, so λ_{r_k} = μ_{k−1} is either 0 (k − 1 odd) or not the smallest of them (k − 1 even) — the remark overlooks the vanishing odd degrees; the sorted reading fails from k = 4 too (substantive, not a typo, as for cao21.cor3.6.rate and cao21.abstract.lower-degree-easier: the paper itself states μ_k = 0 for odd k ≥ 3, L140, L192, so no misprint is involved — the identification is derived without its own zeros)',
    },
    domain: 'sphere dimension d ∈ [1, 1000], k ∈ [1, 20]',
    rule: sorted
      ? 'holds when, for every drawn (d, k), the k-th distinct positive eigenvalue equals μ_{k−1} within the closed-form relative accuracy'
      : 'holds when, for every drawn (d, k), μ_{k−1} > 0 and μ_{k−1} = min_{j<k} μ_j',
    tolerance: 'closed-form relative accuracy 4·(K + d/2 + 4)·ε, doubled (src/spectra/arcCosineHarmonics.ts)',
    glossary: {
      ...G.d,
      k: 'the index of Remark 3.4: λ_(r_k) is compared with μ_(k−1) (1 ≤ k ≤ 20)',
      ...G.mu,
      ...G.N,
      [LAMBDA]: sorted ? 'the k-th largest distinct strictly positive eigenvalue of L_κ (closed form)' : 'the r_k-th eigenvalue when they are enumerated degree by degree: μ_(k−1)',
      [DEGREE]: 'the degree j whose μ_j is λ_(r_k)',
      [MU]: 'the eigenvalue of degree k − 1 (closed form) that Remark 3.4 equates with λ_(r_k)',
      r_k: sorted ? 'sum of the multiplicities of the first k distinct positive eigenvalues (an integer)' : 'Σ_(j<k) N(d, j), zeros included (an integer)',
      'Σ_(j<k) N(d, j)': 'r_k as the corollaries define it, degree by degree with the zeros (an integer)',
      ...(sorted
        ? { 'relative difference': 'the measured column: |λ_(r_k) − μ_(k−1)| / max(λ_(r_k), μ_(k−1)) (dimensionless; 1 when one of them is 0)', 'relative accuracy': 'the bound: 2 × 4·(K + d/2 + 4)·ε with K = 2k + 2' }
        : { 'identity holds (1 = yes)': 'the measured column: 1 when μ_(k−1) > 0 and μ_(k−1) = min_(j<k) μ_j, else 0', 'must be 1': 'the bound' }),
      ...G.couldFail,
      margin: sorted ? 'decades: log10(accuracy / relative difference)' : '+1 when the identity holds, −1 when it fails',
    },
    law: () => ({
      arbitrary: fc.record({ d: fc.integer({ min: 1, max: 1000 }), k: fc.integer({ min: 1, max: 20 }) }),
      evaluate: ({ d, k }) => {
        const { lambda, degree, rk, consistent } = lambdaRk(d, k, spec.enumeration);
        const target = reluNtk.mercerEigenvalues(d, k)[k - 1]!;
        const tol = 2 * relativeAccuracy(d, 2 * k + 2);
        const relDiff = Math.abs(lambda - target) / Math.max(lambda, target);
        const ok = sorted ? relDiff <= tol : consistent;
        let corollaryRk = 0;
        for (let j = 0; j < k; j++) corollaryRk += Number(harmonicDimension(d, j));
        return {
          measured: sorted ? relDiff : Number(consistent),
          bound: sorted ? tol : 1,
          ok,
          // Distinct eigenvalues differ by far more than the accuracy, so a wrong index always shows.
          decided: true,
          margin: sorted ? Math.log10(tol / Math.max(relDiff, Number.EPSILON)) : ok ? 1 : -1,
          extra: { [LAMBDA]: lambda, [DEGREE]: degree, [MU]: target, r_k: rk, 'Σ_(j<k) N(d, j)': corollaryRk },
        };
      },
      numRuns: { quick: 40, paper: 300 },
      measuredLabel: sorted ? 'relative difference' : 'identity holds (1 = yes)',
      boundLabel: sorted ? 'relative accuracy' : 'must be 1',
      power: {
        reference: 'a wrong index (the eigenvalue of a neighbouring degree), which differs from μ_(k−1) by far more than the accuracy — every case decides',
        marginLabel: sorted ? 'log10(accuracy / relative difference)' : '+1 when the identity holds, −1 when it fails',
      },
      finding: (cx, worst) =>
        sorted
          ? `λ_{r_k} ≠ μ_{k−1} at d = ${cx.params.d}, k = ${cx.params.k} (shrunk): the k-th distinct positive eigenvalue is μ of degree ${cx.params[DEGREE]} = ${Number(cx.params[LAMBDA]).toPrecision(4)}, against μ_{k−1} = ${Number(cx.params[MU]).toPrecision(4)}; fails for every drawn k ≥ 4 (worst drawn d = ${worst.params.d}, k = ${worst.params.k})`
          : `at d = ${cx.params.d}, k = ${cx.params.k} (shrunk) λ_{r_k} = μ_{k−1} = ${Number(cx.params[MU]).toPrecision(4)} is not a strictly positive eigenvalue below all of λ_1, …, λ_{r_k} (μ_3 = 0 sits among them for every k ≥ 4); worst drawn d = ${worst.params.d}, k = ${worst.params.k}`,
    }),
    present: (outcome) => {
      const ds = outcome.measurements.rows.map((r) => Number(r.params.d));
      if (ds.length === 0) return {};
      const d = Math.min(...ds);
      const ks = Array.from({ length: 20 }, (_, i) => i + 1);
      const mu = reluNtk.mercerEigenvalues(d, 20);
      const chart: Chart = {
        id: 'remark34-index',
        title: `${sphere(d)} (the smallest drawn d): the eigenvalue Remark 3.4 names, μ_(k−1), against ${sorted ? 'the k-th largest distinct positive eigenvalue' : 'the smallest of the first r_k eigenvalues'} (closed form; zeros are not drawn on the log axis)`,
        xLabel: 'index k',
        yLabel: 'eigenvalue (dimensionless)',
        xScale: 'linear',
        yScale: 'log',
        xInteger: true,
        series: [
          { name: sorted ? 'λ_(r_k): k-th largest distinct positive eigenvalue' : 'min_(j<k) μ_j: smallest of the first r_k eigenvalues (0 from k = 4)', thing: 'λ', style: 'points', points: ks.map((k) => [k, sorted ? lambdaRk(d, k, 'sorted').lambda : Math.min(...Array.from(mu).slice(0, k))] as const).filter(([, v]) => v > 0) },
          { name: 'μ_(k−1) (0 at even k ≥ 4)', thing: 'μ', style: 'points', points: ks.map((k) => [k, mu[k - 1]!] as const).filter(([, v]) => v > 0) },
        ],
      };
      return { charts: [chart] };
    },
  });
}

/** Remark 3.4 with the positive eigenvalues sorted (L108). */
export const remark34Index = remark34Claim({ id: 'cao21.remark3.4.index', readingName: 'positive eigenvalues sorted (L108)', enumeration: 'sorted' });
/** Remark 3.4 with the eigenvalues enumerated degree by degree (L169). */
export const remark34IndexByDegree = remark34Claim({ id: 'cao21.remark3.4.index.by-degree', readingName: 'degree by degree, zeros included (L169)', enumeration: 'by-degree' });
