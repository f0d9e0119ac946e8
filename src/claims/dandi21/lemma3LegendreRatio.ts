import { printed } from '../../catalogue/builtinCatalogues.js';
import { forAllClaim } from '../forAllClaim.js';
import { lemma3Arbitrary, lemma3Evaluate, LEMMA3_LABELS, LEMMA3_MAX_POWER, type Lemma3Case } from './lemma3Case.js';
import { LEMMA3_TERMS } from './glossaryTerms.js';

const show = (v: number) => Number(v.toPrecision(4));

/** The reading both claims of Lemma 3 share. */
export const LEMMA3_READING = [
  { text: 'g_{P_l}, h_{P_l} are the degree-l Legendre (Gegenbauer, P_l(1) = 1) components on S^{d−1} under the measure (1 − u²)^{(d−3)/2}, computed by eq. (19) as Σ_{m≥l} f_m β_l^m; d ∈ [2, 20] (the lemma names no dimension).', restsOn: 'L202–206, L409' },
  { text: 'Polynomials of degree ≤ 10 stand for the power series (finite series satisfy every hypothesis and make the components exact sums); g_i/h_i non-decreasing with h_i ≠ 0 (the ratio must be defined).', restsOn: 'L210' },
];

/**
 * Lemma 3 as printed: only "g_i/h_i non-decreasing" is assumed, so h may have coefficients of either
 * sign. The proof's averaging step (L214) needs the weights h_mβ_l^m ≥ 0.
 */
export const lemma3LegendreRatio = forAllClaim<Lemma3Case>({
  id: 'dandi21.lemma3.legendre-ratio',
  paper: 'dandi21',
  printed: printed('dandi21', 'lemma3'),
  readingName: 'as-printed',
  reading: [{ text: 'As printed: no sign condition on the coefficients; h_i of either sign, |h_i| ∈ [1/8, 1].', restsOn: 'L210' }, ...LEMMA3_READING],
  refutation: {
    kind: 'substantive',
    evidence: 'a missing hypothesis: the proof (L214) replaces g_m/h_m by g_l/h_l inside a weighted average with weights h_mβ_l^m, valid only when h_m ≥ 0; with h_m ≥ 0 (as L198 and appendix 11 assume for g) the lemma holds on every drawn case (dandi21.lemma3.legendre-ratio.nonnegative); e.g. on S² (d = 3), l = 0: h = 1 − 2u², g = 1 − 4u² (ratios 1 ≤ 2) give g_{P_0}/h_{P_0} = (1 − 4/3)/(1 − 2/3) = −1 < 1. The paper\'s own application is unaffected: it applies the lemma with h = ψ₁ (as printed at L220) or h = ψ₀ (the second-layer kernel of eqs. (8)–(9)), whose Taylor coefficients are squares of Hermite coefficients by Lemma 1 and eq. (13) (ψ₀ = Σ i!·a_i²uⁱ ≥ 0 termwise), so the missing hypothesis h_m ≥ 0 holds there.',
  },
  glossary: LEMMA3_TERMS,
  domain: `input dimension d ∈ [2, 20]; polynomials g, h of degree P ≤ ${LEMMA3_MAX_POWER} with |h_i| ∈ [1/8, 1] of either sign and non-decreasing g_i/h_i; l ∈ [0, P]`,
  rule: 'per case: g_{P_l}/h_{P_l} ≥ g_l/h_l − error; refuted when violated; a case with h_{P_l} below its error is inconclusive',
  tolerance: 'component error 4(P + 3)ε·Σ|f_m|M(m, l) (relative error of M(m, l) and of the sum, no cancellation assumed), propagated to the ratio',
  law: () => ({
    arbitrary: lemma3Arbitrary(true),
    evaluate: lemma3Evaluate,
    numRuns: { quick: 100, paper: 1000 },
    ...LEMMA3_LABELS,
    finding: (cx, worst) =>
      `g_{P_l}/h_{P_l} = ${show(cx.measured as number)} < g_l/h_l = ${show(cx.bound as number)} at d = ${cx.params.d}, l = ${cx.params.l}, h = (${cx.params.h}), g_i/h_i = (${cx.params.ratios}) (shrunk); worst drawn case ${show(worst.measured as number)} against ${show(worst.bound as number)}: h with coefficients of both signs makes the proof's weights h_mβ_l^m negative`,
  }),
});
