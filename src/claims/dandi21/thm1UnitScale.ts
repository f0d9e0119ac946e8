import { ACTIVATION_NAMES } from '../../activations/activation.js';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { forAllClaim } from '../forAllClaim.js';
import { THM1_READING, thm1Charts, thm1Law } from './thm1RatioConcentration.js';
import type { Thm1Case } from './thm1Measurement.js';
import { THM1_SCALE_TERMS } from './glossaryTerms.js';

/** Theorem 1 read with g normalised to sup|g| = 1 (C = D ≈ 1): the printed bound must hold at that scale. */
export const thm1UnitScale = forAllClaim<Thm1Case>({
  id: 'dandi21.thm1.ratio-concentration.unit-sup',
  paper: 'dandi21',
  printed: printed('dandi21', 'thm1'),
  readingName: 'unit-sup',
  reading: [
    { text: 'g normalised to sup|g| = 1 (C = D ≥ sup|g|, ≤ 1.017): the only scale at which the printed bound is not off by the factor 1/sup|g| (the left side is invariant under g → s·g).', restsOn: 'L100–102, L120–124' },
    ...THM1_READING,
  ],
  glossary: THM1_SCALE_TERMS,
  domain: `two-layer kernels of σ ∈ {${ACTIVATION_NAMES.join(', ')}} on S^{d−1}, d ∈ [2, 50]; g = G(⟨x, z⟩)/max|G|, G = cos θ·P_j + sin θ·P_k over two of the three lowest degrees with positive eigenvalues, θ = wπ/18, w ∈ [1, 8]; n ∈ [10, 400]; δ ∈ {0.05, 0.1, 0.2}`,
  rule: 'per case: the frequency of |R_n − λ₁/λ₂| > printed bound at sup|g| = 1 over repeated draws must be ≤ δ + 3·√(δ(1−δ)/draws), i.e. the critical scale s* ≥ 1; refuted when some case has s* < 1',
  tolerance: 'binomial 3σ on the violation frequency; λ_ℓ and φ_ℓ exact up to the eigenvalues\' error (≤ 1e−12 relative)',
  budgetMs: { quick: 60_000 },
  law: (scale) => thm1Law(scale, 1),
  present: (outcome) => ({ charts: thm1Charts(outcome, '; this reading requires the bound only at sup|g| = 1') }),
});
