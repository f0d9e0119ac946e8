import fc from 'fast-check';
import { ACTIVATION_NAMES } from '../../activations/activation.js';
import { printed } from '../../catalogue/builtinCatalogues.js';
import type { ForAllSpec } from '../checkForAll.js';
import { forAllClaim } from '../forAllClaim.js';
import type { Chart, ChartSeries, ClaimOutcome } from '../claim.js';
import { criticalScale, frequencyAllowance, MAX_SCALE, thm1Measure, violationFrequency, type Thm1Case } from './thm1Measurement.js';
import { THM1_SCALE_TERMS } from './glossaryTerms.js';
import { thm1Arbitrary } from './thm1Arbitrary.js';

const show = (v: number) => Number(v.toPrecision(3));

/**
 * The law of Theorem 1 under a reading of its constants: the critical scale s* (the largest sup|g| at which
 * the printed bound holds at frequency ≤ δ + 3σ, `criticalScale`) must reach `required` — 2^10 when g is
 * arbitrary (sup|g| ∈ [2^−10, 2^10]), 1 when sup|g| = 1. A case decides when its deviations are not all 0
 * (s* finite: a bound below their (1 − δ)-quantile would fail). Margin: log2(s* ÷ required), in octaves.
 */
export function thm1Law(scale: 'quick' | 'paper', required: number): ForAllSpec<Thm1Case> {
  return {
    arbitrary: thm1Arbitrary(scale, fc.constantFrom(0.05, 0.1, 0.2)),
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
          'degrees j+k of g': m.degrees,
          'A = ψ₁(1)': m.A,
          'B = ψ₀(1)': m.B,
          'C = D (≥ sup|g| at scale 1)': m.C,
          'λ₁ at sup|g| = 1': m.lambda1,
          'λ₂ at sup|g| = 1': m.lambda2,
          'λ₁/λ₂': m.populationRatio,
          'allowed frequency δ + 3σ': allowance,
          'printed bound at sup|g| = 1': m.printedBoundAtUnitScale,
          'violation frequency at sup|g| = 1': violationFrequency(m, m.printedBoundAtUnitScale),
          'violation frequency at sup|g| = 2¹⁰': violationFrequency(m, m.printedBoundAtUnitScale / MAX_SCALE),
          'largest |R_n − λ₁/λ₂|': m.deviations[m.deviations.length - 1]!,
          'corrected bound': m.correctedBound,
          'corrected violation frequency': violationFrequency(m, m.correctedBound),
        },
      };
    },
    numRuns: { quick: 12, paper: 100 },
    measuredLabel: 'critical sup|g| s*',
    boundLabel: `required: s* ≥ ${required === 1 ? '1' : '2¹⁰'}`,
    power: {
      reference: 'a bound below the (1 − δ)-quantile of the measured deviations |R_n − λ₁/λ₂|: decided when the deviations are not all 0',
      marginLabel: `octaves: log2(s*/${required === 1 ? '1' : '2^10'}); negative when violated`,
    },
    finding: (cx, worst) =>
      `the printed bound holds at frequency ≤ δ + 3σ only up to sup|g| = ${show(cx.measured as number)} < ${required === 1 ? '1' : '2^10'} (${cx.params.activation}, d = ${cx.params.d}, n = ${cx.params.n}, δ = ${cx.params.delta}; shrunk): it scales like 1/sup|g| while R_n does not; ` +
      `worst drawn case s* = ${show(worst.measured as number)} (${worst.params.activation}, d = ${worst.params.d}, n = ${worst.params.n}), violation frequency at sup|g| = 2^10: ${show(worst.params['violation frequency at sup|g| = 2¹⁰'] as number)}`,
  };
}

/** The drawn case of a measurement row (its params hold the case's fields and the extra columns). */
function caseOf(params: Readonly<Record<string, unknown>>): Thm1Case {
  const p = params as Record<string, number | string>;
  return { activation: p.activation as Thm1Case['activation'], d: p.d as number, pair: p.pair as number, w: p.w as number, n: p.n as number, delta: p.delta as number, draws: p.draws as number, seed: p.seed as number };
}

/**
 * How often and by how much the printed bound fails as sup|g| grows, for up to six drawn cases (the
 * decided ones first), recomputed from each case's draws with the same `thm1Measure`: (1) the fraction of
 * draws with |R_n − λ₁/λ₂| above the printed bound, against sup|g| = 2^e (e on a grid of 0.25), with the
 * allowance δ + 3σ; (2) the printed bound divided by the deviation it must cover (the (1 − δ + 3σ)-quantile
 * of |R_n − λ₁/λ₂|), with the corrected scale-free bound's ratio for comparison and 1 as reference.
 */
export function thm1Charts(outcome: Omit<ClaimOutcome, 'charts'>, note = ''): Chart[] {
  const rows = [...outcome.measurements.rows].sort((a, b) => Number(b.decided) - Number(a.decided)).slice(0, 6);
  const scales = Array.from({ length: 81 }, (_, k) => 2 ** ((k - 40) / 4));
  const frequency: ChartSeries[] = [];
  const ratio: ChartSeries[] = [];
  for (const row of rows) {
    const c = caseOf(row.params);
    const m = thm1Measure(c);
    const allowance = frequencyAllowance(c.delta, c.draws);
    const thing = `${c.activation}, d = ${c.d}, n = ${c.n}, δ = ${c.delta}`;
    frequency.push({ name: thing, thing, style: 'line', points: scales.map((s) => [s, violationFrequency(m, m.printedBoundAtUnitScale / s)] as const) });
    frequency.push({ name: `${thing}: allowed frequency δ + 3σ`, thing, style: 'bound', points: [[scales[0]!, allowance], [scales.at(-1)!, allowance]] });
    const D = m.deviations.length;
    const covered = m.deviations[Math.max(0, D - Math.floor(allowance * D) - 1)]!;
    if (covered > 0) {
      ratio.push({ name: `${thing}: printed bound`, thing, style: 'line', points: scales.map((s) => [s, m.printedBoundAtUnitScale / s / covered] as const) });
      if (Number.isFinite(m.correctedBound)) ratio.push({ name: `${thing}: corrected bound`, thing, style: 'dashed', points: [[scales[0]!, m.correctedBound / covered], [scales.at(-1)!, m.correctedBound / covered]] });
    }
  }
  ratio.push({ name: 'bound = deviation (below: the bound fails)', style: 'bound', points: [[scales[0]!, 1], [scales.at(-1)!, 1]] });
  const shown = (rows.length < outcome.measurements.rows.length ? ` (${rows.length} of ${outcome.measurements.rows.length} drawn cases)` : '') + note;
  return [
    {
      id: 'violation-frequency',
      title: `How often the printed bound fails: fraction of draws with |R_n − λ₁/λ₂| above it, against the size sup|g| of g${shown}`,
      xLabel: 'sup|g|',
      yLabel: 'fraction of draws violating the bound',
      xScale: 'log',
      yScale: 'linear',
      series: frequency,
    },
    {
      id: 'bound-over-deviation',
      title: `By how much: the printed bound divided by the deviation |R_n − λ₁/λ₂| it must cover (its (1 − δ − 3σ) quantile over the draws), against sup|g|${shown}`,
      xLabel: 'sup|g|',
      yLabel: 'bound ÷ deviation to cover',
      xScale: 'log',
      yScale: 'log',
      series: ratio,
    },
  ];
}

/** How D and C are read in both readings. */
export const THM1_READING = [
  { text: 'D is never defined (L116, L124); the proof bounds φ₂ ≤ BC² (L108) and its Hoeffding step for φ₂ uses BC² (L112, L349), so D is read as C.', restsOn: 'L108, L112, L116, L124' },
  { text: 'A = sup|κ⁽ℓ₁⁾| = ψ₁(1), B = sup|κ⁽ℓ₂⁾| = ψ₀(1) for the two layers of §5.4 (κ⁽⁰⁾ = uψ₁, κ⁽¹⁾ = ψ₀; both have non-negative Taylor coefficients so sup = value at 1); C an upper bound on sup|g| (grid maximum with Markov\'s inequality, ≤ 1.017·sup|g|).', restsOn: 'L102' },
  { text: 'g a combination of two zonal harmonics of different degree (a single harmonic makes R_n = λ₁/λ₂ exactly); "with probability 1 − δ" is checked as a violation frequency ≤ δ + 3 binomial standard deviations over 100 (quick) / 400 (paper) independent samples of n points; φ_ℓ and λ_ℓ exact by Funk–Hecke.', restsOn: 'L100–102, L120–124' },
  { text: 'dx in φ_ℓ and in the double integrals is the uniform probability measure on S^{d−1} (L88: p_in = U(S^{d−1}), "the cost is computed w.r.t a uniform distribution on the sphere"), so λ_ℓ = E[g(x)κ⁽ℓ⁾(x, x′)g(x′)]; under the surface measure |φ₁| ≤ AC² (L104) would fail by the factor |S^{d−1}| (= 2π^{d/2}/Γ(d/2), e.g. 2π on the circle).', restsOn: 'L88, L100, L104' },
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
  glossary: THM1_SCALE_TERMS,
  domain: `two-layer kernels of σ ∈ {${ACTIVATION_NAMES.join(', ')}} on S^{d−1}, d ∈ [2, 50]; g = s·G(⟨x, z⟩)/max|G|, G = cos θ·P_j + sin θ·P_k over two of the three lowest degrees with positive eigenvalues, θ = wπ/18, w ∈ [1, 8], every s ∈ [2^−10, 2^10]; n ∈ [10, 400]; δ ∈ {0.05, 0.1, 0.2}; A = ψ₁(1), B = ψ₀(1), C = D ≥ sup|g|`,
  rule: 'per case: the frequency of |R_n − λ₁/λ₂| > printed bound over repeated draws must be ≤ δ + 3·√(δ(1−δ)/draws) (binomial three-sigma allowance) for every s in the range, i.e. the critical scale s* must be ≥ 2^10; refuted when some case has s* < 2^10',
  tolerance: 'binomial 3σ on the violation frequency; λ_ℓ and φ_ℓ exact up to the eigenvalues\' error (≤ 1e−12 relative), far below the deviations measured',
  budgetMs: { quick: 60_000 },
  law: (scale) => thm1Law(scale, MAX_SCALE),
  present: (outcome) => {
    const charts = thm1Charts(outcome);
    if (outcome.verdict !== 'refuted') return { charts };
    const rows = outcome.measurements.rows;
    const smallest = Math.min(...rows.map((r) => r.measured as number));
    const atUnit = Math.max(...rows.map((r) => r.params['violation frequency at sup|g| = 1'] as number));
    return {
      charts,
      tightest: {
        statement: `measured over the ${rows.length} drawn cases: the printed bound holds at δ + 3σ only for sup|g| ≤ ${smallest.toPrecision(3)} (it scales like 1/sup|g| while R_n does not); at sup|g| = 1 the largest violation frequency is ${atUnit}`,
        value: smallest,
      },
    };
  },
});
