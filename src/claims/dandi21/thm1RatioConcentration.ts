import fc from 'fast-check';
import { ACTIVATION_NAMES } from '../../activations/activation.js';
import { printed } from '../../catalogue/builtinCatalogues.js';
import type { ForAllSpec } from '../checkForAll.js';
import { forAllClaim } from '../forAllClaim.js';
import { criticalScale, frequencyAllowance, MAX_SCALE, thm1Measure, violationFrequency, type Thm1Case } from './thm1Measurement.js';

const show = (v: number) => Number(v.toPrecision(3));

/**
 * The law of Theorem 1 under a reading of its constants: the critical scale s* (the largest sup|g| at which
 * the printed bound holds at frequency ≤ δ + 3σ, `criticalScale`) must reach `required` — 2^10 when g is
 * arbitrary (sup|g| ∈ [2^−10, 2^10]), 1 when sup|g| = 1. A case decides when its deviations are not all 0
 * (s* finite: a bound below their (1 − δ)-quantile would fail). Margin: log2(s* ÷ required), in octaves.
 */
export function thm1Law(scale: 'quick' | 'paper', required: number): ForAllSpec<Thm1Case> {
  return {
    arbitrary: fc.record({
      activation: fc.constantFrom(...ACTIVATION_NAMES),
      d: fc.integer({ min: 2, max: 50 }),
      pair: fc.integer({ min: 0, max: 2 }),
      w: fc.integer({ min: 1, max: 8 }),
      n: fc.integer({ min: 10, max: 400 }),
      delta: fc.constantFrom(0.05, 0.1, 0.2),
      draws: fc.constant(scale === 'paper' ? 400 : 100),
      seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    }),
    evaluate: (c) => {
      const m = thm1Measure(c);
      const allowance = frequencyAllowance(c.delta, c.draws);
      const critical = criticalScale(m, allowance);
      return {
        measured: critical,
        bound: required,
        ok: critical >= required,
        decided: Number.isFinite(critical),
        margin: Math.log2(critical / required),
        extra: {
          degrees: m.degrees,
          A: m.A,
          B: m.B,
          C: m.C,
          'λ₁': m.lambda1,
          'λ₂': m.lambda2,
          'λ₁/λ₂': m.populationRatio,
          'δ + 3σ': allowance,
          'printed bound at sup|g| = 1': m.printedBoundAtUnitScale,
          'violation frequency at sup|g| = 1': violationFrequency(m, m.printedBoundAtUnitScale),
          'violation frequency at sup|g| = 2^10': violationFrequency(m, m.printedBoundAtUnitScale / MAX_SCALE),
          'largest |R_n − λ₁/λ₂|': m.deviations[m.deviations.length - 1]!,
          'corrected bound': m.correctedBound,
          'corrected violation frequency': violationFrequency(m, m.correctedBound),
        },
      };
    },
    numRuns: { quick: 12, paper: 100 },
    measuredLabel: 'critical sup|g| s* (printed bound holds at δ + 3σ for sup|g| ≤ s*)',
    boundLabel: `required: s* ≥ ${required === 1 ? '1' : '2^10 (the domain\'s largest sup|g|)'}`,
    power: {
      reference: 'a bound below the (1 − δ)-quantile of the measured deviations |R_n − λ₁/λ₂|: decided when the deviations are not all 0',
      marginLabel: `octaves: log2(s*/${required === 1 ? '1' : '2^10'}); negative when violated`,
    },
    finding: (cx, worst) =>
      `the printed bound holds at frequency ≤ δ + 3σ only up to sup|g| = ${show(cx.measured as number)} < ${required === 1 ? '1' : '2^10'} (${cx.params.activation}, d = ${cx.params.d}, n = ${cx.params.n}, δ = ${cx.params.delta}; shrunk): it scales like 1/sup|g| while R_n does not; ` +
      `worst drawn case s* = ${show(worst.measured as number)} (${worst.params.activation}, d = ${worst.params.d}, n = ${worst.params.n}), violation frequency at sup|g| = 2^10: ${show(worst.params['violation frequency at sup|g| = 2^10'] as number)}`,
  };
}

/** How D and C are read in both readings. */
export const THM1_READING = [
  { text: 'D is never defined (L116, L124); the proof bounds φ₂ ≤ BC² (L108) and its Hoeffding step for φ₂ uses BC² (L112, L349), so D is read as C.', restsOn: 'L108, L112, L116, L124' },
  { text: 'A = sup|κ⁽ℓ₁⁾| = ψ₁(1), B = sup|κ⁽ℓ₂⁾| = ψ₀(1) for the two layers of §5.4 (κ⁽⁰⁾ = uψ₁, κ⁽¹⁾ = ψ₀; both have non-negative Taylor coefficients so sup = value at 1); C an upper bound on sup|g| (grid maximum with Markov\'s inequality, ≤ 1.017·sup|g|).', restsOn: 'L102' },
  { text: 'g a combination of two zonal harmonics of different degree (a single harmonic makes R_n = λ₁/λ₂ exactly); "with probability 1 − δ" is checked as a violation frequency ≤ δ + 3 binomial standard deviations over 100 (quick) / 400 (paper) independent samples of n points; φ_ℓ and λ_ℓ exact by Funk–Hecke.', restsOn: 'L100–102, L120–124' },
];

/**
 * Theorem 1 (§5.3, proof in appendix 8), printed as: with probability 1 − δ,
 *   |Σφ₁(x_i)/Σφ₂(x_i) − λ₁/λ₂| ≤ (log(4/δ))·(1/√n)·max{√(AC²/(2λ₁²)), √(BD²/(2λ₂²))}.
 * The left side is invariant under g → s·g (both sums scale by s²), the right side scales like 1/s (λ_ℓ by
 * s², C by s): so the printed bound cannot hold for every g. The proof's Hoeffding step also drops a
 * square ("2e^{−2nt²/(AC²)}" for terms in [−AC², AC²]: the exponent is −nt²/(2A²C⁴)). Measured with
 * sup|g| = 2^e over e ∈ [−10, 10], and reported with the corrected, scale-free bound
 * (t₁ + (λ₁/λ₂)t₂)/(λ₂ − t₂), t_ℓ = A_ℓC²√(2 log(4/δ)/n), which follows from the correct Hoeffding
 * inequality and the paper's own union bound.
 */
export const thm1RatioConcentration = forAllClaim<Thm1Case>({
  id: 'dandi21.thm1.ratio-concentration',
  paper: 'dandi21',
  printed: printed('dandi21', 'thm1'),
  readingName: 'arbitrary-g',
  reading: [
    { text: '"Let g(x) be an arbitrary function": g ranges over functions of every size, sup|g| = C ∈ [2^−10, 2^10] (the constants A, B, C are "bounds", L102, not normalisations).', restsOn: 'L100–102, L120' },
    ...THM1_READING,
  ],
  refutation: {
    kind: 'substantive',
    evidence: 'the printed bound is not scale-invariant: R_n and λ₁/λ₂ are invariant under g → s·g while the right side scales like 1/s (λ_ℓ ∝ s², C ∝ s), so it fails for large sup|g| at every n and δ; the proof\'s Hoeffding step (L112, L349) uses AC² where the range of φ₁ gives A²C⁴ — the same defect; at sup|g| = 1 it holds (dandi21.thm1.ratio-concentration.unit-sup), and the scale-free bound (t₁ + (λ₁/λ₂)t₂)/(λ₂ − t₂) from the corrected Hoeffding step holds',
  },
  domain: `two-layer kernels of σ ∈ {${ACTIVATION_NAMES.join(', ')}} on S^{d−1}, d ∈ [2, 50]; g = s·G(⟨x, z⟩)/max|G|, G = cos θ·P_j + sin θ·P_k over two of the three lowest degrees with positive eigenvalues, θ = wπ/18, w ∈ [1, 8], every s ∈ [2^−10, 2^10]; n ∈ [10, 400]; δ ∈ {0.05, 0.1, 0.2}; A = ψ₁(1), B = ψ₀(1), C = D ≥ sup|g|`,
  rule: 'per case: the frequency of |R_n − λ₁/λ₂| > printed bound over repeated draws must be ≤ δ + 3·√(δ(1−δ)/draws) (binomial three-sigma allowance) for every s in the range, i.e. the critical scale s* must be ≥ 2^10; refuted when some case has s* < 2^10',
  tolerance: 'binomial 3σ on the violation frequency; λ_ℓ and φ_ℓ exact up to the eigenvalues\' error (≤ 1e−12 relative), far below the deviations measured',
  budgetMs: { quick: 60_000 },
  law: (scale) => thm1Law(scale, MAX_SCALE),
  present: (outcome) => {
    if (outcome.verdict !== 'refuted') return {};
    const rows = outcome.measurements.rows;
    const smallest = Math.min(...rows.map((r) => r.measured as number));
    const atUnit = Math.max(...rows.map((r) => r.params['violation frequency at sup|g| = 1'] as number));
    return {
      tightest: {
        statement: `measured over the ${rows.length} drawn cases: the printed bound holds at δ + 3σ only for sup|g| ≤ ${smallest.toPrecision(3)} (it scales like 1/sup|g| while R_n does not); at sup|g| = 1 the largest violation frequency is ${atUnit}`,
        value: smallest,
      },
    };
  },
});
