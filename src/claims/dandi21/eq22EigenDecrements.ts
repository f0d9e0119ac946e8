import { printed } from '../../catalogue/builtinCatalogues.js';
import { forAllClaim } from '../forAllClaim.js';
import { eq22Arbitrary, EQ22_DOMAIN, eq22Evaluate, EQ22_TOLERANCE, type Eq22Case } from './eq22Case.js';
import { EQ22_TERMS } from './glossaryTerms.js';

const show = (v: number) => Number(v.toPrecision(4));

/** What both readings of eq. (22) share. */
export const EQ22_READING = [
  { text: 'Checked where it is exact linear algebra: p_in the empirical measure of n ∈ [4, 60] uniform points on S⁹ (input dimension 10, appendix 12), κ⁽ℓ⁾ the infinite-width kernel of layer ℓ of the four-layer relu network of §6, d|f a Gaussian residual vector; "Σ_{i=1}^k" runs over all n eigenpairs.', restsOn: 'L250–254, L420' },
  { text: '∂_tC = −‖d‖²_{κ⁽ℓ⁾} (eq. (21)) is computed directly as −rᵀG⁽ℓ⁾r/n², independently of the eigendecomposition the right-hand side uses.', restsOn: 'L250' },
];

/** Eq. (22) as printed: ∂_tC = −Σ_i λ_i‖d^{(λ_i)}‖²_{κ⁽ℓ⁾}. */
export const eq22EigenDecrements = forAllClaim<Eq22Case>({
  id: 'dandi21.eq22.eigen-decrements',
  paper: 'dandi21',
  printed: printed('dandi21', 'eq22'),
  readingName: 'kappa-norm',
  reading: [{ text: 'As printed: the components\' norms are ‖·‖_{κ⁽ℓ⁾} (L80: ‖f‖²_κ = ⟨f, κf⟩), so each term is λ_i·λ_i‖d^{(λ_i)}‖².', restsOn: 'L80, L254' }, ...EQ22_READING],
  refutation: {
    kind: 'typo',
    evidence: 'the next sentence (L256: "the rate of decrease of the corresponding contribution being proportional to the magnitude of the eigenvalue") and the orthonormality argument give ∂_tC = −Σλ_i‖d^{(λ_i)}‖²_{L²} = −Σ‖d^{(λ_i)}‖²_κ; with the L² norm the identity holds on every drawn case (dandi21.eq22.eigen-decrements.l2-norm) — the printed form counts λ_i twice',
  },
  glossary: EQ22_TERMS,
  domain: EQ22_DOMAIN,
  rule: 'per case: |rᵀGr/n² − Σλ_i²(v_iᵀr)²/n| ≤ tolerance; refuted when some case exceeds it',
  tolerance: EQ22_TOLERANCE,
  law: () => ({
    arbitrary: eq22Arbitrary,
    evaluate: (c) => eq22Evaluate(c, 'kappa-norm'),
    numRuns: { quick: 30, paper: 200 },
    measuredLabel: '|−∂_tC − Σ λ_i‖d_i‖²_κ|',
    boundLabel: 'rounding tolerance',
    power: {
      reference: 'the other reading\'s value Σλ_i‖d^{(λ_i)}‖²_{L²}: decided when the two readings differ by more than twice the tolerance',
      marginLabel: 'decades: log10(tolerance / gap); negative when violated',
    },
    finding: (cx, worst) =>
      `−∂_tC = ${show(cx.params['−∂_tC = rᵀGr/n²'] as number)} but Σλ_i‖d_i‖²_κ = ${show(cx.params['Σλ_i‖d_i‖²_κ'] as number)} (Σλ_i‖d_i‖²_L² = ${show(cx.params['Σλ_i‖d_i‖²_L²'] as number)}) at n = ${cx.params.n}, ℓ = ${cx.params.layer} (shrunk); worst drawn case off by ${show(worst.measured as number)} against tolerance ${show(worst.bound as number)} (n = ${worst.params.n}, ℓ = ${worst.params.layer})`,
  }),
});
