import { printed } from '../../catalogue/builtinCatalogues.js';
import { pooledExponent } from '../../kernelRegime/exponentInterval.js';
import { memoLast } from '../../kernelRegime/memoLast.js';
import { geometricMean } from '../../kernelRegime/rateDecision.js';
import { sizeSweep } from '../../kernelRegime/sizeSweep.js';
import type { Chart, Scale } from '../claim.js';
import { backendLabel, withBackend } from '../withBackend.js';
import { forAllClaim } from '../forAllClaim.js';
import { G, NETWORK_TERMS, sphere } from './glossary.js';
import { type NetworkCase, networkCaseArbitrary } from './networkCase.js';
import { exponentChart, parseInterval, rateSeries } from './rateCharts.js';

/**
 * Bowman & Montúfar Observation 3.9: with the width growing only linearly in the number of samples
 * (m = n, far from m = poly(n) and with p ≈ (d + 2)m parameters > n, outside the underparametrised regime
 * of their earlier paper), the deviation of the network from the idealised kernel dynamics up to a fixed
 * stopping time still decreases. Power: the alternative is a deviation that does not shrink along m = n
 * (exponent 0, the trivial bound) — always excluded by a 95 % interval that lies below 0, so a case
 * decides whenever it is not inconclusive.
 */
const CHECKPOINTS = [0, 1, 2, 4, 8, 16] as const;

const SWEEP: Record<Scale, { ns: number[]; replicates: number; heldOut: number }> = {
  quick: { ns: [16, 32, 64, 128, 256], replicates: 10, heldOut: 500 },
  paper: { ns: [32, 64, 128, 256, 512, 1024], replicates: 8, heldOut: 2000 },
};

export type LinearWidthCase = NetworkCase;

/** max over the checkpoints (t ≤ T = 16η) of ‖r_t − e(T)r_0‖², per run, along m = n. */
export const linearWidthCase = (c: LinearWidthCase, scale: Scale) => memoised({ c, scale });

const memoised = memoLast(({ c, scale }: { c: LinearWidthCase; scale: Scale }) => {
  const s = SWEEP[scale];
  const runs = sizeSweep({
    activation: c.activation,
    hiddenLayers: c.hiddenLayers,
    d: c.d,
    seed: c.seed,
    sizes: s.ns.map((n) => ({ n, width: n })),
    replicates: s.replicates,
    checkpoints: CHECKPOINTS,
    stepScale: 0.5,
    heldOut: s.heldOut,
    targetLevels: 3,
    projectionLevels: 3,
  });
  const deviations = runs.map((r) => Math.max(...r.run.deviation.map((e) => e.estimate)));
  const exponent = pooledExponent(runs.map((r) => r.n), deviations);
  const decision: 'holds' | 'refuted' | 'inconclusive' = exponent.upper < 0 ? 'holds' : exponent.lower > 0 ? 'refuted' : 'inconclusive';
  return { runs, deviations, exponent, decision, ns: s.ns };
});

export const obs39LinearWidth = withBackend(
  forAllClaim({
    id: 'bowman22.obs3.9.linear-width',
    paper: 'bowman22',
    printed: printed('bowman22', 'obs3.9'),
    reading: [
      { text: '"inherit the bias of the kernel at the beginning of training": the deviation sup_{t≤T}‖r_t − e(T_{K^∞})r₀‖²_{L²(ρ)} from the idealised kernel dynamics up to the fixed stopping time T = 8/σ₁ decreases as n grows (exponent of a power-law fit < 0), with the rate −1/2 of Theorem 3.5 reported alongside.', restsOn: 'L174–180' },
      { text: '"the width m only grows linearly with n": m = n exactly (p ≈ (d + 2)m parameters, more than n: not the underparametrised regime of the authors\' earlier paper).', restsOn: 'L178–180' },
      { text: 'Gradient descent with η = 0.5/σ₁ stands in for gradient flow, and the idealised dynamics use the same step (1 − ηT)^{t/η} (see bowman22.thm3.5.deviation for the flow reading).', restsOn: 'L61–65' },
      { text: 'X = S^d with ρ uniform, f* on the top 3 eigenvalue levels, antisymmetric fully connected softplus/tanh networks; held-out Monte Carlo norms.', restsOn: 'L122–144' },
    ],
    domain:
      'm = n ∈ [16, 256] (quick) / [32, 1024] (paper); antisymmetric FC nets, softplus/tanh, 1 hidden layer (quick) / 1–2 (paper), ρ uniform on S^d (d ∈ [2, 4]); f* on the top 3 eigenvalue levels; GD with η = 0.5/σ_1 up to T = 16η; sup over t ≤ T of ‖r_t − e(T_{K^∞})r_0‖²_{L²(ρ)} on held-out points',
    rule:
      'exponent of the deviation in n by one regression through all independent runs (95 % t-interval): holds when the interval lies below 0 (the deviation decreases along m = n), refuted when it lies above 0, inconclusive otherwise; the exponent is also compared with −1/2, the rate Theorem 3.5 implies',
    tolerance: 'statistical (regression t-interval over independent initialisations and samples); Monte Carlo errors of each deviation (≤ 5 %) are inside the regression scatter',
    glossary: {
      ...G.case,
      ...G.couldFail,
      ...G.r,
      ...G.eT,
      'T': 'the fixed stopping time T = 16η = 8/σ₁',
      'sup over t ≤ T of ‖r_t − e(T)r₀‖²': 'largest squared L²(ρ) deviation from the idealised kernel dynamics over the checkpoints, on held-out points (one value per run)',
      n: 'number of training samples; the width is m = n',
      m: 'width of the hidden layers, m = n',
      ...G.exponent,
      ...G.interval,
      'upper end of the interval': 'the measured column: upper end of the exponent interval',
      'below (decreasing)': 'the bound 0: holds when the interval lies below it',
      'interval below the theorem’s rate': 'whether the interval also lies at or below −1/2 + 1/ln n_g, Theorem 3.5’s rate with one log factor (reported, not decided)',
      ...G.sigma,
      ...G.eta,
      ...G.t,
      ...NETWORK_TERMS,
    },
    budgetMs: { quick: 90_000, paper: 3_600_000 },
    law: (scale) => ({
      arbitrary: networkCaseArbitrary(scale === 'quick' ? 1 : 2, 4),
      evaluate: (c: LinearWidthCase) => {
        const r = linearWidthCase(c, scale);
        return {
          measured: r.exponent.upper,
          bound: 0,
          ok: r.decision !== 'refuted',
          inconclusive: r.decision === 'inconclusive',
          decided: true,
          margin: r.decision === 'refuted' ? -r.exponent.lower : -r.exponent.upper,
          extra: {
            exponent: r.exponent.exponent,
            interval: `[${r.exponent.lower.toFixed(3)}, ${r.exponent.upper.toFixed(3)}]`,
            'interval below the theorem’s rate': r.exponent.upper <= -0.5 + 1 / Math.log(geometricMean(r.ns)),
            backend: backendLabel(),
          },
        };
      },
      numRuns: { quick: 1, paper: 3 },
      measuredLabel: 'upper end of the interval',
      boundLabel: 'below (decreasing)',
      power: {
        reference: 'a deviation that does not shrink along m = n (exponent 0: the trivial bound, what the network keeps if it does not inherit the kernel\'s bias)',
        marginLabel: '−(upper end of the exponent interval) (exponent units; when refuted, −(lower end))',
      },
      finding: (cx, worst) => `along m = n the deviation from the kernel dynamics grows like n^β, β ∈ ${cx.params.interval} (${cx.params.activation}, ${sphere(String(cx.params.d))}); worst drawn margin ${worst.margin.toFixed(3)}`,
    }),
    present: (outcome, ctx) => {
      const first = outcome.measurements.rows[0];
      if (!first) return {};
      const c = first.params as unknown as LinearWidthCase;
      const r = linearWidthCase({ activation: c.activation, hiddenLayers: c.hiddenLayers, d: c.d, seed: c.seed }, ctx.scale);
      const name = 'sup over t ≤ T of ‖r_t − e(T)r₀‖²';
      const rows = outcome.measurements.rows;
      const chart: Chart = {
        id: 'deviation-vs-n-linear-width',
        title: `Deviation from the kernel dynamics along m = n, every run (${c.activation}, ${c.hiddenLayers} hidden, ${sphere(c.d)}, case 1): the fitted power law the decision uses (dashed) and Theorem 3.5’s n^(−1/2) (dotted)`,
        xLabel: 'n (= m)',
        yLabel: name,
        xScale: 'log',
        yScale: 'log',
        series: rateSeries({ name, xs: r.runs.map((run) => run.n), ys: r.deviations, exponent: r.exponent.exponent, claimed: -0.5, claimedLabel: 'Theorem 3.5 rate ∝ n^(−1/2)', variable: 'n' }),
      };
      const exponents = exponentChart({
        id: 'linear-width-exponents',
        title: 'Fitted exponent in n of the deviation along m = n, per case, with the 95 % interval the decision uses',
        quantities: [{ name, intervals: rows.map((row) => ({ exponent: Number(row.params.exponent), ...parseInterval(row.params.interval) })) }],
        threshold: { name: 'exponent 0: holds when the interval lies below (the deviation decreases)', values: rows.map(() => 0) },
        reference: { name: 'Theorem 3.5 rate −1/2 (reported)', value: -0.5 },
      });
      return { charts: [chart, exponents] };
    },
  }),
);
