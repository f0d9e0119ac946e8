import { printed } from '../../catalogue/builtinCatalogues.js';
import { forAllClaim } from '../forAllClaim.js';
import { eq22Arbitrary, EQ22_DOMAIN, eq22Evaluate, EQ22_TOLERANCE, type Eq22Case } from './eq22Case.js';
import { EQ22_TERMS } from './glossaryTerms.js';
import { EQ22_READING } from './eq22EigenDecrements.js';

/** Eq. (22) with the components measured in L²(p_in): ∂_tC = −Σ_i λ_i‖d^{(λ_i)}‖²_{L²}. */
export const eq22L2Norm = forAllClaim<Eq22Case>({
  id: 'dandi21.eq22.eigen-decrements.l2-norm',
  paper: 'dandi21',
  printed: printed('dandi21', 'eq22'),
  readingName: 'l2-norm',
  reading: [{ text: 'The components\' norms read as the L²(p_in) norm, the reading under which the decrement of each component is "proportional to the magnitude of the eigenvalue" (L256).', restsOn: 'L252–256' }, ...EQ22_READING],
  glossary: EQ22_TERMS,
  domain: EQ22_DOMAIN,
  rule: 'per case: |rᵀGr/n² − Σλ_i(v_iᵀr)²/n| ≤ tolerance; refuted when some case exceeds it',
  tolerance: EQ22_TOLERANCE,
  law: () => ({
    arbitrary: eq22Arbitrary,
    evaluate: (c) => eq22Evaluate(c, 'l2-norm'),
    numRuns: { quick: 30, paper: 200 },
    measuredLabel: '|−∂_tC − Σ λ_i‖d_i‖²_L²|',
    boundLabel: 'rounding tolerance',
    power: {
      reference: 'the printed reading\'s value Σλ_i‖d^{(λ_i)}‖²_κ: decided when the two readings differ by more than twice the tolerance',
      marginLabel: 'decades: log10(tolerance / gap); negative when violated',
    },
  }),
});
