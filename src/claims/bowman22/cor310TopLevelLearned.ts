import { printed } from '../../catalogue/builtinCatalogues.js';
import { pooledExponent } from '../../kernelRegime/exponentInterval.js';
import { decideRate, geometricMean } from '../../kernelRegime/rateDecision.js';
import { backendLabel, withBackend } from '../withBackend.js';
import { forAllClaim } from '../forAllClaim.js';
import { deviationCase, type DeviationCase } from './thm35Deviation.js';
import type { Chart, ChartSeries } from '../claim.js';
import { G, NETWORK_TERMS, sphere } from './glossary.js';
import { networkCaseArbitrary } from './networkCase.js';
import { rateSeries } from './rateCharts.js';

/**
 * Bowman & Montúfar Corollary 3.10, first conclusion: at a stopping time T = Ω̃(1/σ_k), m = Ω̃(σ_k^{−8}/ε²)
 * and n = Ω̃(σ_k^{−6}/ε²) give ‖P_k r_T‖² ≤ ε. Measured on the runs of bowman22.thm3.5.deviation (same
 * sweep, same seed: m = 2n, T = 16 steps of η = 0.5/σ₁, i.e. σ₁T = 8): P_k onto the top eigenvalue level
 * (k = its multiplicity), ‖P_k r_T‖² on held-out points. At fixed σ_k and T, ε ∝ m^{−1/2} ∝ n^{−1/2}, so
 * ‖P_k r_T‖² = Õ(n^{−1/2}), decided by the Õ rule. The direct held-out estimate of ‖P_k r_T‖² carries the
 * Monte Carlo noise of the unlearned levels (SE ≈ 3e−3 per run at M = 500); it is reported beside. Power: a top level that is not learned keeps
 * ‖P_k r_T‖² at ‖P_k r₀‖² (exponent 0); decided when β* < 0.
 */
export const cor310TopLevelLearned = withBackend(
  forAllClaim({
    id: 'bowman22.cor3.10.top-level-learned',
    paper: 'bowman22',
    // The same cases of the same sweep (`deviationCase`): trained once when run after it.
    reuses: 'bowman22.thm3.5.deviation',
    printed: printed('bowman22', 'cor3.10'),
    reading: [
      { text: 'k = the multiplicity of the top eigenvalue level of T_{K^∞} (P_k projects onto that whole eigenspace, the degree-k harmonics with the largest σ); σ_k = σ₁.', restsOn: 'L188' },
      { text: '"T = Ω̃(1/σ_k)": T = 8/σ₁ (16 GD steps of η = 0.5/σ₁), where the idealised part (1 − ησ₁)^{2·16}‖P_k r₀‖² ≈ 8e−11 is far below every ε the sweep reaches; GD stands in for gradient flow (same step as bowman22.thm3.5.deviation).', restsOn: 'L61–65, L188' },
      { text: 'The probability statement and "m = Ω̃(σ_k^{−8}/ε²), n = Ω̃(σ_k^{−6}/ε²) suffices" become a rate at fixed σ_k: ‖P_k r_T‖² = Õ(n^{−1/2}) along m = 2n, by a 95 % regression interval over independent initialisations and samples; Õ allows one logarithm (threshold −1/2 + 1/ln n_g).', restsOn: 'L188–190' },
      { text: 'The second conclusion, ½‖r_T‖² ≤ Õ(ε) + ‖(I − P_k)r₀‖², is not checked: with this target (‖P_k r₀‖² = ⅓) it cannot fail, since ½‖r_T‖² ≤ ½‖r₀‖² = ½ < ⅔ = ‖(I − P_k)r₀‖² for a residual that does not grow.', restsOn: 'L192–194' },
      { text: 'Assumption 3.6 is not assumed but measured (bowman22.assump3.6.*); networks, target, ρ as in bowman22.thm3.5.deviation.', restsOn: 'L188' },
    ],
    domain: 'the sweep of bowman22.thm3.5.deviation: ρ uniform on S^d (d ∈ [2, 4]), antisymmetric FC nets (softplus/tanh, 1 hidden layer quick / 1–2 paper), n ∈ 16…256 (quick) / 32…512 (paper) with m = 2n, 10 / 8 independent runs per size',
    rule: 'per size, the mean over the independent runs of the upper and the lower end of ‖P_k r_T‖² = ‖P_kΔ_T + P_k e(T)r₀‖² (held-out ‖P_kΔ_T‖², exact idealised part); exponents in n by regression through the per-size means (95 % t-interval, df = sizes − 2): holds when the upper end\'s interval lies at or below β* = −1/2 + 1/ln n_g, refuted when the lower end\'s lies entirely above, inconclusive otherwise',
    tolerance: 'statistical: regression t-interval through the per-size means over independent runs, whose scatter contains the Monte Carlo error of each held-out U-statistic; the idealised part is exact (closed form on the sphere)',
    glossary: {
      ...G.case,
      ...G.couldFail,
      'Ω̃, Õ': 'Ω and O up to logarithmic factors', 'δ(m)': 'the failure probability of Assumption 3.6, read as a 95 % interval over initialisations', 'I − P_k': 'the projection onto the remaining eigenfunctions (second conclusion, not checked)',
      'P_k': 'orthogonal projection onto the top eigenvalue level of T_K∞ (k = its multiplicity N(d, degree))',
      'k (top level’s multiplicity)': 'k: number of eigenfunctions in the top level (an integer)',
      σ_k: 'the eigenvalue of that level, σ_k = σ₁',
      T: 'the stopping time, 16 GD steps of η = 0.5/σ₁ (σ₁T = 8)',
      'σ₁T': 'the stopping time in units of 1/σ₁ (dimensionless)',
      '‖P_k r_T‖²': 'squared L²(ρ) norm of the residual’s part on the top level at T; bracketed between a lower and an upper end from the held-out ‖P_kΔ_T‖² and the exact idealised part',
      'initial ‖P_k r₀‖²': 'the same at t = 0 (what an unlearned level keeps: the power reference, exponent 0)',
      'upper end of ‖P_k r_T‖², mean per n': 'mean over the runs of the upper end, per n (ascending): what the rate decision regresses',
      'direct ‖P_k r_T‖², mean per n': 'the direct held-out estimate of ‖P_k r_T‖², reported: it carries the Monte Carlo noise of the unlearned levels (≈ 3e−3 per run)',
      'Δ_T': 'the deviation r_T − e(T)r₀ from the idealised dynamics',
      ε: 'the accuracy of the corollary; at fixed σ_k and T, ε ∝ n^(−1/2)',
      n: 'number of training samples, with m = 2n',
      ...G.exponent,
      ...G.interval,
      'upper end of the interval': 'the measured column: upper end of the exponent interval of the upper end (when refuted: lower end of the interval of the lower end)',
      ...G.betaStar,
      ...G.r,
      ...G.eT,
      ...NETWORK_TERMS,
    },
    budgetMs: { quick: 90_000, paper: 3_600_000 },
    law: (scale) => ({
      arbitrary: networkCaseArbitrary(scale === 'quick' ? 1 : 2, 4),
      evaluate: (c: DeviationCase) => {
        const r = deviationCase(c, scale);
        // ‖P_k r_T‖² bracketed from the held-out ‖P_kΔ_T‖² and the exact idealised part, per size (`topLevelResidual`).
        const { ns, upper, lower, direct } = topLevelResidual(r);
        const g = geometricMean(ns);
        const exponent = pooledExponent(ns, upper);
        const rule = decideRate(exponent, -0.5, g);
        const lowerExponent = lower.every((v) => v > 0) ? pooledExponent(ns, lower) : undefined;
        const refuted = rule.decision !== 'holds' && lowerExponent !== undefined && decideRate(lowerExponent, -0.5, g).decision === 'refuted';
        return {
          measured: refuted ? lowerExponent!.lower : exponent.upper,
          bound: rule.threshold,
          ok: !refuted,
          inconclusive: !refuted && rule.decision !== 'holds',
          decided: rule.threshold < 0,
          margin: rule.threshold - (refuted ? lowerExponent!.lower : exponent.upper),
          extra: {
            exponent: exponent.exponent,
            interval: `[${exponent.lower.toFixed(3)}, ${exponent.upper.toFixed(3)}]`,
            'k (top level’s multiplicity)': r.runs[0]!.run.levels[0]!.size,
            'σ₁T': r.runs[0]!.run.levels[0]!.value * r.runs[0]!.run.times.at(-1)!,
            'initial ‖P_k r₀‖²': r.runs[0]!.run.levelResidual[0]![0]!.estimate,
            'upper end of ‖P_k r_T‖², mean per n': upper.map((v) => v.toExponential(2)).join(', '),
            'direct ‖P_k r_T‖², mean per n': direct.map((v) => v.toExponential(2)).join(', '),
            backend: backendLabel(),
          },
        };
      },
      numRuns: { quick: 1, paper: 3 },
      measuredLabel: 'upper end of the interval',
      boundLabel: 'β*',
      power: {
        reference: 'a top level that is not learned: ‖P_k r_T‖² stays at ‖P_k r₀‖² (exponent 0); decided when β* < 0',
        marginLabel: 'β* minus the measured exponent (exponent units)',
      },
      finding: (cx, worst) => `‖P_k r_T‖² decays like n^β with β ∈ ${cx.params.interval}, slower than β* = ${Number(cx.bound).toFixed(3)} (k = ${cx.params['k (top level’s multiplicity)']}, ${cx.params.activation}, ${sphere(String(cx.params.d))}); worst drawn margin ${worst.margin.toFixed(3)}`,
    }),
    present: (outcome, ctx) => {
      const rows = outcome.measurements.rows;
      // The last case drawn is the one still memoised: its sweep is drawn without being run again.
      const last = rows[rows.length - 1];
      if (!last) return {};
      const c = last.params as unknown as DeviationCase;
      const r = deviationCase({ activation: c.activation, hiddenLayers: c.hiddenLayers, d: c.d, seed: c.seed }, ctx.scale);
      const { ns, upper, lower, direct } = topLevelResidual(r);
      const exponent = pooledExponent(ns, upper);
      const series: ChartSeries[] = [
        { name: UPPER, thing: UPPER, style: 'line', points: ns.map((n, i) => [n, upper[i]!] as const) },
        { name: 'lower end of ‖P_k r_T‖²', thing: 'lower end of ‖P_k r_T‖²', style: 'line', points: ns.map((n, i) => [n, lower[i]!] as const) },
        { name: 'direct held-out ‖P_k r_T‖² (reported)', thing: 'direct held-out ‖P_k r_T‖² (reported)', style: 'points', points: ns.map((n, i) => [n, direct[i]!] as const) },
        ...rateSeries({ name: UPPER, xs: ns, ys: upper, exponent: exponent.exponent, claimed: -0.5, claimedLabel: 'claimed ∝ n^(−1/2)', variable: 'n' }).filter((x) => x.style !== 'points'),
      ];
      const chart: Chart = {
        id: 'top-level-residual-vs-n',
        title: `Top-level residual ‖P_k r_T‖² at T = 8/σ₁ against n (m = 2n; ${c.activation}, ${c.hiddenLayers} hidden, ${sphere(c.d)}, case ${rows.length}; mean over runs per n): its upper and lower end, the fitted power law the decision uses (dashed) and the claimed n^(−1/2) (dotted)`,
        xLabel: 'n (training samples)',
        yLabel: '‖P_k r_T‖² in L²(ρ)',
        xScale: 'log',
        yScale: 'log',
        series,
      };
      return { charts: [chart] };
    },
  }),
);

const UPPER = 'upper end of ‖P_k r_T‖²';

/**
 * Per size n, the mean over the independent runs of the upper and the lower end of ‖P_k r_T‖² and of its
 * direct held-out estimate. P_k r_T = P_kΔ_T + P_k e(T)r₀ with the second term exact (`idealLevelResidual`), so
 * ‖P_k r_T‖ lies within √(ideal) of ‖P_kΔ_T‖: the held-out estimate of ‖P_kΔ_T‖² (small variance: Δ is small)
 * brackets ‖P_k r_T‖² between (√D_k − √ideal)² and (√D_k + √ideal)² (‖P_kΔ_T‖² is a square of ~N(d, k)
 * Gaussian coordinates: heavy-tailed; a negative U-statistic counts as 0).
 */
function topLevelResidual(r: ReturnType<typeof deviationCase>) {
  const ns = [...new Set(r.runs.map((x) => x.n))];
  const meanOf = (n: number, sign: 1 | -1) => {
    const vs = r.runs.filter((x) => x.n === n).map((x) => (Math.sqrt(Math.max(0, x.run.projected[0]!.at(-1)!.estimate)) + sign * Math.sqrt(x.run.idealLevelResidual[0]!.at(-1)!)) ** 2);
    return vs.reduce((a, v) => a + v, 0) / vs.length;
  };
  const direct = ns.map((n) => {
    const vs = r.runs.filter((x) => x.n === n).map((x) => x.run.levelResidual[0]!.at(-1)!.estimate);
    return vs.reduce((a, v) => a + v, 0) / vs.length;
  });
  return { ns, upper: ns.map((n) => meanOf(n, 1)), lower: ns.map((n) => meanOf(n, -1)), direct };
}
