import { printed } from '../../catalogue/builtinCatalogues.js';
import { forAllClaim } from '../forAllClaim.js';
import { hoeffdingLaw } from './hoeffdingStep.js';
import { MAX_SCALE } from './thm1Measurement.js';
import type { Thm1Case } from './thm1Measurement.js';
import { THM1_TERMS } from './glossaryTerms.js';

const DOMAIN = 'the cases of Theorem 1 (two-layer kernels of six activations on S^{d−1}, d ∈ [2, 50], g a mix of two zonal harmonics, n ∈ [10, 400]), 100 (quick) / 400 (paper) independent samples per case';
const RULE = 'per case: at every scale 2^e (step 2^{1/4}) and thresholds t at the 50/90/99 % quantiles of the measured deviations, the count of |(1/n)Σφ_ℓ − λ_ℓ| ≥ t must be consistent with Binomial(draws, 2e^{−2nt²/(A_ℓC²)}) (exact test, family-wise 1e−3 per case); s* is the largest sup|g| where no test rejects';
const TOLERANCE = 'exact binomial test at family-wise level 1e−3 per case (Bonferroni over 81 scales × 2 sides × 3 thresholds); λ_ℓ and φ_ℓ exact (Funk–Hecke)';

export const HOEFFDING_READING = [
  { text: 'The constants as in Theorem 1: A_ℓ = sup|κ⁽ℓ⁾| (ψ₁(1), ψ₀(1)), C ≥ sup|g|; the φ₂ inequality uses B in place of A (L112). "iint … dx dx′" is the population decrement λ_ℓ (L114).', restsOn: 'L102, L112–114' },
  { text: 'Read as a statement about every t > 0: tested at three thresholds per case (the 50/90/99 % quantiles of the measured deviations) and on a grid of scales; "Pr" checked by an exact binomial test over independent samples.', restsOn: 'L112' },
  { text: 'dx in φ_ℓ and in the double integrals is the uniform probability measure on S^{d−1} (L88: p_in = U(S^{d−1}), "the cost is computed w.r.t a uniform distribution on the sphere"), so λ_ℓ = E[g(x)κ⁽ℓ⁾(x, x′)g(x′)]; under the surface measure |φ₁| ≤ AC² (L104) would fail by the factor |S^{d−1}| (= 2π^{d/2}/Γ(d/2), e.g. 2π on the circle).', restsOn: 'L88, L100, L104' },
];

/** §5.3's Hoeffding step for arbitrary g (sup|g| ∈ [2^−10, 2^10]). */
export const hoeffdingTail = forAllClaim<Thm1Case>({
  id: 'dandi21.sec5.3.hoeffding-tail',
  paper: 'dandi21',
  printed: printed('dandi21', 'sec5.3.hoeffding'),
  readingName: 'arbitrary-g',
  reading: [{ text: 'g arbitrary, sup|g| = C ∈ [2^−10, 2^10] (L100).', restsOn: 'L100–102' }, ...HOEFFDING_READING],
  refutation: {
    kind: 'substantive',
    evidence: 'φ_ℓ ranges over [−A_ℓC², A_ℓC²], so Hoeffding gives 2e^{−2nt²/(2A_ℓC²)²} = 2e^{−nt²/(2A_ℓ²C⁴)}; the printed exponent has A_ℓC² where (A_ℓC²)² belongs, so it is not invariant under g → s·g and fails once sup|g| is large; at sup|g| = 1 the measured tails stay below it (dandi21.sec5.3.hoeffding-tail.unit-sup)',
  },
  glossary: {
    'critical sup|g| s*': 's*: the largest sup|g| up to which the printed tail bound holds at every tested threshold (grid step 2^(1/4); 0 if it fails already at 2⁻¹⁰; Infinity if never)',
    ...THM1_TERMS,
  },
  domain: DOMAIN,
  rule: `${RULE}; refuted when some case has s* < 2^10`,
  tolerance: TOLERANCE,
  budgetMs: { quick: 60_000 },
  law: (scale) => hoeffdingLaw(scale, MAX_SCALE),
});

/** The same step with g normalised to sup|g| = 1. */
export const hoeffdingUnitScale = forAllClaim<Thm1Case>({
  id: 'dandi21.sec5.3.hoeffding-tail.unit-sup',
  paper: 'dandi21',
  printed: printed('dandi21', 'sec5.3.hoeffding'),
  readingName: 'unit-sup',
  reading: [{ text: 'g normalised to sup|g| = 1 (C ≤ 1.017), as for Theorem 1\'s unit-scale reading.', restsOn: 'L100–102' }, ...HOEFFDING_READING],
  glossary: {
    'critical sup|g| s*': 's*: the largest sup|g| up to which the printed tail bound holds at every tested threshold (grid step 2^(1/4); 0 if it fails already at 2⁻¹⁰; Infinity if never)',
    ...THM1_TERMS,
  },
  domain: DOMAIN,
  rule: `${RULE}; refuted when some case has s* < 1`,
  tolerance: TOLERANCE,
  budgetMs: { quick: 60_000 },
  law: (scale) => hoeffdingLaw(scale, 1),
});
