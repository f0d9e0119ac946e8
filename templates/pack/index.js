// A claim pack: export the claims (and the catalogue of the paper's statements) for spectral-conformance.
import { readFileSync } from 'node:fs';
import { arcCosine0, fc, forAllClaim, funkHecke, printedIn } from 'spectral-conformance';

/** The paper's catalogue: every statement, with the claims that check it or why it cannot be checked. */
const catalogue = JSON.parse(readFileSync(new URL('./catalogue.json', import.meta.url), 'utf8'));

/**
 * Lemma 1: μ_0 of κ̂₁(t) = (π − arccos t)/(2π) on S^d is 1/4. Measured by Funk–Hecke quadrature; the
 * tolerance is the quadrature's own error bound. A case decides when that bound is below 1 % of 1/4
 * (a claim off by 1 % would fail it).
 */
export const lemma1 = forAllClaim({
  id: 'mypaper.lemma1.mu0',
  paper: 'mypaper',
  printed: printedIn(catalogue, 'lemma1'),
  reading: [{ text: 'Eigenvalues of the integral operator on S^d under the uniform probability measure, for every d ≥ 1.', restsOn: 'L3' }],
  domain: 'sphere dimension d ∈ [1, 1000]',
  rule: 'holds when |μ_0 − 1/4| ≤ quadrature error bound for every drawn d',
  tolerance: 'quadrature error estimate (two rules) + rounding bound',
  law: () => ({
    arbitrary: fc.record({ d: fc.integer({ min: 1, max: 1000 }) }),
    evaluate: ({ d }) => {
      const q = funkHecke(arcCosine0.value, d, 0);
      const bound = q.errorEstimate[0] + q.roundingBound[0];
      const gap = Math.abs(q.values[0] - 0.25);
      return { measured: gap, bound, ok: gap <= bound, decided: bound < 0.0025, margin: Math.log10(0.0025 / Math.max(gap, bound)) };
    },
    numRuns: { quick: 20, paper: 200 },
    measuredLabel: '|μ_0 − 1/4|',
    boundLabel: 'quadrature error bound',
    power: { reference: 'a value 1 % away from 1/4', marginLabel: 'log10(0.0025 / max(|μ_0 − 1/4|, bound))' },
  }),
});

export const claims = [lemma1];
export const catalogues = [catalogue];
