import { printed } from '../../catalogue/builtinCatalogues.js';
import { forAllClaim } from '../forAllClaim.js';
import { lemma3Arbitrary, lemma3Evaluate, LEMMA3_LABELS, LEMMA3_MAX_POWER, type Lemma3Case } from './lemma3Case.js';
import { LEMMA3_TERMS } from './glossaryTerms.js';
import { LEMMA3_READING } from './lemma3LegendreRatio.js';

/** Lemma 3 with h's coefficients positive — the hypothesis its proof uses (weights h_mβ_l^m ≥ 0). */
export const lemma3Nonnegative = forAllClaim<Lemma3Case>({
  id: 'dandi21.lemma3.legendre-ratio.nonnegative',
  paper: 'dandi21',
  printed: printed('dandi21', 'lemma3'),
  readingName: 'nonnegative',
  reading: [
    { text: 'With h_i > 0 (|h_i| ∈ [1/8, 1]): the hypothesis the proof needs (L214) and the setting of its use, where h = ψ₀ has non-negative coefficients (Lemma 1, Lemma 2); L198 and appendix 11 assume positive coefficients.', restsOn: 'L198, L214, L409' },
    ...LEMMA3_READING,
  ],
  glossary: LEMMA3_TERMS,
  domain: `input dimension d ∈ [2, 20]; polynomials g, h of degree P ≤ ${LEMMA3_MAX_POWER} with h_i ∈ [1/8, 1] and non-decreasing g_i/h_i; l ∈ [0, P]`,
  rule: 'per case: g_{P_l}/h_{P_l} ≥ g_l/h_l − error; refuted when violated',
  tolerance: 'component error 4(P + 3)ε·Σ|f_m|M(m, l), propagated to the ratio',
  law: () => ({
    arbitrary: lemma3Arbitrary(false),
    evaluate: lemma3Evaluate,
    numRuns: { quick: 100, paper: 1000 },
    ...LEMMA3_LABELS,
  }),
});
