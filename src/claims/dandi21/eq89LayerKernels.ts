import fc from 'fast-check';
import { ACTIVATION_NAMES, type ActivationName } from '../../activations/activation.js';
import { activationByName } from '../../activations/activationByName.js';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { createRng } from '../../random/rng.js';
import { sampleSphere } from '../../sphere/sampleSphere.js';
import { forAllClaim } from '../forAllClaim.js';
import { ACTIVATION_TERMS } from './glossaryTerms.js';

interface Case extends Record<string, string | number> {
  activation: ActivationName;
  /** Input dimension (x, x′ on S^{d−1}). */
  d: number;
  layer: number;
  seed: number;
}

/** Hidden width of the simulated two-layer networks. */
const WIDTH = 20_000;
/** Standard errors allowed per case: P(|Z| > 5) = 5.7e−7, so ≤ 1e−4 over 200 cases (family-wise). */
const Z = 5;
const show = (v: number) => Number(v.toPrecision(4));

/**
 * Eqs. (8)–(9): the per-layer NTKs of the two-layer network f(x) = (1/√m)Σ_j v_jσ(⟨w_j, x⟩) of §5.4. From the
 * gradients (6)–(7), layer 0 (w) contributes κ_m⁽⁰⁾ = (1/m)Σ_j v_j²σ'(⟨w_j, x⟩)σ'(⟨w_j, x′⟩)⟨x, x′⟩ and layer 1
 * (v) κ_m⁽¹⁾ = (1/m)Σ_jσ(⟨w_j, x⟩)σ(⟨w_j, x′⟩); the claim is that these are (in expectation, and as m → ∞)
 * ⟨x, x′⟩ψ₁(⟨x, x′⟩) and ψ₀(⟨x, x′⟩). Measured with one random network of width 20 000 (float64, drawn
 * here) against the dual kernels of the activation record (closed form or 2-D quadrature, ≤ 1e−12).
 * Tolerance: 5 sample standard errors of the mean of the m summands. Power: the other layer's kernel (eq. (8)
 * and (9) swapped); decided when it differs from the claimed value by more than twice the tolerance.
 */
export const eq89LayerKernels = forAllClaim<Case>({
  id: 'dandi21.eq8-9.layer-kernels',
  paper: 'dandi21',
  printed: printed('dandi21', 'eq8-9'),
  reading: [
    { text: 'Eqs. (8)–(9) are the expectations over the initialisation of the per-layer kernels of the two-layer network of §5.4 (and their m → ∞ limit): layer 0 the first-layer weights w (eq. (7)), layer 1 the output weights v (eq. (6)); v² is averaged out (E[v²] = 1).', restsOn: 'L128–140' },
    { text: 'Checked by simulation: one network of width 20 000 per case with w ∼ N(0, I_d), v ∼ N(0, 1), x, x′ uniform on S^{d−1}, d ∈ [2, 20]; its empirical per-layer kernel must lie within 5 standard errors of the printed expectation.', restsOn: 'L136' },
  ],
  glossary: {
    'network kernel κ_m⁽ℓ⁾(x, x′)': 'per-layer kernel κ_m⁽ℓ⁾(x, x′) of one two-layer network of width m = 20 000',
    ...ACTIVATION_TERMS,
    'κ⁽⁰⁾, κ⁽¹⁾': 'printed per-layer kernels: eq. (8) ⟨x, x′⟩ψ₁(⟨x, x′⟩) (first-layer weights w) and eq. (9) ψ₀(⟨x, x′⟩) (output weights v)',
    'κ_m⁽ℓ⁾': 'the same kernel of one random two-layer network of width m = 20 000',
    'ψ₀, ψ₁': 'dual kernels E[σ(u)σ(u′)], E[σ′(u)σ′(u′)] for standard normal u, u′ with correlation ⟨x, x′⟩',
    d: 'input dimension: x, x′ uniform on S^(d−1) ⊂ R^d',
    layer: '0: first-layer weights w (eq. (8)); 1: output weights v (eq. (9))',
    seed: 'seed of x, x′ and the network',
    '⟨x, x′⟩': 'inner product of the two inputs (cosine of their angle)',
    tolerance: '5 standard errors of the mean of the m summands',
    'other layer\'s kernel': 'the value of the other equation at the same ⟨x, x′⟩ (the power reference)',
  },
  domain: `σ ∈ {${ACTIVATION_NAMES.join(', ')}}; d ∈ [2, 20]; layer ∈ {0, 1}; x, x′ uniform on S^{d−1}; width m = ${WIDTH}`,
  rule: 'per case: |κ_m⁽ℓ⁾(x, x′) − printed κ⁽ℓ⁾(x, x′)| ≤ 5·(sample sd of the summands)/√m; refuted when some case exceeds it',
  tolerance: 'Monte Carlo: 5 standard errors (two-sided 5.7e−7 per case); the dual kernels to 1e−12, far below',
  law: () => ({
    arbitrary: fc.record({
      activation: fc.constantFrom(...ACTIVATION_NAMES),
      d: fc.integer({ min: 2, max: 20 }),
      layer: fc.integer({ min: 0, max: 1 }),
      seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    }),
    evaluate: ({ activation, d, layer, seed }) => {
      const sigma = activationByName(activation);
      const rng = createRng(seed);
      const [x, y] = [sampleSphere(rng.fork(), 1, d - 1), sampleSphere(rng.fork(), 1, d - 1)];
      let u = 0;
      for (let k = 0; k < d; k++) u += x[k]! * y[k]!;
      let sum = 0;
      let squares = 0;
      for (let j = 0; j < WIDTH; j++) {
        let [a, b] = [0, 0];
        for (let k = 0; k < d; k++) {
          const w = rng.normal();
          a += w * x[k]!;
          b += w * y[k]!;
        }
        const v = rng.normal();
        const term = layer === 0 ? v * v * sigma.sigmaPrime(a) * sigma.sigmaPrime(b) * u : sigma.sigma(a) * sigma.sigma(b);
        sum += term;
        squares += term * term;
      }
      const mean = sum / WIDTH;
      const sd = Math.sqrt(Math.max(0, squares / WIDTH - mean * mean) * (WIDTH / (WIDTH - 1)));
      const tolerance = (Z * sd) / Math.sqrt(WIDTH);
      const [k0, k1] = [u * sigma.psi1(u), sigma.psi0(u)];
      const claimed = layer === 0 ? k0 : k1;
      const swapped = layer === 0 ? k1 : k0;
      const gap = Math.abs(mean - claimed);
      return {
        measured: mean,
        bound: claimed,
        ok: gap <= tolerance,
        decided: Math.abs(swapped - claimed) > 2 * tolerance,
        margin: (tolerance - gap) / tolerance,
        extra: { '⟨x, x′⟩': u, tolerance, 'other layer\'s kernel': swapped },
      };
    },
    numRuns: { quick: 24, paper: 200 },
    measuredLabel: 'network kernel κ_m⁽ℓ⁾(x, x′)',
    boundLabel: 'printed expectation (eq. (8) or (9))',
    power: {
      reference: 'the other layer\'s kernel (eqs. (8) and (9) swapped): decided when it differs from the claimed value by more than twice the tolerance',
      marginLabel: '1 − |gap|/tolerance (in units of the 5-standard-error tolerance); negative when violated',
    },
    finding: (cx, worst) =>
      `κ_m⁽${cx.params.layer}⁾ = ${show(cx.measured as number)} against ${show(cx.bound as number)} (tolerance ${show(cx.params.tolerance as number)}) for ${cx.params.activation}, d = ${cx.params.d} (shrunk); worst drawn case ${show(worst.measured as number)} against ${show(worst.bound as number)}`,
  }),
});
