import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { concentrationSweep } from '../../kernelRegime/concentrationSweep.js';
import { pooledExponent } from '../../kernelRegime/exponentInterval.js';
import { memoLast } from '../../kernelRegime/memoLast.js';
import { decideRate, geometricMean } from '../../kernelRegime/rateDecision.js';
import type { Chart, Scale } from '../claim.js';
import { backendLabel, withBackend } from '../withBackend.js';
import { forAllClaim } from '../forAllClaim.js';

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
const SWEEP: Record<Scale, { widths: number[]; replicates: number; points: number }> = {
  quick: { widths: [64, 128, 256, 512, 1024, 2048], replicates: 8, points: 24 },
  paper: { widths: [128, 256, 512, 1024, 2048, 4096, 8192], replicates: 8, points: 48 },
};

export interface ConcentrationCase extends Record<string, string | number> {
  activation: 'softplus' | 'tanh';
  hiddenLayers: number;
  d: number;
  seed: number;
}

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
    budgetMs: { quick: 60_000, paper: 900_000 },
    law: (scale) => ({
      arbitrary: fc.record({
        activation: fc.constantFrom('softplus' as const, 'tanh' as const),
        hiddenLayers: fc.integer({ min: 1, max: 2 }),
        d: fc.integer({ min: 2, max: 5 }),
        seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      }),
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
            supExponent: r.sup.exponent,
            supInterval: `[${r.sup.lower.toFixed(3)}, ${r.sup.upper.toFixed(3)}]`,
            l2SquaredExponent: r.l2.exponent,
            l2SquaredInterval: `[${r.l2.lower.toFixed(3)}, ${r.l2.upper.toFixed(3)}]`,
            supAtWidest: Math.max(...r.runs.map((row) => row[row.length - 1]!.sup)),
            backend: backendLabel(),
          },
        };
      },
      numRuns: { quick: 2, paper: 8 },
      measuredLabel: 'upper end of the 95 % interval of the exponent of sup|K₀ − K^∞| in m',
      boundLabel: 'β* = −1/2 + 1/ln m_g',
      power: {
        reference: 'the pessimistic rate m^{−1/4} of Arora et al. printed in the same paragraph: decided when β* < −1/4, so that a deviation decaying only like m^{−1/4} could not hold',
        marginLabel: 'β* minus the larger upper interval end of the sup and L² exponents (exponent units; when refuted, β* minus the larger lower end)',
      },
      finding: (cx, worst) => `the deviation decays slower than Õ(m^{−1/2}): exponent interval of sup|K₀ − K^∞| ${cx.params.supInterval}, of ‖K₀ − K^∞‖² ${cx.params.l2SquaredInterval}, against β* = ${Number(cx.bound).toFixed(3)} (${cx.params.activation}, ${cx.params.hiddenLayers} hidden, S^${cx.params.d}); worst drawn case margin ${worst.margin.toFixed(3)}`,
    }),
    present: (outcome, ctx) => {
      const rows = outcome.measurements.rows;
      const first = rows[0];
      const charts: Chart[] = [];
      if (first) {
        const c = first.params as unknown as ConcentrationCase;
        const r = concentrationCase({ activation: c.activation, hiddenLayers: c.hiddenLayers, d: c.d, seed: c.seed }, ctx.scale);
        const w0 = r.widths[0]!;
        const supMean = r.widths.map((m, k) => [m, r.runs.reduce((s, row) => s + row[k]!.sup, 0) / r.runs.length] as const);
        const l2Mean = r.widths.map((m, k) => [m, Math.sqrt(Math.max(0, r.runs.reduce((s, row) => s + row[k]!.l2Squared.estimate, 0) / r.runs.length))] as const);
        charts.push({
          id: 'kernel-error-vs-width',
          title: `|K₀ − K^∞| against width (${c.activation}, ${c.hiddenLayers} hidden, S^${c.d}; mean over ${r.runs.length} initialisations)`,
          xLabel: 'width m',
          yLabel: 'kernel error',
          xScale: 'log',
          yScale: 'log',
          series: [
            { name: 'sup over sampled pairs', style: 'line', points: supMean },
            { name: '‖K₀ − K^∞‖_{L²(ρ⊗ρ)}', style: 'line', points: l2Mean },
            { name: 'm^{−1/2} reference', style: 'dashed', points: r.widths.map((m) => [m, supMean[0]![1] * Math.sqrt(w0 / m)] as const) },
          ],
        });
      }
      const worst = rows.reduce((a, row) => Math.max(a, Number(row.measured)), -Infinity);
      return { charts, ...(outcome.verdict === 'refuted' ? { tightest: { statement: 'sup|K₀ − K^∞| ≈ C·m^{β} with β ≤', value: worst } } : {}) };
    },
  }),
);
