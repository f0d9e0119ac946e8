import fc from 'fast-check';
import { ACTIVATION_NAMES, type ActivationName } from '../../activations/activation.js';
import { activationByName } from '../../activations/activationByName.js';
import { twoLayerSpectrum } from '../../layerwise/twoLayerSpectrum.js';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { forAllClaim } from '../forAllClaim.js';
import { layerRatioFinding } from './layerRatioFinding.js';
import { decideAt } from './layerRatioDecision.js';
import { layerRatioChart, layerRatioSweep, layerRatioTightest } from './layerRatioSweep.js';
import { LAYER_EIGENVALUE_TERMS, LAYER_RATIO_STATUS_TERMS } from './glossaryTerms.js';

const MAX_DEGREE = 16;

interface Case extends Record<string, string | number> {
  activation: ActivationName;
  d: number;
  i: number;
}

const spectrum = (activation: ActivationName, d: number, maxDegree: number) => twoLayerSpectrum(activationByName(activation), d, maxDegree);

/** Corollary 1's comparison λ⁽¹⁾_i ≥ i^power·λ⁽²⁾_i at one (σ, d, i), with the eigenvalues of `twoLayerSpectrum`. */
export function cor1Case({ activation, d, i }: Case, power = 2) {
  return decideAt(spectrum(activation, d, i), i, power);
}

/**
 * Corollary 1 (§5.6): λ_i⁽¹⁾ ≥ i²·λ_i⁽²⁾ for every degree i, for two-layer networks with any activation
 * whose σ, σ' have Hermite expansions. Measured on the six activations for every input dimension
 * d = 2..100 and degrees i ≤ 16, with the eigenvalues of `twoLayerSpectrum` (relu: closed form; others:
 * Lemma 1 power series with positive terms and a rigorous error bound). A refuted verdict comes with the
 * largest power p and the largest constant c such that λ⁽¹⁾ ≥ i^p·λ⁽²⁾ and λ⁽¹⁾ ≥ c·i²·λ⁽²⁾ hold on every
 * decided case of a sweep over all six activations, 13 dimensions in [2, 100] and i = 1..16.
 */
export const cor1LayerRatio = forAllClaim<Case>({
  id: 'dandi21.cor1.layer-ratio-i2',
  paper: 'dandi21',
  printed: printed('dandi21', 'cor1'),
  reading: [
    { text: 'λ_i⁽¹⁾, λ_i⁽²⁾ ("first and second layer") are the degree-i Legendre (Funk–Hecke) components of κ⁽⁰⁾ = ⟨x, x′⟩ψ₁ (eq. (8), weights w) and κ⁽¹⁾ = ψ₀ (eq. (9), weights v): the paper numbers these layers 0, 1 in eqs. (8)–(9) and 1, 2 in Theorem 2 and here.', restsOn: 'L138–140, L182, L226' },
    { text: 'Repaired substitution: L220 substitutes g = u·ψ₀, h = ψ₁ into Lemma 3, which swaps ψ₀ and ψ₁ against eqs. (8)–(9) (the first-layer kernel is u·ψ₁). We check the layer kernels of eqs. (8)–(9). The verdict does not depend on it: under the literal substitution the ratio is further below i² (measured (u·ψ₀)_{P_i}/(ψ₁)_{P_i} = 0.34 against 25 for relu, input dimension 10, i = 5; 0.28 against 64 for tanh, i = 8).', restsOn: 'L220–222' },
    { text: 'The step at L222, (a′_i)²/a_i² = i², is false under either Hermite convention: with the monic coefficients of eq. (16) and appendix 10 (a′_i = (i + 1)a_{i+1}) the printed quotient is (i + 1)²a_{i+1}²/a_i², with the orthonormal ones (h′_i = √(i + 1)·h_{i+1}) it is (i + 1)h_{i+1}²/h_i² — neither is i² (nor a function of i alone); the index-shifted a′_{i−1}²/a_i² is i² (monic) or i (orthonormal), and the Taylor-coefficient ratio of uψ₁ to ψ₀ is i in both once Lemma 1\'s factor i! is kept. This check compares the layers\' Legendre components directly, so it repairs that step silently (it never evaluates it); the step\'s content is checked as dandi21.thm2.power-series-ratio.', restsOn: 'L172–182, L222, L404' },
    { text: 'Legendre components on S^{d−1} (input dimension d, uniform measure) for every d ∈ [2, 100] ("for all d" is not printed; the corollary names no dimension); the Legendre coefficient and the Funk–Hecke eigenvalue differ by the factor N(d, i), common to both layers.', restsOn: 'L204–206, L226, L240' },
    { text: 'Unit-variance weights w ∼ N(0, I), v ∼ N(0, 1), inputs on the unit sphere, no biases; "∀ i ≥ 0" — degrees where both components vanish by the symmetry of σ are skipped (0 ≥ 0).', restsOn: 'L128, L136, L226' },
  ],
  refutation: {
    kind: 'substantive',
    evidence: 'the corollary\'s first step, Theorem 2, is false: the Taylor-coefficient ratio is i, not i² (dandi21.thm2.power-series-ratio); the measured tightest power is just above 1 (λ⁽¹⁾_i ≥ i^p·λ⁽²⁾_i for p ≤ 1.0006 over six activations and d ∈ [2, 100]) and relu on the circle gives (i² + 1)/2 exactly — Lemma 3 with r(i) = i gives λ⁽¹⁾_i ≥ i·λ⁽²⁾_i, which holds on the whole domain. Exact for relu: λ⁽¹⁾_i/λ⁽²⁾_i = (i² + (d − 2)i + 1)/d = i + (i − 1)²/d for i = 1 and every even i ≥ 2 (odd i ≥ 3: both vanish), below i² for every d ≥ 2, i ≥ 2 — checked against the measured ratios of both routes for d ∈ {2, …, 100} (13 dimensions), even i ≤ 16: `twoLayerSpectrum` (closed form) agrees to 4.4e−15 relative, the kernel quadrature of dandi21.cor2.decrement-ratio within its error bounds (≤ 1e−9 relative for d ≤ 20); on the circle (d = 2) it is (i² + 1)/2.',
  },
  glossary: {
    ...LAYER_EIGENVALUE_TERMS,
    ...LAYER_RATIO_STATUS_TERMS,
  },
  domain: `σ ∈ {${ACTIVATION_NAMES.join(', ')}}; input dimension d ∈ [2, 100] (sphere S^{d−1}); degree i ∈ [0, ${MAX_DEGREE}]; w ∼ N(0, I_d), v ∼ N(0, 1) (unit-variance pre-activations)`,
  rule: 'per case: skipped (holds) when both components vanish identically by the symmetry of σ; violated when λ⁽¹⁾ − i²λ⁽²⁾ < −(e₁ + i²e₂), holds when > e₁ + i²e₂, inconclusive in between; refuted when a case is violated',
  tolerance: 'e₁, e₂: the eigenvalues\' absolute error bounds — relu closed form 4(i + d/2 + 4)ε relative; power-series route: coefficient errors 385ε‖f‖ (trapezoidal Hermite sums), 4(P+3)ε rounding, and the Parseval tail (ψ(1) − Σ_{m≤60} c_m, ψ(1) to 1e−12)·E|t|^{61}',
  law: () => ({
    arbitrary: fc.record({
      activation: fc.constantFrom(...ACTIVATION_NAMES),
      d: fc.integer({ min: 2, max: 100 }),
      i: fc.integer({ min: 0, max: MAX_DEGREE }),
    }),
    evaluate: (c) => cor1Case(c),
    numRuns: { quick: 60, paper: 600 },
    measuredLabel: 'λ⁽¹⁾_i / λ⁽²⁾_i',
    boundLabel: 'claimed lower bound i²',
    power: {
      reference: 'the ratio i that Theorem 2 gives under one consistent Hermite convention: decided when (i² − i)·λ⁽²⁾ exceeds the eigenvalues\' error (so i ≤ 1 decides nothing)',
      marginLabel: 'relative excess λ⁽¹⁾/(i²λ⁽²⁾) − 1; negative when violated',
    },
    finding: (cx, worst) => layerRatioFinding('λ⁽¹⁾_i/λ⁽²⁾_i', cx, worst),
  }),
  present: (outcome) => {
    const points = layerRatioSweep(spectrum, MAX_DEGREE);
    const charts = [2, 10].map((d) => layerRatioChart(points, d, MAX_DEGREE, 'λ⁽¹⁾_i / λ⁽²⁾_i'));
    return outcome.verdict === 'refuted' ? { charts, tightest: layerRatioTightest(points, MAX_DEGREE) } : { charts };
  },
});
