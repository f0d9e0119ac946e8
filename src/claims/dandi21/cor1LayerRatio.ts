import fc from 'fast-check';
import { ACTIVATION_NAMES, type ActivationName } from '../../activations/activation.js';
import { activationByName } from '../../activations/activationByName.js';
import { twoLayerSpectrum } from '../../layerwise/twoLayerSpectrum.js';
import { forAllClaim } from '../forAllClaim.js';
import { decideAt } from './layerRatioDecision.js';
import { layerRatioChart, layerRatioSweep, layerRatioTightest } from './layerRatioSweep.js';

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
  section: '§5.6, Corollary 1 (from Theorem 2 and Lemma 3)',
  statement: 'For two-layer networks, λ_i⁽¹⁾ ≥ i²·λ_i⁽²⁾ for all i ≥ 0, λ⁽¹⁾, λ⁽²⁾ the degree-i Legendre components of the first- and second-layer kernels κ⁽¹⁾(u) = u·E[σ\'σ\'], κ⁽²⁾(u) = E[σσ] (eqs. (8)–(9)).',
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
  }),
  present: (outcome) => {
    const points = layerRatioSweep(spectrum, MAX_DEGREE);
    const charts = [2, 10].map((d) => layerRatioChart(points, d, MAX_DEGREE, 'λ⁽¹⁾_i / λ⁽²⁾_i'));
    return outcome.verdict === 'refuted' ? { charts, tightest: layerRatioTightest(points, MAX_DEGREE) } : { charts };
  },
});
