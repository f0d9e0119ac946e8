import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { harmonicDimension } from '../../sphere/harmonicDimension.js';
import { forAllClaim } from '../forAllClaim.js';
import { G } from './glossary.js';

/** C(n, r) exactly. */
export function binomial(n: number, r: number): bigint {
  if (r < 0 || n < r) return 0n;
  let out = 1n;
  for (let i = 1; i <= r; i++) out = (out * BigInt(n - r + i)) / BigInt(i);
  return out;
}

/**
 * Theorem 3.3: N(d, k) = (2k + d − 1)/k · C(k + d − 2, d − 1), the number of linearly independent
 * degree-k spherical harmonics in d + 1 variables. Independent count: harmonic polynomials of degree k
 * are the kernel of the (surjective) Laplacian from homogeneous degree-k to degree-(k − 2) polynomials,
 * so N = C(k + d, d) − C(k + d − 2, d). Both exact in BigInt.
 */
export const thm33HarmonicDimension = forAllClaim({
  id: 'cao21.thm3.3.harmonic-dimension',
  paper: 'cao21',
  printed: printed('cao21', 'thm3.3.dimension'),
  reading: [
    { text: 'k ≥ 1: at k = 0 the printed formula is 0/0 (·1/k with C(d − 2, d − 1) = 0); N(d, 0) = 1 is the convention used elsewhere and is not checked.', restsOn: 'L138' },
    { text: '"Spherical harmonics of degree k in d + 1 variables": restrictions to S^d of harmonic homogeneous polynomials of degree k on R^{d+1}.', restsOn: 'L138' },
    { text: '"Y_{k,j}, j = 1, …, N(d, k), linearly independent" is read as a basis of the degree-k harmonics, orthonormal in L²(τ_d) as (3.1) needs (a merely independent basis makes (3.1) false, see cao21.thm3.3.mercer-series); N(d, k) is the dimension of that space, the same for any basis, so the count checked here does not depend on the reading.', restsOn: 'L138' },
  ],
  domain: 'd ∈ [1, 2000], k ∈ [1, 300]',
  rule: 'holds when, for every drawn (d, k), the printed formula equals C(k + d, d) − C(k + d − 2, d) exactly',
  tolerance: 'none: exact integer arithmetic',
  glossary: {
    ...G.d,
    k: 'degree of the harmonics, k ≥ 1',
    ...G.N,
    'C(n, r)': 'binomial coefficient n choose r',
    '|printed − counted|': 'the measured column: |(2k + d − 1)/k · C(k + d − 2, d − 1) − (C(k + d, d) − C(k + d − 2, d))|, exact integers',
    exact: 'the bound: the difference must be 0',
    'N(d,k), counted': 'C(k + d, d) − C(k + d − 2, d): the dimension of the kernel of the Laplacian on homogeneous degree-k polynomials in d + 1 variables (values past 2^53 are rounded in the table)',
    ...G.couldFail,
    margin: '−|difference| (0 when equal)',
  },
  law: () => ({
    arbitrary: fc.record({ d: fc.integer({ min: 1, max: 2000 }), k: fc.integer({ min: 1, max: 300 }) }),
    evaluate: ({ d, k }) => {
      // The printed formula, evaluated as printed: (2k + d − 1)·C(k + d − 2, d − 1)/k.
      const printedValue = (BigInt(2 * k + d - 1) * binomial(k + d - 2, d - 1)) / BigInt(k);
      const exactDivision = (BigInt(2 * k + d - 1) * binomial(k + d - 2, d - 1)) % BigInt(k) === 0n;
      const counted = binomial(k + d, d) - binomial(k + d - 2, d);
      const diff = printedValue > counted ? printedValue - counted : counted - printedValue;
      const ok = diff === 0n && exactDivision && harmonicDimension(d, k) === counted;
      return { measured: Number(diff), bound: 0, ok, decided: true, margin: -Number(diff), extra: { 'N(d,k), counted': Number(counted) } };
    },
    numRuns: { quick: 60, paper: 500 },
    measuredLabel: '|printed − counted|',
    boundLabel: 'exact',
    power: {
      reference: 'a wrong formula, which differs by at least 1 from the exact count: every case decides',
      marginLabel: '−|difference| (0 when equal)',
    },
  }),
});
