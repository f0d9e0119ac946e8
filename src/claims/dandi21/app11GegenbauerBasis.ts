import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { sphereDimensionOfInput } from '../../layerwise/sphereDimensionOfInput.js';
import { funkHecke } from '../../sphere/funkHecke.js';
import { gegenbauer } from '../../sphere/gegenbauer.js';
import { harmonicDimension } from '../../sphere/harmonicDimension.js';
import { sphereMarginalConstant } from '../../sphere/sphereMarginal.js';
import type { CaseResult } from '../checkForAll.js';
import { forAllClaim } from '../forAllClaim.js';

interface Case extends Record<string, number> {
  /** Input dimension (sphere S^{d−1}). */
  d: number;
  j: number;
  k: number;
}

const MAX_DEGREE = 10;

/**
 * ⟨P_j, P_k⟩_ν = ∫_{−1}^{1} P_j(u)P_k(u)(1 − u²)^{(d−3)/2} du (ν as printed, unnormalised) by composite
 * Gauss–Legendre `funkHecke` (which integrates against c·ν, c = 1/∫ν = `sphereMarginalConstant`), with
 * its error bound (discretisation estimate + rounding), and the exact value δ_jk·∫ν/N(d, k) of the
 * addition formula (P_k(1) = 1, Lemma 4).
 */
export function gegenbauerInnerProduct({ d, j, k }: Case): { value: number; error: number; exact: number } {
  const s = sphereDimensionOfInput(d);
  const fh = funkHecke((u) => gegenbauer(s, j, u), s, MAX_DEGREE);
  const mass = 1 / sphereMarginalConstant(s);
  const exact = j === k ? mass / Number(harmonicDimension(s, k)) : 0;
  return { value: fh.values[k]! * mass, error: (fh.errorEstimate[k]! + fh.roundingBound[k]! + 1e-15) * mass, exact };
}

/** Orthogonality: |⟨P_j, P_k⟩_ν| ≤ error for j ≠ k; for j = k the case checks ⟨P_k, P_k⟩_ν = ∫ν/N(d, k) > 0 (a basis). */
export function app11OrthogonalCase(c: Case): CaseResult {
  const { value, error, exact } = gegenbauerInnerProduct(c);
  const gap = Math.abs(value - exact);
  // A non-orthogonal family would reach the Cauchy–Schwarz scale √(‖P_j‖²‖P_k‖²) = ∫ν/√(N_j·N_k).
  const s = sphereDimensionOfInput(c.d);
  const scale = (1 / sphereMarginalConstant(s)) / Math.sqrt(Number(harmonicDimension(s, c.j)) * Number(harmonicDimension(s, c.k)));
  return { measured: value, bound: exact, ok: gap <= error, decided: gap > error || error < 1e-3 * scale, margin: (error - gap) / scale, extra: { 'error bound': error, 'Cauchy–Schwarz scale': scale } };
}

/** Orthonormality as printed: ⟨P_j, P_k⟩_ν = δ_jk within the error. */
export function app11OrthonormalCase(c: Case): CaseResult {
  const { value, error, exact } = gegenbauerInnerProduct(c);
  const claimed = c.j === c.k ? 1 : 0;
  const gap = Math.abs(value - claimed);
  // Power reference: the orthogonal family's exact value δ_jk·∫ν/N; decided when it differs from the claim.
  return { measured: value, bound: claimed, ok: gap <= error, decided: gap > error || Math.abs(exact - claimed) > error, margin: error - gap, extra: { 'error bound': error, 'δ_jk·∫ν/N(d, k)': exact } };
}

const arbitrary = fc.record({ d: fc.integer({ min: 2, max: 20 }), j: fc.integer({ min: 0, max: MAX_DEGREE }), k: fc.integer({ min: 0, max: MAX_DEGREE }) });
const READING = { text: 'P_k are the Gegenbauer polynomials normalised P_k(1) = 1, the normalisation Lemma 4\'s addition formula fixes (L234) and the suite uses (README, Conventions); "dimension d" is the input dimension, sphere S^{d−1}, d ∈ [2, 20], degrees ≤ 10; ν as printed, (1 − u²)^{(d−3)/2} du, unnormalised.', restsOn: 'L234, L409' };
const GLOSSARY = {
  d: 'input dimension (sphere S^{d−1})',
  'j, k': 'degrees of the two Gegenbauer polynomials',
  '⟨P_j, P_k⟩_ν': '∫_{−1}^{1} P_j(u)P_k(u)(1 − u²)^{(d−3)/2} du',
  'error bound': 'quadrature discretisation estimate + rounding bound of `funkHecke`, times ∫ν',
  'Cauchy–Schwarz scale': '∫ν/√(N(d, j)N(d, k)): what a non-orthogonal pair could reach',
  'δ_jk·∫ν/N(d, k)': 'the exact value for P_k(1) = 1 (addition formula)',
};
const DOMAIN = 'input dimension d ∈ [2, 20], degrees j, k ∈ [0, 10]';
const TOLERANCE = '`funkHecke` discretisation estimate (fine − coarse rule) + rounding bound, times ∫ν';

/** Appendix 11 read as an orthogonal basis (what its argument at L416 uses). */
export const app11Orthogonal = forAllClaim<Case>({
  id: 'dandi21.app11.gegenbauer-basis.orthogonal',
  paper: 'dandi21',
  printed: printed('dandi21', 'app11.gegenbauer'),
  readingName: 'orthogonal',
  reading: [{ text: '"orthonormal basis" read as orthogonal basis: appendix 11 uses only that polynomials of degree < l are orthogonal to P_l w.r.t. ν (L416); a case checks ⟨P_j, P_k⟩_ν = 0 for j ≠ k and = ∫ν/N(d, k) for j = k.', restsOn: 'L409, L416' }, READING],
  glossary: GLOSSARY,
  domain: DOMAIN,
  rule: 'per case: |⟨P_j, P_k⟩_ν − δ_jk∫ν/N(d, k)| ≤ error bound; decided when the error bound is below 1e−3 of the Cauchy–Schwarz scale',
  tolerance: TOLERANCE,
  law: () => ({ arbitrary, evaluate: app11OrthogonalCase, numRuns: { quick: 60, paper: 400 }, measuredLabel: '⟨P_j, P_k⟩_ν by quadrature', boundLabel: 'δ_jk·∫ν/N(d, k)', power: { reference: 'a non-orthogonal pair at the Cauchy–Schwarz scale ∫ν/√(N_jN_k)', marginLabel: '(error bound − |gap|)/Cauchy–Schwarz scale' } }),
});

/** Appendix 11 as printed: the P_k are orthonormal in L²([−1, 1], ν). */
export const app11Orthonormal = forAllClaim<Case>({
  id: 'dandi21.app11.gegenbauer-basis.orthonormal',
  paper: 'dandi21',
  printed: printed('dandi21', 'app11.gegenbauer'),
  readingName: 'orthonormal (as printed)',
  reading: [{ text: 'As printed: ⟨P_j, P_k⟩_ν = δ_jk.', restsOn: 'L409' }, READING],
  refutation: {
    kind: 'convention',
    evidence: 'with P_k(1) = 1 — the normalisation of Lemma 4\'s addition formula (L234) that the paper uses for the eigenvalues — ⟨P_k, P_k⟩_ν = ∫ν/N(d, k) (e.g. 2/(2k + 1) for d = 3, π/2 on the circle), not 1; even with ν normalised to a probability measure it is 1/N(d, k) < 1 for k ≥ 1. The family is orthogonal (dandi21.app11.gegenbauer-basis.orthogonal holds), which is all appendix 11 uses (L416); orthonormal would be √(N(d, k)/∫ν)·P_k, which breaks the printed Lemma 4',
  },
  glossary: GLOSSARY,
  domain: DOMAIN,
  rule: 'per case: |⟨P_j, P_k⟩_ν − δ_jk| ≤ error bound; refuted when a case exceeds it',
  tolerance: TOLERANCE,
  law: () => ({
    arbitrary,
    evaluate: app11OrthonormalCase,
    numRuns: { quick: 60, paper: 400 },
    measuredLabel: '⟨P_j, P_k⟩_ν by quadrature',
    boundLabel: 'δ_jk (claimed)',
    power: { reference: 'the orthogonal family\'s value δ_jk·∫ν/N(d, k)', marginLabel: 'error bound − |⟨P_j, P_k⟩_ν − δ_jk|' },
    finding: (cx) => `⟨P_k, P_k⟩_ν = ${Number((cx.measured as number).toPrecision(6))} ≠ 1 at d = ${cx.params.d}, j = ${cx.params.j}, k = ${cx.params.k} (shrunk; = ∫ν/N(d, k), the P_k(1) = 1 normalisation): orthogonal, not orthonormal`,
  }),
});
