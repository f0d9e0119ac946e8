import fc from 'fast-check';
import { ACTIVATION_NAMES } from '../../activations/activation.js';
import { forAllClaim } from '../forAllClaim.js';
import { criticalScale, frequencyAllowance, MAX_SCALE, thm1Measure, violationFrequency, type Thm1Case } from './thm1Measurement.js';

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
  section: '§5.3, Theorem 1 (proof: appendix 8)',
  statement: 'With probability 1 − δ over n training points, |(1/n)Σφ₁(x_i) / (1/n)Σφ₂(x_i) − λ₁/λ₂| ≤ (log(4/δ))(1/√n)·max{√(AC²/(2λ₁²)), √(BD²/(2λ₂²))}, with A, B bounds on |κ⁽ℓ₁⁾|, |κ⁽ℓ₂⁾| and C (= D) a bound on |g|.',
  domain: `two-layer kernels of σ ∈ {${ACTIVATION_NAMES.join(', ')}} on S^{d−1}, d ∈ [2, 50]; g = s·G(⟨x, z⟩)/max|G|, G = cos θ·P_j + sin θ·P_k over two of the three lowest degrees with positive eigenvalues, θ = wπ/18, w ∈ [1, 8], every s ∈ [2^−10, 2^10]; n ∈ [10, 400]; δ ∈ {0.05, 0.1, 0.2}; A = ψ₁(1), B = ψ₀(1), C = D ≥ sup|g|`,
  rule: 'per case: the frequency of |R_n − λ₁/λ₂| > printed bound over repeated draws must be ≤ δ + 3·√(δ(1−δ)/draws) (binomial three-sigma allowance) for every s in the range, i.e. the critical scale s* must be ≥ 2^10; refuted when some case has s* < 2^10',
  tolerance: 'binomial 3σ on the violation frequency; λ_ℓ and φ_ℓ exact up to the eigenvalues\' error (≤ 1e−12 relative), far below the deviations measured',
  budgetMs: { quick: 60_000 },
  law: (scale) => ({
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
        bound: MAX_SCALE,
        ok: critical >= MAX_SCALE,
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
    boundLabel: 'required: s* ≥ 2^10 (the domain\'s largest sup|g|)',
  }),
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
