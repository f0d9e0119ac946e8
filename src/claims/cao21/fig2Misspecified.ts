import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { evaluateTarget, harmonicTarget } from '../../networks/sec4Targets.js';
import { inputDimension, sampleInputs, type InputDistribution } from '../../networks/sec4Inputs.js';
import { projectionVectors } from '../../networks/residualProjections.js';
import { createRng } from '../../random/rng.js';
import { sampleSphere } from '../../sphere/sampleSphere.js';
import type { Chart, Scalar, Scale } from '../claim.js';
import { forAllClaim, type ForAllClaim } from '../forAllClaim.js';
import { FIG1_SIZES } from './fig1OrderOfLearning.js';
import { fitDegrees, learningOrder, orderPower, type DegreeOutcome } from './orderOfLearning.js';
import { runProjectionExperiment } from './projectionExperiment.js';
import { backendLabel, withBackend } from '../withBackend.js';
import { withUndecidedDetail } from './withUndecidedDetail.js';
import { G, sphere } from './glossary.js';
import { rateChart } from './rateChart.js';

/** PUD on S⁹ (as Figure 1); NAG and NGM on S^{D−1} = S^{19} as printed (see `sampleInputs`). */
const D_PUD = 9;
const DISTRIBUTIONS: readonly InputDistribution[] = ['pud', 'nag', 'ngm'];
const DEGREES = [1, 2, 4];
/** Figure 1 (a)'s target on the distribution's sphere: equal magnitudes (1, 1, 1)/3 at random poles. */
const COEFFICIENTS = [1 / 3, 1 / 3, 1 / 3];

interface DistributionRun {
  readonly kind: InputDistribution;
  readonly curves: readonly Float64Array[];
  readonly fits: readonly DegreeOutcome[];
  readonly order: 'holds' | 'refuted' | 'inconclusive';
  readonly ms: number;
}

function runDistribution(kind: InputDistribution, seed: number, scale: Scale): DistributionRun {
  const { n, m, steps } = FIG1_SIZES[scale];
  const rng = createRng(seed);
  const dim = inputDimension(kind, D_PUD);
  const d = dim - 1;
  const points = sampleInputs(rng, kind, n, D_PUD);
  const zetas = sampleSphere(rng, DEGREES.length, d);
  const run = runProjectionExperiment({
    points,
    dim,
    targets: evaluateTarget(harmonicTarget(d, DEGREES, COEFFICIENTS, zetas), points, dim),
    projections: projectionVectors(points, d, DEGREES, zetas),
    width: m,
    steps,
    seed: rng.int(2 ** 31),
  });
  const fits = fitDegrees(DEGREES, run.curves, run.leakage);
  return { kind, curves: run.curves, fits, order: learningOrder(fits), ms: run.ms };
}

interface Case extends Record<string, number> {
  seed: number;
}

/** The runs of the last evaluated case and its seed, for the report's charts (no second training). */
let lastRuns: DistributionRun[] = [];
let lastSeed = 0;
const label = (kind: InputDistribution) => `${kind.toUpperCase()} on ${sphere(inputDimension(kind, D_PUD) - 1)}`;

export const fig2Misspecified: ForAllClaim<Case> = withUndecidedDetail(
  withBackend(
  forAllClaim<Case>({
    id: 'cao21.fig2.misspecified',
    paper: 'cao21',
    printed: printed('cao21', 'fig2'),
    reading: [
      { text: '"Learned relatively faster" is read as fitted rates ρ_1 > ρ_2 > ρ_4 of the residual projections onto P_1, P_2, P_4 (each by 3 standard errors, windows as in cao21.fig1.order-of-learning), for each of PUD, NAG and NGM; the figure itself is not in the text.', restsOn: 'L206, L226' },
      { text: 'Substituted settings: the target is Figure 1 (a)’s (a = (1, 1, 1)/3; the text does not say which target Figure 2 uses); NAG and NGM normalise Gaussians in R^D, D = 20, as printed (A ∈ R^{d×D}, d = 10), so they live on S^{19}, and PUD on S⁹; quick scale n = 300, m = 1024, T = 1500.', restsOn: 'L186, L202–204' },
      { text: 'An order with a degree whose projection is at its leakage level when its window opens (unmeasurable) is not decided.', restsOn: 'L206' },
    ],
    domain: 'f* = (P₁ + P₂ + P₄)/3 at random poles; PUD on S⁹ (hemisphere probabilities 1/4, 3/4), NAG and NGM (3 equally weighted components) normalised from R^{20} with Σ = AᵀA, A ∈ R^{10×20} as printed; n, m, T, θ, η as cao21.fig1.order-of-learning',
    rule: 'holds when, for every distribution, the fitted rates ρ₁ > ρ₂ > ρ₄ each by more than 3 standard errors (windows as in cao21.fig1.order-of-learning); refuted when a higher degree is faster by more than 3 standard errors; inconclusive otherwise',
    tolerance: '3 standard errors of the difference of two least-squares slopes',
    budgetMs: { quick: 90_000, paper: 3_600_000 },
    glossary: {
      PUD: 'piecewise uniform distribution on S⁹: the two hemispheres with probabilities 1/4 and 3/4',
      NAG: 'non-isotropic Gaussian N(0, Σ) in R²⁰, Σ = AᵀA with A ∈ R^(10×20), normalised onto S¹⁹',
      NGM: 'Gaussian mixture of 3 equally weighted components in R²⁰, normalised onto S¹⁹',
      ...G.k,
      ...G.seed,
      'f*': '(P₁ + P₂ + P₄)/3 at random poles ζ_k, on the distribution’s sphere',
      ...G.P,
      'v_k': 'n^(−1/2)(P_k(⟨ζ_k, x_i⟩))_i, the degree-k direction of the target',
      'â_k': '|v_kᵀr⁽ᵗ⁾|, the residual projection onto degree k after t steps (unit of the labels)',
      'ρ_k': 'fitted rate: −slope of the least-squares line through ln â_k(t) over its window (per step); “±” its standard error, “on [a, b]” the window',
      'ρ_k ± 3 SE': 'the whiskers of the rate chart: three standard errors, the scale of the order test (3·√(se² + se²) for a difference)',
      order: 'holds: ρ₁ > ρ₂ > ρ₄ by more than 3 standard errors; refuted: an increase beyond them; inconclusive otherwise',
      fast: 'a projection that fell by e⁴ or to its leakage level within 10 steps: rate +∞ (not drawn)',
      unmeasurable: 'a projection already at ≤ 3× its leakage level when its window opens: no rate (not drawn)',
      allowed: 'the bound on the distributions out of order: 0',
      'distributions out of order': 'the measured column: number of distributions whose order is refuted (must be 0)',
      'undecided distributions': 'the distributions whose order had no power (a degree unmeasurable, or unresolved)',
      ...G.trainMs,
      ...G.backend,
      ...G.couldFail,
      margin: 'min over distributions and consecutive degrees of ln(ρ_lower/ρ_higher); Infinity when no two consecutive degrees were fitted',
    },
    law: (scale) => ({
      arbitrary: fc.record({ seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }) }),
      evaluate: ({ seed }) => {
        const runs = DISTRIBUTIONS.map((kind, i) => runDistribution(kind, seed + i, scale));
        lastRuns = runs;
        lastSeed = seed;
        const extra: Record<string, Scalar> = { backend: backendLabel(), 'training time (ms)': Math.round(runs.reduce((s, r) => s + r.ms, 0)) };
        for (const r of runs) {
          extra[`${r.kind.toUpperCase()}: order`] = r.order;
          r.fits.forEach((fit, j) => {
            extra[`${r.kind.toUpperCase()}: ρ_${DEGREES[j]}`] =
              fit.status === 'fit' ? `${fit.rate.toExponential(3)} ± ${fit.standardError.toExponential(1)} on [${fit.from}, ${fit.to}]` : fit.status;
          });
        }
        const refuted = runs.filter((r) => r.order === 'refuted').length;
        const undecided = runs.filter((r) => r.order === 'inconclusive').length;
        const powers = runs.map((r) => orderPower(r.fits));
        const powerless = runs.filter((_, i) => !powers[i]!.decided).map((r) => r.kind);
        extra['undecided distributions'] = powerless.length === 0 ? 'none' : powerless.join(', ');
        return {
          measured: refuted,
          bound: 0,
          ok: refuted === 0,
          inconclusive: refuted === 0 && undecided > 0,
          decided: powerless.length === 0,
          margin: Math.min(...powers.map((p) => p.margin)),
          extra,
        };
      },
      numRuns: { quick: 1, paper: 3 },
      measuredLabel: 'distributions out of order',
      boundLabel: 'allowed',
      power: {
        reference: 'equal rates across degrees (no spectral bias): decided only when every distribution’s order was resolved over all three degrees',
        marginLabel: 'min over distributions and consecutive degrees of log(ρ_lower/ρ_higher)',
      },
    }),
    present: () => ({
      charts: [
        ...lastRuns.map(chartOf),
        rateChart({
          id: 'fig2-rates',
          title: `Fitted rates ρ_k ± 3 standard errors against the degree, each input distribution (case seed ${lastSeed})`,
          runs: lastRuns.map((r) => ({ label: label(r.kind), degrees: DEGREES, fits: r.fits })),
          predicted: [],
        }),
      ],
    }),
  }),
  ),
  'undecided distributions',
);

function chartOf(r: DistributionRun): Chart {
  const every = Math.max(1, Math.floor(r.curves[0]!.length / 300));
  return {
    id: `fig2-${r.kind}`,
    title: `Residual projections â_k under ${label(r.kind)} inputs (case seed ${lastSeed})`,
    xLabel: 'gradient step t',
    yLabel: 'â_k = |v_kᵀr⁽ᵗ⁾|',
    xScale: 'linear',
    yScale: 'log',
    series: DEGREES.map((k, j) => ({
      name: `k = ${k}`,
      thing: `degree ${k}`,
      style: 'line' as const,
      points: Array.from(r.curves[j]!).flatMap((v, t) => (t % every === 0 && v > 0 ? [[t, v] as const] : [])),
    })),
  };
}
