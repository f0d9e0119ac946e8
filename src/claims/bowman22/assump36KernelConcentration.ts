import { printed } from '../../catalogue/builtinCatalogues.js';
import { concentrationSweep } from '../../kernelRegime/concentrationSweep.js';
import { pooledExponent } from '../../kernelRegime/exponentInterval.js';
import { memoLast } from '../../kernelRegime/memoLast.js';
import { decideRate, geometricMean } from '../../kernelRegime/rateDecision.js';
import type { Chart, Scale } from '../claim.js';
import { backendLabel, withBackend } from '../withBackend.js';
import { forAllClaim } from '../forAllClaim.js';
import { G, NETWORK_TERMS, sphere } from './glossary.js';
import { type NetworkCase, networkCaseArbitrary } from './networkCase.js';
import { exponentChart, parseInterval, rateSeries } from './rateCharts.js';

/**
 * Bowman & Montúfar §3.1 ("for fixed x, x' … |K₀(x, x') − K^∞(x, x')| = Õ(1/√m) … bounds that hold
 * uniformly over x, x' of the same rate") and Assumption 3.6 (m = Ω̃(ε^{−2}) ⇒ ‖K₀ − K^∞‖²_{L²(ρ⊗ρ)} ≤ ε,
 * i.e. ‖K₀ − K^∞‖² = Õ(m^{−1/2})), for the antisymmetric fully connected networks of §2.3 with smooth
 * activations (Assumption 3.1) on ρ = τ_d. K^∞ analytic (`sphereNtk`), K₀ the float32 empirical NTK.
 * This claim is the uniform reading (sup over sampled pairs, with the L² rate); the pointwise reading is
 * `assump36Pointwise`. Power: the reference is Arora et al.'s pessimistic rate m^{−1/4} printed in the same
 * paragraph — a case decides only when the Õ allowance β* = −1/2 + 1/ln m_g stays below −1/4.
 */
export const PESSIMISTIC_EXPONENT = -0.25;
const SUP = 'sup |K₀ − K∞| over sampled pairs';
const L2 = '‖K₀ − K∞‖² in L²(ρ⊗ρ)';
const SWEEP: Record<Scale, { widths: number[]; replicates: number; points: number }> = {
  quick: { widths: [64, 128, 256, 512, 1024, 2048], replicates: 8, points: 24 },
  paper: { widths: [128, 256, 512, 1024, 2048, 4096, 8192], replicates: 8, points: 48 },
};

export type ConcentrationCase = NetworkCase;

export const concentrationCase = (c: ConcentrationCase, scale: Scale) => memoised({ c, scale });

const memoised = memoLast(({ c, scale }: { c: ConcentrationCase; scale: Scale }) => {
  const { widths, replicates, points } = SWEEP[scale];
  const runs = concentrationSweep({ ...c, widths, replicates, points });
  const xs = runs.flatMap(() => widths);
  const sup = pooledExponent(xs, runs.flatMap((row) => row.map((k) => k.sup)));
  const l2 = pooledExponent(xs, runs.flatMap((row) => row.map((k) => Math.max(k.l2Squared.estimate, Number.MIN_VALUE))));
  const g = geometricMean(widths);
  return { widths, runs, sup, l2, supRule: decideRate(sup, -0.5, g), l2Rule: decideRate(l2, -0.5, g) };
});

export const assump36KernelConcentration = withBackend(
  forAllClaim({
    id: 'bowman22.assump3.6.kernel-concentration',
    paper: 'bowman22',
    printed: printed('bowman22', 'assump3.6'),
    readingName: 'uniform',
    reading: [
      { text: 'Uniform reading: sup_{x,x′}|K₀(x, x′) − K^∞(x, x′)| = Õ(m^{−1/2}) — the "bounds that hold uniformly over x, x′ of the same rate"; the sup is taken over the P(P+1)/2 pairs of P fresh points (a lower bound of the true sup).', restsOn: 'L158' },
      { text: 'Assumption 3.6 ("m = Ω̃(ε^{−2}) suffices to ensure ‖K₀ − K^∞‖² ≤ ε") read as the rate ‖K₀ − K^∞‖²_{L²(ρ⊗ρ)} = Õ(m^{−1/2}) in m, estimated by the U-statistic over the same points.', restsOn: 'L160' },
      { text: '"with high probability 1 − δ(m)" becomes a 95 % regression interval over independent initialisations (and point sets): the rate is that of the typical deviation, not of a quantile.', restsOn: 'L158, L160' },
      { text: 'Õ allows one logarithmic factor: holds at an exponent ≤ −1/2 + 1/ln m_g (src/kernelRegime/rateDecision.ts).', restsOn: 'L53, L158' },
      { text: 'The architectures "we consider" are the fully connected networks of §2.3 with softplus or tanh (Assumption 3.1), NTK parametrisation, no biases, on ρ uniform on S^d; the plain network stands in for its antisymmetric wrapper (identical NTK at θ₀, bowman22.asi.zero-output).', restsOn: 'L122–130, L158' },
    ],
    domain:
      'antisymmetric fully connected networks (NTK parametrisation, no biases), softplus or tanh, 1–2 hidden layers of width m, on ρ uniform on S^d, d ∈ [2, 5]; sup over the P(P+1)/2 pairs of P fresh points; L² by the U-statistic over the same pairs',
    rule:
      'R independent runs per width (own points, own initialisation), one least-squares exponent of each quantity against m through all runs with its 95 % t-interval (df = R·W − 2). Threshold β* = −1/2 + 1/ln(m_g) (one log factor allowed by Õ, m_g the geometric mean width): holds when both intervals lie at or below β*, refuted when either lies entirely above it, inconclusive otherwise',
    tolerance:
      'statistical (regression t-interval over independent initialisations and samples); K^∞ interpolation error ≤ 1e−14 and the float32 Gram rounding (≈ √p·2^{−24}·|K| ≤ 1e−4) are far below the measured deviations (≥ 1e−2 at the widest net)',
    glossary: {
      ...G.case,
      ...G.couldFail,
      ε: 'Assumption 3.6’s accuracy: ‖K₀ − K∞‖² ≤ ε once m = Ω̃(ε^(−2))', 'Ω̃': 'Ω up to logarithmic factors', 'm^(−1/4)': 'the pessimistic rate of Arora et al.: the power reference (exponent −1/4)', 'δ(m)': 'the failure probability of the assumption, read as a 95 % interval over initialisations',
      ...G.kInf,
      ...G.k0,
      'sup |K₀ − K∞|': 'largest |K₀(x, x′) − K∞(x, x′)| over the P(P+1)/2 pairs of P fresh points of one run (dimensionless, kernel units)',
      '‖K₀ − K∞‖²': 'squared L²(ρ⊗ρ) norm of K₀ − K∞, estimated by the U-statistic over the same pairs (may be slightly negative for one run; a non-positive value is left out of the log-log chart)',
      m: 'width: units per hidden layer, swept over a fixed list (an integer)',
      ...G.rho,
      ...G.exponent,
      'interval, sup / squared L² norm': 'the 95 % t-interval [lower, upper] of the exponent of that quantity (df = runs·widths − 2)',
      'upper end of the interval, sup': 'the measured column: upper end of the exponent interval of sup |K₀ − K∞|',
      ...G.betaStar,
      'largest sup at the widest m': 'largest sup |K₀ − K∞| over the runs at the widest network',
      'm^(−1/2)': 'the claimed rate (Õ(1/√m) for the pointwise and sup deviations; ‖K₀ − K∞‖² ≤ ε with m = Ω̃(ε^(−2)) is the same rate for the squared norm)',
      'Õ': 'O up to logarithmic factors',
      ...NETWORK_TERMS,
    },
    budgetMs: { quick: 60_000, paper: 900_000 },
    law: (scale) => ({
      arbitrary: networkCaseArbitrary(2, 5),
      evaluate: (c: ConcentrationCase) => {
        const r = concentrationCase(c, scale);
        const refuted = r.supRule.decision === 'refuted' || r.l2Rule.decision === 'refuted';
        const holds = r.supRule.decision === 'holds' && r.l2Rule.decision === 'holds';
        return {
          measured: r.sup.upper,
          bound: r.supRule.threshold,
          ok: !refuted,
          inconclusive: !refuted && !holds,
          decided: r.supRule.threshold < PESSIMISTIC_EXPONENT,
          margin: r.supRule.threshold - (refuted ? Math.max(r.sup.lower, r.l2.lower) : Math.max(r.sup.upper, r.l2.upper)),
          extra: {
            'exponent of sup': r.sup.exponent,
            'interval, sup': `[${r.sup.lower.toFixed(3)}, ${r.sup.upper.toFixed(3)}]`,
            'exponent of squared L² norm': r.l2.exponent,
            'interval, squared L² norm': `[${r.l2.lower.toFixed(3)}, ${r.l2.upper.toFixed(3)}]`,
            'largest sup at the widest m': Math.max(...r.runs.map((row) => row[row.length - 1]!.sup)),
            backend: backendLabel(),
          },
        };
      },
      numRuns: { quick: 2, paper: 8 },
      measuredLabel: 'upper end of the interval, sup',
      boundLabel: 'β*',
      power: {
        reference: 'the pessimistic rate m^{−1/4} of Arora et al. printed in the same paragraph: decided when β* < −1/4, so that a deviation decaying only like m^{−1/4} could not hold',
        marginLabel: 'β* minus the larger upper interval end of the sup and L² exponents (exponent units; when refuted, β* minus the larger lower end)',
      },
      finding: (cx, worst) => `the deviation decays slower than Õ(m^{−1/2}): exponent interval of sup|K₀ − K∞| ${cx.params['interval, sup']}, of ‖K₀ − K∞‖² ${cx.params['interval, squared L² norm']}, against β* = ${Number(cx.bound).toFixed(3)} (${cx.params.activation}, ${cx.params.hiddenLayers} hidden, ${sphere(String(cx.params.d))}); worst drawn case margin ${worst.margin.toFixed(3)}`,
    }),
    present: (outcome, ctx) => {
      const rows = outcome.measurements.rows;
      // The last case drawn is the one still memoised: its sweep is drawn without being run again.
      const first = rows[rows.length - 1];
      const charts: Chart[] = [];
      if (first) {
        const c = first.params as unknown as ConcentrationCase;
        const r = concentrationCase({ activation: c.activation, hiddenLayers: c.hiddenLayers, d: c.d, seed: c.seed }, ctx.scale);
        const xs = r.runs.flatMap(() => r.widths);
        // The decision regresses sup|K₀ − K∞| and the squared L² norm (not the norm) on m: drawn as decided.
        charts.push({
          id: 'kernel-error-vs-width',
          title: `Kernel deviation against width, every run (${c.activation}, ${c.hiddenLayers} hidden, ${sphere(c.d)}, case ${rows.length}; ${r.runs.length} initialisations per width): the fitted power law and the claimed m^(−1/2)`,
          xLabel: 'width m',
          yLabel: 'sup |K₀ − K∞| and ‖K₀ − K∞‖² in L²(ρ⊗ρ)',
          xScale: 'log',
          yScale: 'log',
          series: [
            ...rateSeries({ name: SUP, xs, ys: r.runs.flatMap((row) => row.map((k) => k.sup)), exponent: r.sup.exponent, claimed: -0.5, claimedLabel: 'claimed ∝ m^(−1/2)', variable: 'm' }),
            ...rateSeries({ name: L2, xs, ys: r.runs.flatMap((row) => row.map((k) => k.l2Squared.estimate)), exponent: r.l2.exponent, claimed: -0.5, claimedLabel: 'claimed ∝ m^(−1/2)', variable: 'm' }),
          ],
        });
        charts.push(
          exponentChart({
            id: 'kernel-error-exponents',
            title: 'Fitted exponent in m of each deviation, per case, with the 95 % interval the decision uses',
            quantities: [
              { name: SUP, intervals: rows.map((row) => ({ exponent: Number(row.params['exponent of sup']), ...parseInterval(row.params['interval, sup']) })) },
              { name: L2, intervals: rows.map((row) => ({ exponent: Number(row.params['exponent of squared L² norm']), ...parseInterval(row.params['interval, squared L² norm']) })) },
            ],
            threshold: { name: 'β* of the case: holds when both intervals lie at or below', values: rows.map((row) => Number(row.bound)) },
            reference: { name: 'pessimistic rate −1/4 (power reference)', value: PESSIMISTIC_EXPONENT },
          }),
        );
      }
      const worst = rows.reduce((a, row) => Math.max(a, Number(row.measured)), -Infinity);
      return { charts, ...(outcome.verdict === 'refuted' ? { tightest: { statement: 'sup|K₀ − K^∞| ≈ C·m^{β} with β ≤', value: worst } } : {}) };
    },
  }),
);
