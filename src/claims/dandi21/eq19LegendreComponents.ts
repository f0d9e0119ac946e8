import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { monomialComponents } from '../../layerwise/monomialComponents.js';
import { funkHecke } from '../../sphere/funkHecke.js';
import { forAllClaim } from '../forAllClaim.js';

interface Case extends Record<string, number | string> {
  d: number;
  l: number;
  /** Coefficients g_0..g_P (comma-separated). */
  g: string;
}

const MAX_POWER = 12;

/**
 * Eq. (19): the degree-l Legendre component of g(u) = Σ g_m u^m is Σ_{m ≥ l} g_m β_l^m, hence the ratio
 * g_{P_l}/h_{P_l} = Σ g_mβ_l^m / Σ h_mβ_l^m. Checked component-wise (the ratio follows): the quadrature of
 * g·P_l on S^{d−1} (`funkHecke`) against Σ_{m≥l} g_m·M(m, l) (`monomialComponents`, β_l^m = N(d, l)·M(m, l);
 * the factor N cancels in the ratio).
 */
export const eq19LegendreComponents = forAllClaim<Case>({
  id: 'dandi21.eq19.legendre-components',
  paper: 'dandi21',
  printed: printed('dandi21', 'eq19'),
  reading: [
    { text: 'Checked component by component, which implies the printed ratio: for g a polynomial of degree ≤ 12 with coefficients k/8, k ∈ [−8, 8] (signs allowed — the identity is linear), E[g(t)P_l(t)] = Σ_{m≥l} g_m E[t^mP_l(t)] on S^{d−1}, d ∈ [2, 20].', restsOn: 'L202–206' },
    { text: 'Repaired typo at L206: the printed middle expression writes ∫_{−1}^{1} … du; read as the Gegenbauer-weighted integral ∫_{−1}^{1} … (1 − u²)^{(d−3)/2} du — the dimension-dependent measure μ of L202–204 and ν of appendix 11 (L409). With the literal du the identity is false for every d ≠ 3 (du is the weight only on S², d = 3).', restsOn: 'L202–206, L409' },
  ],
  glossary: {
    'Σ over m ≥ l of g_m·E[t^m P_l]': 'the right side of eq. (19): the sum over m ≥ l of g_m·E[t^m P_l], exact',
    d: 'input dimension: P_l are the Legendre (Gegenbauer) polynomials of S^(d−1)',
    l: 'degree of the Legendre polynomial P_l',
    g: 'the drawn polynomial\'s coefficients g_0, g_1, …, g_P (comma-separated)',
    g_m: 'coefficient of u^m in g',
    'E[t^m P_l]': 'β_l^m/N(d, l): the degree-l component of the monomial t^m (exact, `monomialComponents`)',
    tolerance: 'quadrature error estimate + rounding bound + rounding of the sum',
  },
  domain: `input dimension d ∈ [2, 20]; l ∈ [0, P]; g of degree P ≤ ${MAX_POWER}, g_m = k/8, k ∈ [−8, 8]`,
  rule: 'per case: |quadrature − Σ_{m≥l} g_m M(m, l)| ≤ tolerance; refuted when some case exceeds it',
  tolerance: 'quadrature |fine − coarse| + rounding bound, plus 4(P + 3)ε·Σ|g_m|M(m, l) for the sum',
  law: () => ({
    arbitrary: fc.integer({ min: 0, max: MAX_POWER }).chain((P) =>
      fc.record({
        d: fc.integer({ min: 2, max: 20 }),
        l: fc.integer({ min: 0, max: P }),
        g: fc.array(fc.integer({ min: -8, max: 8 }), { minLength: P + 1, maxLength: P + 1 }).map((ks) => ks.map((k) => k / 8).join(',')),
      }),
    ),
    evaluate: ({ d, l, g }) => {
      const gs = g.split(',').map(Number);
      const P = gs.length - 1;
      const q = funkHecke((t) => gs.reduceRight((s, c) => s * t + c, 0), d - 1, l);
      const M = monomialComponents(d - 1, P);
      let series = 0;
      let size = 0;
      let smallest = Infinity;
      for (let m = l; m <= P; m++) {
        const term = gs[m]! * M[m]![l]!;
        series += term;
        size += Math.abs(term);
        if (term !== 0) smallest = Math.min(smallest, Math.abs(term));
      }
      const tolerance = q.errorEstimate[l]! + q.roundingBound[l]! + 4 * (P + 3) * Number.EPSILON * size;
      const gap = Math.abs(q.values[l]! - series);
      return {
        measured: q.values[l]!,
        bound: series,
        ok: gap <= tolerance,
        // Reference: the sum with one term missing (or the terms m < l kept): decided when the smallest term exceeds the tolerance.
        decided: smallest > tolerance,
        margin: Math.log10(tolerance) - Math.log10(Math.max(gap, Number.MIN_VALUE)),
        extra: { tolerance },
      };
    },
    numRuns: { quick: 60, paper: 400 },
    measuredLabel: 'E[g(t)P_l(t)] by quadrature',
    boundLabel: 'Σ over m ≥ l of g_m·E[t^m P_l]',
    power: {
      reference: 'the sum with one of its terms missing: decided when the smallest non-zero term g_mE[t^mP_l] exceeds the tolerance',
      marginLabel: 'decades: log10(tolerance / gap); negative when violated',
    },
  }),
});
