import { printed } from '../../catalogue/builtinCatalogues.js';
import { pooledExponent } from '../../kernelRegime/exponentInterval.js';
import { memoLast } from '../../kernelRegime/memoLast.js';
import { decideRate, geometricMean } from '../../kernelRegime/rateDecision.js';
import type { Chart, Scale } from '../claim.js';
import { backendLabel, withBackend } from '../withBackend.js';
import { forAllClaim } from '../forAllClaim.js';
import { PESSIMISTIC_EXPONENT } from './assump36KernelConcentration.js';
import { pointwiseConcentrationSweep } from './pointwiseConcentrationSweep.js';
import { G, NETWORK_TERMS, sphere } from './glossary.js';
import { type NetworkCase, networkCaseArbitrary } from './networkCase.js';
import { exponentChart, parseInterval, rateSeries } from './rateCharts.js';

/**
 * Bowman & Montúfar §3.1 read pointwise: "For fixed x, x′ … |K₀(x, x′) − K^∞(x, x′)| = Õ(1/√m) with high
 * probability" — one pair fixed before the initialisations are drawn (`pointwiseConcentrationSweep`), the
 * exponent of the deviation in m by one regression through all independent initialisations.
 * Power as for the uniform reading: the pessimistic m^{−1/4} must lie outside the Õ allowance.
 * Sizes: log|K₀ − K^∞| at one pair scatters with SD ≈ 1.1 (the log of a half-normal), so the sweep spans
 * nearly two decades of widths (16…1024 quick, 32…4096 paper) with 24 / 32 initialisations each; 16
 * initialisations over 64…2048 gave intervals ±0.2 wide, which cannot separate −1/2 from the threshold.
 */
const SWEEP: Record<Scale, { widths: number[]; replicates: number }> = {
  quick: { widths: [16, 32, 64, 128, 256, 512, 1024], replicates: 24 },
  paper: { widths: [32, 64, 128, 256, 512, 1024, 2048, 4096], replicates: 32 },
};

export type PointwiseCase = NetworkCase;

export const pointwiseCase = (c: PointwiseCase, scale: Scale) => memoised({ c, scale });

const memoised = memoLast(({ c, scale }: { c: PointwiseCase; scale: Scale }) => {
  const { widths, replicates } = SWEEP[scale];
  const sweep = pointwiseConcentrationSweep({ ...c, widths, replicates });
  const exponent = pooledExponent(
    sweep.deviations.flatMap(() => widths),
    sweep.deviations.flatMap((row) => row.map((v) => Math.max(v, Number.MIN_VALUE))),
  );
  return { sweep, exponent, rule: decideRate(exponent, -0.5, geometricMean(widths)), widths };
});

export const assump36Pointwise = withBackend(
  forAllClaim({
    id: 'bowman22.assump3.6.kernel-concentration.pointwise',
    paper: 'bowman22',
    printed: printed('bowman22', 'assump3.6'),
    readingName: 'pointwise',
    reading: [
      { text: 'Pointwise reading: "For fixed x, x′" — the pair is drawn once (uniformly on S^d × S^d) and kept fixed while the width and the initialisation vary; |K₀(x, x′) − K^∞(x, x′)| = Õ(m^{−1/2}) as a rate in m.', restsOn: 'L158' },
      { text: '"with high probability" becomes a 95 % regression interval over independent initialisations: the rate of the typical deviation at that pair.', restsOn: 'L158' },
      { text: 'Õ allows one logarithmic factor: holds at an exponent ≤ −1/2 + 1/ln m_g (src/kernelRegime/rateDecision.ts).', restsOn: 'L53, L158' },
      { text: 'The architectures are the fully connected networks of §2.3 (softplus or tanh, NTK parametrisation, no biases, the plain network for its antisymmetric wrapper) on ρ uniform on S^d; the L² rate of Assumption 3.6 is checked by the uniform reading.', restsOn: 'L122–130, L158–160' },
    ],
    domain: 'fully connected networks, softplus or tanh, 1–2 hidden layers of width m (16…1024 quick, 32…4096 paper), one fixed pair (x, x′) on S^d, d ∈ [2, 5]; 24 (quick) / 32 (paper) initialisations per width',
    rule: 'one least-squares exponent of |K₀(x, x′) − K^∞(x, x′)| against m through all runs with its 95 % t-interval; holds when the interval lies at or below β* = −1/2 + 1/ln m_g, refuted when it lies entirely above, inconclusive otherwise',
    tolerance: 'statistical (regression t-interval over independent initialisations); K^∞ is analytic (interpolation error ≤ 1e−14) and the float32 Gram entry carries ≈ √p·2^{−24}·|K| ≤ 1e−4, below the deviations measured at the widest net (≈ 1e−2)',
    glossary: {
      ...G.case,
      ...G.couldFail,
      'm^(−1/4)': 'the pessimistic rate of Arora et al.: the power reference (exponent −1/4)',
      ...G.kInf,
      ...G.k0,
      '|K₀(x, x′) − K∞(x, x′)|': 'deviation of the empirical NTK from the analytic one at the fixed pair, for one initialisation (kernel units)',
      '⟨x, x′⟩ of the fixed pair': 'cosine of the angle between the two points, drawn once per case uniformly on Sᵈ × Sᵈ',
      'K∞(x, x′)': 'the analytic kernel value at the pair (for scale: the deviations are a few per cent of it at the widest m)',
      m: 'width: units per hidden layer, swept over a fixed list (an integer)',
      ...G.exponent,
      ...G.interval,
      'upper end of the interval': 'the measured column: upper end of the exponent interval',
      ...G.betaStar,
      'mean deviation at the widest m': 'mean of |K₀ − K∞| at the pair over the initialisations of the widest network',
      'Õ(1/√m)': 'the claimed rate: O(m^(−1/2)) up to logarithmic factors',
      ...NETWORK_TERMS,
    },
    budgetMs: { quick: 90_000, paper: 900_000 },
    law: (scale) => ({
      arbitrary: networkCaseArbitrary(2, 5),
      evaluate: (c: PointwiseCase) => {
        const r = pointwiseCase(c, scale);
        const refuted = r.rule.decision === 'refuted';
        return {
          measured: r.exponent.upper,
          bound: r.rule.threshold,
          ok: !refuted,
          inconclusive: r.rule.decision === 'inconclusive',
          decided: r.rule.threshold < PESSIMISTIC_EXPONENT,
          margin: r.rule.threshold - (refuted ? r.exponent.lower : r.exponent.upper),
          extra: {
            exponent: r.exponent.exponent,
            interval: `[${r.exponent.lower.toFixed(3)}, ${r.exponent.upper.toFixed(3)}]`,
            '⟨x, x′⟩ of the fixed pair': r.sweep.cosine,
            'K∞(x, x′)': r.sweep.kInfinity,
            'mean deviation at the widest m': r.sweep.deviations.reduce((s, row) => s + row[row.length - 1]!, 0) / r.sweep.deviations.length,
            backend: backendLabel(),
          },
        };
      },
      numRuns: { quick: 2, paper: 4 },
      measuredLabel: 'upper end of the interval',
      boundLabel: 'β*',
      power: {
        reference: 'the pessimistic rate m^{−1/4} of Arora et al. printed in the same paragraph: decided when β* < −1/4',
        marginLabel: 'β* minus the upper interval end of the exponent (exponent units; when refuted, β* minus the lower end)',
      },
      finding: (cx, worst) => `at a fixed pair (⟨x, x′⟩ = ${Number(cx.params['⟨x, x′⟩ of the fixed pair']).toFixed(3)}) |K₀ − K^∞| decays like m^β with β ∈ ${cx.params.interval}, slower than β* = ${Number(cx.bound).toFixed(3)} (${cx.params.activation}, ${cx.params.hiddenLayers} hidden, ${sphere(String(cx.params.d))}); worst drawn case margin ${worst.margin.toFixed(3)}`,
    }),
    present: (outcome, ctx) => {
      const rows = outcome.measurements.rows;
      // The last case drawn is the one still memoised: its sweep is drawn without being run again.
      const last = rows[rows.length - 1];
      if (!last) return {};
      const c = last.params as unknown as PointwiseCase;
      const r = pointwiseCase({ activation: c.activation, hiddenLayers: c.hiddenLayers, d: c.d, seed: c.seed }, ctx.scale);
      const name = '|K₀(x, x′) − K∞(x, x′)| at the fixed pair';
      const charts: Chart[] = [
        {
          id: 'pointwise-error-vs-width',
          title: `Kernel deviation at one fixed pair against width, every initialisation (${c.activation}, ${c.hiddenLayers} hidden, ${sphere(c.d)}, case ${rows.length}): the fitted power law and the claimed m^(−1/2)`,
          xLabel: 'width m',
          yLabel: '|K₀(x, x′) − K∞(x, x′)|',
          xScale: 'log',
          yScale: 'log',
          series: rateSeries({ name, xs: r.sweep.deviations.flatMap(() => r.widths), ys: r.sweep.deviations.flat(), exponent: r.exponent.exponent, claimed: -0.5, claimedLabel: 'claimed ∝ m^(−1/2)', variable: 'm' }),
        },
        exponentChart({
          id: 'pointwise-exponents',
          title: 'Fitted exponent in m of the deviation at the fixed pair, per case, with the 95 % interval the decision uses',
          quantities: [{ name, intervals: rows.map((row) => ({ exponent: Number(row.params.exponent), ...parseInterval(row.params.interval) })) }],
          threshold: { name: 'β* of the case: holds when the interval lies at or below', values: rows.map((row) => Number(row.bound)) },
          reference: { name: 'pessimistic rate −1/4 (power reference)', value: PESSIMISTIC_EXPONENT },
        }),
      ];
      return { charts };
    },
  }),
);
