import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import type { CaseResult } from '../checkForAll.js';
import { forAllClaim } from '../forAllClaim.js';
import { HERMITE_TERMS } from './glossaryTerms.js';

interface Case extends Record<string, number | string> {
  equation: '14' | '15';
  n: number;
  /** w = j/8. */
  j: number;
}

type Convention = 'monic' | 'orthonormal';

/**
 * Value and derivative of He_n at w from the explicit sum He_n(w) = Σ_{m ≤ n/2} (−1)^m·n!/(m!(n − 2m)!2^m)·w^{n−2m}
 * (independent of the recurrences under test; the coefficients are integers < 2^53 for n ≤ 15, so exact),
 * with the sum of the terms' absolute values (the rounding scale). Orthonormal: divided by √(n!).
 */
export function hermiteExplicit(n: number, w: number, convention: Convention): { value: number; derivative: number; scale: number } {
  let factorial = 1;
  for (let i = 2; i <= n; i++) factorial *= i;
  let value = 0;
  let derivative = 0;
  let scale = 0;
  let mFact = 1;
  for (let m = 0; 2 * m <= n; m++) {
    if (m > 0) mFact *= m;
    let rest = 1;
    for (let i = 2; i <= n - 2 * m; i++) rest *= i;
    const c = ((m % 2 === 0 ? 1 : -1) * factorial) / (mFact * rest * 2 ** m);
    const p = n - 2 * m;
    value += c * w ** p;
    if (p > 0) derivative += c * p * w ** (p - 1);
    scale += Math.abs(c) * (p + 1) * Math.abs(w) ** Math.max(p - 1, 0) * Math.max(1, Math.abs(w));
  }
  const norm = convention === 'monic' ? 1 : Math.sqrt(factorial);
  return { value: value / norm, derivative: derivative / norm, scale: scale / norm };
}

/** The residual of eq. (14) or (15) under a convention, with its rounding scale. */
function residual({ equation, n, j }: Case, convention: Convention): { r: number; scale: number } {
  const w = j / 8;
  const H = (k: number) => hermiteExplicit(k, w, convention);
  if (equation === '14') {
    const [next, cur, prev] = [H(n + 1), H(n), H(n - 1)];
    return { r: next.value - w * cur.value + n * prev.value, scale: next.scale + Math.abs(w) * cur.scale + n * prev.scale };
  }
  const [cur, prev] = [H(n), H(n - 1)];
  return { r: cur.derivative - n * prev.value, scale: cur.scale + n * prev.scale };
}

/**
 * Eqs. (14)–(15) at (n, w) under a convention: |residual| ≤ tol = 8(n + 2)ε·scale (Horner-free explicit
 * sums of ≤ n/2 + 1 exact-coefficient terms, a few roundings each). Power reference: the other convention's
 * residual; a holding case is decided when that residual exceeds tol. Margin: (tol − |r|)/scale.
 */
export function eq14Case(c: Case, convention: Convention): CaseResult {
  const { r, scale } = residual(c, convention);
  const tol = 8 * (c.n + 2) * Number.EPSILON * scale;
  const other = residual(c, convention === 'monic' ? 'orthonormal' : 'monic');
  const ok = Math.abs(r) <= tol;
  return { measured: r, bound: tol, ok, decided: !ok || Math.abs(other.r) > tol, margin: (tol - Math.abs(r)) / scale, extra: { w: c.j / 8, 'other convention\'s residual': other.r } };
}

const arbitrary = fc.record({ equation: fc.constantFrom<Case['equation']>('14', '15'), n: fc.integer({ min: 1, max: 14 }), j: fc.integer({ min: -32, max: 32 }) });
const GLOSSARY = {
  ...HERMITE_TERMS,
  equation: '14: H_{n+1}(w) = wH_n(w) − nH_{n−1}(w); 15: H′_n(w) = nH_{n−1}(w)',
  n: 'degree',
  'j, w': 'the point w = j/8 ∈ [−4, 4]',
  "other convention's residual": 'the residual of the same equation with the other Hermite convention (the power reference)',
};
const DOMAIN = 'eq. ∈ {(14), (15)}, n ∈ [1, 14], w = j/8 ∈ [−4, 4]';
const TOLERANCE = '8(n + 2)ε times the sum of the absolute values of the terms (explicit sums with exact integer coefficients)';

/** Eqs. (14)–(15) with the monic He_n (the polynomials of eq. (16) and appendix 10). */
export const eq14Monic = forAllClaim<Case>({
  id: 'dandi21.eq14-15.recurrences.monic',
  paper: 'dandi21',
  printed: printed('dandi21', 'eq14-15'),
  readingName: 'monic He_n',
  reading: [{ text: 'H_n is the monic probabilists\' Hermite polynomial He_n (E[He_n²] = n!), the convention of the 1/n! in eq. (16) and appendix 10; values and derivatives from the explicit sum He_n(w) = Σ_m (−1)^m n!/(m!(n − 2m)!2^m)w^{n−2m}, not from a recurrence.', restsOn: 'L168–174, L395' }],
  glossary: GLOSSARY,
  domain: DOMAIN,
  rule: 'per case: |residual| ≤ tolerance; refuted when a case exceeds it; decided when the orthonormal residual exceeds it',
  tolerance: TOLERANCE,
  law: () => ({ arbitrary, evaluate: (c) => eq14Case(c, 'monic'), numRuns: { quick: 100, paper: 1000 }, measuredLabel: 'residual of the recurrence', boundLabel: 'rounding tolerance', power: { reference: 'the residual with the orthonormal H_n = He_n/√(n!)', marginLabel: '(tolerance − |residual|)/scale, relative' } }),
});

/** Eqs. (14)–(15) with the orthonormal H_n = He_n/√(n!) that §5.4.1 declares (L144) and eq. (11) needs. */
export const eq14Orthonormal = forAllClaim<Case>({
  id: 'dandi21.eq14-15.recurrences.orthonormal',
  paper: 'dandi21',
  printed: printed('dandi21', 'eq14-15'),
  readingName: 'orthonormal He_n/√(n!)',
  reading: [{ text: 'H_n is the orthonormal Hermite polynomial He_n/√(n!) that §5.4.1 declares ("an orthonormal basis", L144) and eq. (11) requires (E[H_n(x)H_m(y)] = ρⁿδ_nm); values from the explicit sum divided by √(n!).', restsOn: 'L144, L148–150, L168–170' }],
  refutation: {
    kind: 'convention',
    evidence: 'for H_n = He_n/√(n!) the recurrences are H_{n+1} = (wH_n − √n·H_{n−1})/√(n + 1) and H′_n = √n·H_{n−1}: the printed (14) fails from n = 1 (H_2 = (w² − 1)/√2 against w² − 1) and (15) from n = 2; both hold exactly for the monic He_n (dandi21.eq14-15.recurrences.monic) — the paper declares orthonormal H_n (L144, eq. (11)) and computes with monic ones (eqs. (14)–(16)), the convention conflict behind dandi21.lemma1.hermite-correlation and Theorem 2',
  },
  glossary: GLOSSARY,
  domain: DOMAIN,
  rule: 'per case: |residual| ≤ tolerance; refuted when a case exceeds it; decided when the monic residual exceeds it',
  tolerance: TOLERANCE,
  law: () => ({
    arbitrary,
    evaluate: (c) => eq14Case(c, 'orthonormal'),
    numRuns: { quick: 100, paper: 1000 },
    measuredLabel: 'residual of the recurrence',
    boundLabel: 'rounding tolerance',
    power: { reference: 'the residual with the monic He_n', marginLabel: '(tolerance − |residual|)/scale, relative' },
    finding: (cx) => `eq. (${cx.params.equation}) fails for the orthonormal H_n at n = ${cx.params.n}, w = ${cx.params.w}: residual ${Number((cx.measured as number).toPrecision(4))} against rounding tolerance ${Number((cx.bound as number).toPrecision(2))} (shrunk); the monic He_n satisfy it`,
  }),
});
