import fc from 'fast-check';
import { evaluateTarget, harmonicTarget } from '../../networks/sec4Targets.js';
import { inputDimension, sampleInputs, type InputDistribution } from '../../networks/sec4Inputs.js';
import { projectionVectors } from '../../networks/residualProjections.js';
import { createRng } from '../../random/rng.js';
import { sampleSphere } from '../../sphere/sampleSphere.js';
import type { Chart, Scalar, Scale } from '../claim.js';
import { forAllClaim, type ForAllClaim } from '../forAllClaim.js';
import { FIG1_SIZES } from './fig1OrderOfLearning.js';
import { fitDegrees, learningOrder, type DegreeOutcome } from './orderOfLearning.js';
import { runProjectionExperiment } from './projectionExperiment.js';
import { backendLabel, withBackend } from '../withBackend.js';

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

export const fig2Misspecified: ForAllClaim<Case> = withBackend(
  forAllClaim<Case>({
    id: 'cao21.fig2.misspecified',
    paper: 'cao21',
    section: '§4, Figure 2',
    statement: 'Under non-uniform inputs (PUD, NAG, NGM) the residual components of lower-degree polynomials are still learned faster',
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
        return { measured: refuted, bound: 0, ok: refuted === 0, inconclusive: refuted === 0 && undecided > 0, extra };
      },
      numRuns: { quick: 1, paper: 3 },
      measuredLabel: 'distributions whose rates are out of order',
      boundLabel: '0',
    }),
    present: () => ({ charts: lastRuns.map(chartOf) }),
  }),
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
