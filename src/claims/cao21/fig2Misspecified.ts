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

/** The runs of the last evaluated case, for the report's charts (no second training). */
let lastRuns: DistributionRun[] = [];

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
    law: (scale) => ({
      arbitrary: fc.record({ seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }) }),
      evaluate: ({ seed }) => {
        const runs = DISTRIBUTIONS.map((kind, i) => runDistribution(kind, seed + i, scale));
        lastRuns = runs;
        const extra: Record<string, Scalar> = { backend: backendLabel(), trainMs: Math.round(runs.reduce((s, r) => s + r.ms, 0)) };
        for (const r of runs) {
          extra[`${r.kind}: order`] = r.order;
          r.fits.forEach((fit, j) => {
            extra[`${r.kind}: rate k=${DEGREES[j]}`] =
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
      measuredLabel: 'distributions whose rates are out of order',
      boundLabel: '0',
      power: {
        reference: 'equal rates across degrees (no spectral bias): decided only when every distribution’s order was resolved over all three degrees',
        marginLabel: 'min over distributions and consecutive degrees of log(ρ_lower/ρ_higher)',
      },
    }),
    present: () => ({ charts: lastRuns.map(chartOf) }),
  }),
  ),
  'undecided distributions',
);

function chartOf(r: DistributionRun): Chart {
  const every = Math.max(1, Math.floor(r.curves[0]!.length / 300));
  return {
    id: `fig2-${r.kind}`,
    title: `Residual projections â_k under ${r.kind.toUpperCase()} inputs`,
    xLabel: 'step t',
    yLabel: 'â_k = |v_kᵀr⁽ᵗ⁾|',
    xScale: 'linear',
    yScale: 'log',
    series: DEGREES.map((k, j) => ({
      name: `k = ${k}`,
      style: 'line' as const,
      points: Array.from(r.curves[j]!).flatMap((v, t) => (t % every === 0 && v > 0 ? [[t, v] as const] : [])),
    })),
  };
}
