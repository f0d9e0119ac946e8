import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { monomialComponents } from '../../layerwise/monomialComponents.js';
import { funkHecke } from '../../sphere/funkHecke.js';
import type { CaseResult } from '../checkForAll.js';
import { forAllClaim } from '../forAllClaim.js';

interface Case extends Record<string, number> {
  /** Input dimension (sphere S^{d−1}). */
  d: number;
  i: number;
  l: number;
}

const MAX = 16;

/**
 * §5.5 after eq. (18): β_l^i ≥ 0 for all i, l and β_l^i = 0 for i < l, where u^i = Σ_l β_l^iP_l(u). Since
 * β_l^i = N(d, l)·E[t^iP_l(t)] (t = ⟨x, e⟩, x uniform on S^{d−1}), the sign and the zeros are those of
 * E[t^iP_l(t)], measured by Funk–Hecke quadrature of the monomial (`funkHecke`, composite Gauss–Legendre in θ,
 * error = |fine − coarse| + rounding bound) — independent of the recurrence of `monomialComponents`, whose
 * value M(l, l) only sets the power reference.
 */
export const eq18Beta = forAllClaim<Case>({
  id: 'dandi21.eq18.beta-signs',
  paper: 'dandi21',
  printed: printed('dandi21', 'eq18.beta'),
  reading: [
    { text: 'P_l the Legendre/Gegenbauer polynomials of the sphere S^{d−1} (normalised P_l(1) = 1), orthogonal under (1 − u²)^{(d−3)/2}; β_l^i the coefficients of eq. (18); d ∈ [2, 20], i, l ≤ 16 (the paper fixes no dimension).', restsOn: 'L188, L194–196, L409' },
    { text: 'Two assertions per case: β_l^i = 0 when i < l; β_l^i ≥ 0 otherwise (zero when i − l is odd, which the paper does not mention and which is consistent with ≥ 0).', restsOn: 'L196' },
  ],
  glossary: {
    'error bound (β = 0: ±, β ≥ 0: −)': 'quadrature error bound: claimed β = 0 needs |value| ≤ it; claimed β ≥ 0 needs value ≥ −it (shown negated)',
    'E[t^i P_l(t)] = β_l^i/N(d, l)': 'the coefficient by quadrature over t = ⟨x, z⟩, x uniform on S^(d−1)',
    d: 'input dimension: the Legendre (Gegenbauer) polynomials P_l of S^(d−1), measure of t = ⟨x, z⟩',
    i: 'power of the monomial u^i',
    l: 'degree of the Legendre polynomial P_l',
    'β_l^i': 'coefficient of P_l in the expansion of u^i, eq. (18)',
    'E[t^i P_l(t)]': 'the same coefficient up to the positive factor 1/N(d, l), by quadrature',
    'N(d, l)': 'number of linearly independent spherical harmonics of degree l on S^(d−1)',
    'claimed sign of β': 'zero (β = 0, claimed for i < l) or non-negative (β ≥ 0, claimed otherwise)',
    'M(l, l) = E[t^l P_l]': 'the smallest non-zero component of a degree-l monomial: the size a wrong "β = 0" would have',
  },
  domain: `input dimension d ∈ [2, 20]; i, l ∈ [0, ${MAX}]`,
  rule: 'per case: |E[t^iP_l]| ≤ error when i < l, E[t^iP_l] ≥ −error otherwise; refuted when some case violates',
  tolerance: 'quadrature: |fine − coarse| (half-width panels) + (M + 2l + 10)ε·c_d·Σ|w t^i P_l| (recursive summation and the P_l recurrence)',
  law: () => ({
    arbitrary: fc.record({ d: fc.integer({ min: 2, max: 20 }), i: fc.integer({ min: 0, max: MAX }), l: fc.integer({ min: 0, max: MAX }) }),
    evaluate: ({ d, i, l }): CaseResult => {
      const q = funkHecke((t) => t ** i, d - 1, l);
      const mu = q.values[l]!;
      const error = q.errorEstimate[l]! + q.roundingBound[l]!;
      if (i < l) {
        // Reference: a non-vanishing β of the size of the smallest degree-l component of a monomial, M(l, l).
        const reference = monomialComponents(d - 1, l)[l]![l]!;
        return { measured: mu, bound: error, ok: Math.abs(mu) <= error, decided: reference > error, margin: (error - Math.abs(mu)) / error, extra: { 'claimed sign of β': 'zero', 'M(l, l) = E[t^l P_l]': reference } };
      }
      return { measured: mu, bound: -error, ok: mu >= -error, decided: Math.abs(mu) > error, margin: (mu + error) / Math.max(error, Math.abs(mu)), extra: { 'claimed sign of β': 'non-negative' } };
    },
    numRuns: { quick: 60, paper: 400 },
    measuredLabel: 'E[t^i P_l(t)] = β_l^i/N(d, l)',
    boundLabel: 'error bound (β = 0: ±, β ≥ 0: −)',
    power: {
      reference: 'β = 0: a component of the size M(l, l) = E[t^lP_l], decided when it exceeds the error; β ≥ 0: a resolved sign, decided when |E[t^iP_l]| exceeds the error',
      marginLabel: 'β = 0: 1 − |value|/error; β ≥ 0: (value + error)/max(error, |value|); negative when violated',
    },
  }),
});
