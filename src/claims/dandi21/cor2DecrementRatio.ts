import fc from 'fast-check';
import { ACTIVATION_NAMES, type ActivationName } from '../../activations/activation.js';
import { activationByName } from '../../activations/activationByName.js';
import { quadratureTwoLayerSpectrum } from '../../layerwise/quadratureTwoLayerSpectrum.js';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { forAllClaim } from '../forAllClaim.js';
import { layerRatioFinding } from './layerRatioFinding.js';
import { decideAt } from './layerRatioDecision.js';
import { layerRatioChart, layerRatioSweep, layerRatioTightest } from './layerRatioSweep.js';
import { LAYER_EIGENVALUE_TERMS, LAYER_RATIO_STATUS_TERMS } from './glossaryTerms.js';

const MAX_DEGREE = 12;

interface Case extends Record<string, string | number> {
  activation: ActivationName;
  d: number;
  i: number;
}

const spectrum = (activation: ActivationName, d: number, maxDegree: number) =>
  quadratureTwoLayerSpectrum(activationByName(activation), d, maxDegree);

/**
 * The ratio of decrements of eq. (4), d⁽¹⁾(d|f)/d⁽²⁾(d|f) with d⁽ℓ⁾(d|f) = ‖d|f‖²_{κ⁽ℓ⁾} =
 * E_{x,x'}[d|f(x)·κ⁽ℓ⁾(⟨x,x'⟩)·d|f(x')] (eq. (3)) — the rate at which training layer ℓ alone decreases the
 * cost, −∂_tC (eq. (21)) — for a functional derivative d|f in the degree-i harmonics on S^{d−1}.
 * By the Funk–Hecke theorem every such d|f is an eigenfunction of both kernels, so
 * ‖d|f‖²_{κ⁽ℓ⁾} = μ_i⁽ℓ⁾·‖d|f‖²_{L²} and the ratio is μ_i⁽¹⁾/μ_i⁽²⁾ for every d|f in the space (eq. (5)).
 * The μ's here come from `quadratureTwoLayerSpectrum`: the kernels (8)–(9) evaluated from their defining
 * Gaussian expectations and integrated against P_i — independent of the Hermite/power-series route that
 * the Corollary 1 check uses.
 */
export function cor2Case({ activation, d, i }: Case, power = 2) {
  return decideAt(spectrum(activation, d, i), i, power);
}

export const cor2DecrementRatio = forAllClaim<Case>({
  id: 'dandi21.cor2.decrement-ratio',
  paper: 'dandi21',
  printed: printed('dandi21', 'cor2'),
  reading: [
    { text: 'Printed "the ratio of decrements satisfies d|_{f(t)} ≥ i²" is read as the ratio of decrements of eq. (4), d⁽ℓ₁⁾(d|f)/d⁽ℓ₂⁾(d|f), for the first vs the second layer of §5.4 (κ⁽⁰⁾ = ⟨x, x′⟩ψ₁ against κ⁽¹⁾ = ψ₀, eqs. (8)–(9)); d|f itself is a function and cannot be ≥ i².', restsOn: 'L84–86, L242' },
    { text: 'd|f in the degree-i harmonics of S^{d−1} under the uniform measure (p_in = U(S^{d−1})): an eigenfunction of both kernels (Funk–Hecke), so the ratio is μ_i⁽⁰⁾/μ_i⁽¹⁾ for every nonzero d|f (eq. (5)); input dimension d ∈ [2, 100], a range the corollary does not fix.', restsOn: 'L88, L94, L230–240' },
    { text: 'The μ_i come from the kernels of eqs. (8)–(9) evaluated from their Gaussian expectations and integrated against P_i by quadrature — independent of the Hermite/power-series route of Corollary 1. The layer renumbering and the swapped substitution of L220 are read as for Corollary 1 (the verdict does not depend on them).', restsOn: 'L138–140, L220' },
    { text: 'The step at L222, (a′_i)²/a_i² = i², is false under either Hermite convention: with the monic coefficients of eq. (16) and appendix 10 (a′_i = (i + 1)a_{i+1}) the printed quotient is (i + 1)²a_{i+1}²/a_i², with the orthonormal ones (h′_i = √(i + 1)·h_{i+1}) it is (i + 1)h_{i+1}²/h_i² — neither is i² (nor a function of i alone); the index-shifted a′_{i−1}²/a_i² is i² (monic) or i (orthonormal), and the Taylor-coefficient ratio of uψ₁ to ψ₀ is i in both once Lemma 1\'s factor i! is kept. This check compares the layers\' Legendre components directly, so it repairs that step silently (it never evaluates it); the step\'s content is checked as dandi21.thm2.power-series-ratio.', restsOn: 'L172–182, L222, L404' },
  ],
  refutation: {
    kind: 'substantive',
    evidence: 'it rests on Corollary 1 and Theorem 2, whose ratio is i, not i² (dandi21.thm2.power-series-ratio); by kernel quadrature, independent of Corollary 1\'s power-series route, the tightest measured power is again just above 1 and λ⁽¹⁾_i ≥ i·λ⁽²⁾_i holds on the whole domain. Exact for relu: λ⁽¹⁾_i/λ⁽²⁾_i = (i² + (d − 2)i + 1)/d = i + (i − 1)²/d for i = 1 and every even i ≥ 2 (odd i ≥ 3: both vanish), below i² for every d ≥ 2, i ≥ 2 — checked against the measured ratios of both routes for d ∈ {2, …, 100} (13 dimensions), even i ≤ 16: `twoLayerSpectrum` (closed form) agrees to 4.4e−15 relative, the kernel quadrature of dandi21.cor2.decrement-ratio within its error bounds (≤ 1e−9 relative for d ≤ 20); on the circle (d = 2) it is (i² + 1)/2.',
  },
  glossary: {
    ...LAYER_EIGENVALUE_TERMS,
    'd|f': 'functional derivative of the cost at f, taken in the eigenspace of degree-i spherical harmonics',
    'ratio of decrements': '‖d|f‖²_κ⁽¹⁾ / ‖d|f‖²_κ⁽²⁾: decrease of the cost through the first layer over that through the second; equals λ⁽¹⁾_i/λ⁽²⁾_i for any d|f of degree i',
    ...LAYER_RATIO_STATUS_TERMS,
  },
  domain: `σ ∈ {${ACTIVATION_NAMES.join(', ')}}; input dimension d ∈ [2, 100] (uniform measure on S^{d−1}); degree i ∈ [0, ${MAX_DEGREE}]; any nonzero d|f ∈ H_i (the ratio is the same for all of them)`,
  rule: 'per case: skipped (holds) when both decrements vanish identically by the symmetry of σ; violated when d⁽¹⁾ − i²d⁽²⁾ < −(e₁ + i²e₂) (per unit ‖d|f‖²), holds when > e₁ + i²e₂, inconclusive in between; refuted when a case is violated',
  tolerance: 'e₁, e₂: quadrature error of μ_i⁽ℓ⁾ — |fine − coarse| composite Gauss–Legendre (48 vs 24 panels × 12 nodes in θ) plus the recursive-summation rounding bound (M + 2i + 10)ε·Σ|w κ P_i|',
  law: () => ({
    arbitrary: fc.record({
      activation: fc.constantFrom(...ACTIVATION_NAMES),
      d: fc.integer({ min: 2, max: 100 }),
      i: fc.integer({ min: 0, max: MAX_DEGREE }),
    }),
    evaluate: (c) => cor2Case(c),
    numRuns: { quick: 40, paper: 400 },
    measuredLabel: 'ratio of decrements',
    boundLabel: 'claimed lower bound i²',
    power: {
      reference: 'the ratio i that Theorem 2 gives under one consistent Hermite convention: decided when (i² − i)·λ⁽²⁾ exceeds the eigenvalues\' error (so i ≤ 1 decides nothing)',
      marginLabel: 'relative excess λ⁽¹⁾/(i²λ⁽²⁾) − 1; negative when violated',
    },
    finding: (cx, worst) => layerRatioFinding('ratio of decrements', cx, worst),
  }),
  present: (outcome) => {
    const points = layerRatioSweep(spectrum, MAX_DEGREE);
    const charts = [layerRatioChart(points, 10, MAX_DEGREE, 'ratio of decrements')];
    return outcome.verdict === 'refuted' ? { charts, tightest: layerRatioTightest(points, MAX_DEGREE) } : { charts };
  },
});
