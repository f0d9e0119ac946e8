import { printed } from '../../catalogue/builtinCatalogues.js';
import { forAllClaim } from '../forAllClaim.js';
import { eq11Arbitrary, eq11Evaluate, EQ11_MAX_DEGREE, type Eq11Case } from './eq11Case.js';
import { HERMITE_TERMS } from './glossaryTerms.js';

const show = (v: number) => Number(v.toPrecision(5));

export const EQ11_READING = [
  { text: 'x, y ∼ N(0, 1) with correlation ρ = k/10, k ∈ [−10, 10]; the subscript "w ∼ N(0, I)" of the printed expectation is read as the law of (x, y) = (⟨w, x⟩, ⟨w, x′⟩) for unit x, x′ with ⟨x, x′⟩ = ρ; degrees n, m ≤ 12.', restsOn: 'L148–150' },
  { text: 'The moment is measured by a tensor Gauss–Hermite rule (Golub–Welsch), exact for these polynomials, so the check is independent of every Hermite-coefficient routine of the suite.', restsOn: 'L150' },
];

const POWER = {
  reference: 'the two conventions\' values n!ρ^n (monic) and ρ^n (orthonormal) for n = m: decided when they differ by more than the tolerance (n = m ≥ 2, ρ ≠ 0)',
  marginLabel: 'decades: log10(tolerance / |E[H_nH_m] − ρ^nδ_nm|); negative when violated',
};

/** The columns both readings of eq. (11) share (Hermite terms, degrees, grid, tolerance, power reference). */
const EQ11_TERMS = {
  ...HERMITE_TERMS,
  n: 'degree of the first Hermite polynomial, H_n(x)',
  m: 'degree of the second Hermite polynomial, H_m(y)',
  k: 'grid index: ρ = k/10',
  tolerance: 'rounding of the 30 × 30 Gauss–Hermite rule (its difference from a 36 × 36 rule + summation bound)',
  'other convention: n!·ρ^n·δ_nm': 'the moment the monic He_n would give (n!·ρ^n if n = m, else 0): the power reference',
  'δ_nm': '1 if n = m, else 0',
};
const DOMAIN = `n, m ∈ [0, ${EQ11_MAX_DEGREE}]; ρ = k/10, k ∈ [−10, 10]`;
const TOLERANCE = 'rounding of the 30 × 30 rule: |rule₃₀ − rule₃₆| + (K² + n + m + 4)ε·Σw|H_nH_m|';

/** Eq. (11) with H_n orthonormal, as §5.4.1 declares: E[H_n(x)H_m(y)] = ρ^n·δ_nm (Mehler). */
export const eq11HermiteMoments = forAllClaim<Eq11Case>({
  id: 'dandi21.eq11.hermite-moments',
  paper: 'dandi21',
  printed: printed('dandi21', 'eq11'),
  readingName: 'orthonormal',
  reading: [{ text: 'H_n orthonormal in L²(γ) (H_n = He_n/√(n!)), as §5.4.1 declares.', restsOn: 'L144' }, ...EQ11_READING],
  glossary: {
    'E[H_n(x)H_m(y)], orthonormal': 'E[H_n(x)H_m(y)] with orthonormal H_n = He_n/√(n!), by a 30 × 30 Gauss–Hermite rule',
    ...EQ11_TERMS,
  },
  domain: DOMAIN,
  rule: 'per case: |E[H_n(x)H_m(y)] − ρ^nδ_nm| ≤ tolerance; refuted when some case exceeds it',
  tolerance: TOLERANCE,
  law: () => ({
    arbitrary: eq11Arbitrary,
    evaluate: (c) => eq11Evaluate(c, 'orthonormal'),
    numRuns: { quick: 60, paper: 400 },
    measuredLabel: 'E[H_n(x)H_m(y)], orthonormal',
    boundLabel: 'printed ρ^n·δ_nm (ρ^n if n = m, else 0)',
    power: POWER,
  }),
});

/** Eq. (11) with the monic He_n of the recurrences (14)–(15), the polynomials eq. (16) uses. */
export const eq11Monic = forAllClaim<Eq11Case>({
  id: 'dandi21.eq11.hermite-moments.monic',
  paper: 'dandi21',
  printed: printed('dandi21', 'eq11'),
  readingName: 'monic',
  reading: [{ text: 'H_n the monic probabilists\' He_n fixed by the recurrences (14)–(15), the polynomials of eq. (16) and appendix 10.', restsOn: 'L168–174' }, ...EQ11_READING],
  refutation: {
    kind: 'convention',
    evidence: 'with orthonormal H_n, as §5.4.1 declares, eq. (11) holds on every drawn case (dandi21.eq11.hermite-moments); with the monic He_n the measured moment is n!·ρ^n — E[He_n²] = n!',
  },
  glossary: {
    'E[He_n(x)He_m(y)], monic': 'E[He_n(x)He_m(y)] with the monic He_n of eqs. (14)–(15), by a 30 × 30 Gauss–Hermite rule',
    ...EQ11_TERMS,
  },
  domain: DOMAIN,
  rule: 'per case: |E[He_n(x)He_m(y)] − ρ^nδ_nm| ≤ tolerance; refuted when some case exceeds it',
  tolerance: TOLERANCE,
  law: () => ({
    arbitrary: eq11Arbitrary,
    evaluate: (c) => eq11Evaluate(c, 'monic'),
    numRuns: { quick: 60, paper: 400 },
    measuredLabel: 'E[He_n(x)He_m(y)], monic',
    boundLabel: 'printed ρ^n·δ_nm (ρ^n if n = m, else 0)',
    power: POWER,
    finding: (cx, worst) =>
      `E[He_n(x)He_m(y)] = ${show(cx.measured as number)} ≠ ρ^n = ${show(cx.bound as number)} at n = ${cx.params.n}, m = ${cx.params.m}, ρ = ${cx.params['ρ']} (shrunk; n!ρ^n = ${show(cx.params['other convention: n!·ρ^n·δ_nm'] as number)}); worst drawn case ${show(worst.measured as number)} against ${show(worst.bound as number)} at n = ${worst.params.n}, m = ${worst.params.m}, ρ = ${worst.params['ρ']}`,
  }),
});
