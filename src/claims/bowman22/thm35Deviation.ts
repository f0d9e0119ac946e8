import fc from 'fast-check';
import { deviationBracket } from '../../kernelRegime/deviationBracket.js';
import { pooledExponent } from '../../kernelRegime/exponentInterval.js';
import { memoLast } from '../../kernelRegime/memoLast.js';
import { decideRate, geometricMean } from '../../kernelRegime/rateDecision.js';
import { sizeSweep, type SizedRun } from '../../kernelRegime/sizeSweep.js';
import type { Chart, Scale } from '../claim.js';
import { backendLabel, withBackend } from '../withBackend.js';
import { forAllClaim } from '../forAllClaim.js';

/**
 * Bowman & Montúfar Theorem 3.5 with K = K^∞ (Corollary 3.7 plus the explicit term), measured off the
 * training set on antisymmetric fully connected networks trained by gradient descent (`deviationRun`).
 * What is explicit and what is not: see `deviationBracket`.
 */
const CHECKPOINTS = [0, 1, 2, 4, 8, 16] as const;

const SWEEP: Record<Scale, { ns: number[]; widthPerSample: number; replicates: number; heldOut: number; checkpoints: readonly number[] }> = {
  quick: { ns: [16, 32, 64, 128, 256], widthPerSample: 2, replicates: 10, heldOut: 500, checkpoints: CHECKPOINTS },
  paper: { ns: [32, 64, 128, 256, 512], widthPerSample: 2, replicates: 8, heldOut: 2000, checkpoints: [...CHECKPOINTS, 32] },
};

export interface DeviationCase extends Record<string, string | number> {
  activation: 'softplus' | 'tanh';
  hiddenLayers: number;
  d: number;
  seed: number;
}

export const deviationCase = (c: DeviationCase, scale: Scale) => memoised({ c, scale });

const memoised = memoLast(({ c, scale }: { c: DeviationCase; scale: Scale }) => {
  const s = SWEEP[scale];
  const runs = sizeSweep({
    activation: c.activation,
    hiddenLayers: c.hiddenLayers,
    d: c.d,
    seed: c.seed,
    sizes: s.ns.map((n) => ({ n, width: s.widthPerSample * n })),
    replicates: s.replicates,
    checkpoints: s.checkpoints,
    stepScale: 0.5,
    heldOut: s.heldOut,
    targetLevels: 3,
    projectionLevels: 3,
    kernelPoints: 32,
  });
  const brackets = runs.map((r) => deviationBracket(r.run, s.checkpoints));
  const exponent = pooledExponent(
    runs.map((r) => r.n),
    brackets.map((b) => b.bracket),
  );
  const rule = decideRate(exponent, -0.5, geometricMean(s.ns));
  return { runs, brackets, exponent, rule, checkpoints: s.checkpoints };
});

export const thm35Deviation = withBackend(
  forAllClaim({
    id: 'bowman22.thm3.5.deviation',
    paper: 'bowman22',
    section: '§3, Theorem 3.5 (with K = K^∞: Corollary 3.7)',
    statement:
      '‖P_k(r_t − e^{−T_K t}r_0)‖² ≤ [(1 − e^{−σ_k t})/σ_k]²·[4‖f*‖²_∞‖K − K₀‖² + ε] and ‖r_t − e^{−T_K t}r_0‖² ≤ t²·[4‖f*‖²_∞‖K − K₀‖² + ε] for all t ≤ T, with ε → 0 once m = Ω̃(T⁴/ε²), n = Ω̃(T²/ε²)',
    domain:
      'ρ uniform on S^d (d ∈ [2, 4]); antisymmetric FC nets, softplus/tanh, 1 hidden layer (quick) / 1–2 (paper); K = K^∞ analytic; f* = equal-weight zonal harmonics on the top 3 eigenvalue levels (‖f*‖_{L²} = 1); GD on (1/2n)‖r̂‖² with η = 0.5/σ_1, compared with the idealised dynamics under the same step; T = 16η; n and m = 2n grow together (the theorem\'s own scaling m/n ∝ T² at fixed T); deviations by Monte Carlo on held-out points',
    rule:
      'per run: B = the smallest bracket making both inequalities true at every checkpoint (max of D(t)/t² and D_k(t)/g_k(t)², k = 1..3). The theorem at fixed T: B ≤ A + ε with A = O(1/m) and ε = Õ(m^{−1/2} + n^{−1/2}), so along m ∝ n, B = Õ(n^{−1/2}). Exponent of B in n by one regression through all independent runs, 95 % t-interval, decided by the Õ rule with threshold −1/2 + 1/ln(n_g) (src/kernelRegime/rateDecision.ts)',
    tolerance:
      'statistical: regression t-interval over independent initialisations and samples; each D, D_k carries its Monte Carlo standard error (U-statistic for projections), ≤ 5 % of the value here, which the regression scatter already contains',
    budgetMs: { quick: 90_000, paper: 3_600_000 },
    law: (scale) => ({
      arbitrary: fc.record({
        activation: fc.constantFrom('softplus' as const, 'tanh' as const),
        hiddenLayers: fc.integer({ min: 1, max: scale === 'quick' ? 1 : 2 }),
        d: fc.integer({ min: 2, max: 4 }),
        seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      }),
      evaluate: (c: DeviationCase) => {
        const r = deviationCase(c, scale);
        const maxOf = (f: (i: number) => number) => Math.max(...r.brackets.map((_, i) => f(i)));
        return {
          measured: r.exponent.upper,
          bound: r.rule.threshold,
          ok: r.rule.decision !== 'refuted',
          inconclusive: r.rule.decision === 'inconclusive',
          extra: {
            exponent: r.exponent.exponent,
            interval: `[${r.exponent.lower.toFixed(3)}, ${r.exponent.upper.toFixed(3)}]`,
            runsWithEpsilonNeeded: r.brackets.filter((b) => b.epsilonNeeded > 0).length,
            maxBracketOverExplicitTerm: maxOf((i) => r.brackets[i]!.bracket / r.brackets[i]!.explicitTerm),
            runs: r.brackets.length,
            maxGrowthSlope: maxOf((i) => r.brackets[i]!.growth),
            maxProjectedOverUnprojected: maxOf((i) => r.brackets[i]!.projectedOverUnprojected),
            backend: backendLabel(),
          },
        };
      },
      numRuns: { quick: 1, paper: 3 },
      measuredLabel: 'upper end of the 95 % interval of the exponent of B in n (m = 2n)',
      boundLabel: 'β* = −1/2 + 1/ln n_g',
    }),
    present: (outcome, ctx) => {
      const first = outcome.measurements.rows[0];
      if (!first) return {};
      const c = first.params as unknown as DeviationCase;
      const r = deviationCase({ activation: c.activation, hiddenLayers: c.hiddenLayers, d: c.d, seed: c.seed }, ctx.scale);
      return { charts: deviationCharts(r.runs, r.brackets.map((b) => b.bracket), `${c.activation}, ${c.hiddenLayers} hidden, S^${c.d}`) };
    },
  }),
);

/** Deviation vs t per size (log-log, slope-1 reference), projected deviations, and the bracket vs n. */
function deviationCharts(runs: readonly SizedRun[], brackets: readonly number[], label: string): Chart[] {
  const first = runs.filter((r) => r.replicate === 0);
  const vsT: Chart = {
    id: 'deviation-vs-t',
    title: `‖r_t − e(T)r_0‖ against t (${label}; one run per size)`,
    xLabel: 't = η·steps',
    yLabel: '‖r_t − e(T)r_0‖_{L²(ρ)}',
    xScale: 'log',
    yScale: 'log',
    series: [
      ...first.map((r) => ({
        name: `n = ${r.n}, m = ${r.width}`,
        style: 'line' as const,
        points: r.run.times.flatMap((t, i) => (t > 0 && r.run.deviation[i]!.estimate > 0 ? [[t, Math.sqrt(r.run.deviation[i]!.estimate)] as const] : [])),
      })),
      ...(first[0]
        ? [{
            name: 'slope 1 (∝ t)',
            style: 'dashed' as const,
            points: (() => {
              const run = first[0]!.run;
              const t1 = run.times[1]!;
              const d1 = Math.sqrt(run.deviation[1]!.estimate);
              return run.times.filter((t) => t > 0).map((t) => [t, (d1 * t) / t1] as const);
            })(),
          }]
        : []),
    ],
  };
  const largest = first[first.length - 1];
  const projected: Chart[] = largest
    ? [{
        id: 'projected-deviation',
        title: `‖P_k(r_t − e(T)r_0)‖ for the top k levels (n = ${largest.n}, m = ${largest.width}) with the bound shape g_k(t)·√B_u dashed`,
        xLabel: 't = η·steps',
        yLabel: '‖P_k Δ_t‖',
        xScale: 'log',
        yScale: 'log',
        series: largest.run.projected.flatMap((series, k) => {
          const sigma = largest.run.levels[k]!.value;
          const bu = Math.max(...largest.run.times.map((t, i) => (t > 0 ? largest.run.deviation[i]!.estimate / (t * t) : 0)));
          const pts = largest.run.times.flatMap((t, i) => (t > 0 && series[i]!.estimate > 0 ? [[t, Math.sqrt(series[i]!.estimate)] as const] : []));
          const bound = largest.run.times.flatMap((t) => (t > 0 ? [[t, (-Math.expm1((t / largest.run.eta) * Math.log1p(-largest.run.eta * sigma)) / sigma) * Math.sqrt(bu)] as const] : []));
          return [
            { name: `k = ${k + 1} (σ_k = ${sigma.toPrecision(3)})`, style: 'line' as const, points: pts },
            { name: `g_k(t)·√B_u, k = ${k + 1}`, style: 'dashed' as const, points: bound },
          ];
        }),
      }]
    : [];
  const vsN: Chart = {
    id: 'bracket-vs-n',
    title: `Smallest bracket B against n (${label}), all runs, with n^{−1/2} dashed`,
    xLabel: 'n',
    yLabel: 'B',
    xScale: 'log',
    yScale: 'log',
    series: [
      { name: 'B per run', style: 'points', points: runs.map((r, i) => [r.n, brackets[i]!] as const) },
      {
        name: 'n^{−1/2} reference',
        style: 'dashed',
        points: (() => {
          const n0 = Math.min(...runs.map((r) => r.n));
          const b0 = Math.max(...runs.map((r, i) => (r.n === n0 ? brackets[i]! : -Infinity)));
          return [...new Set(runs.map((r) => r.n))].map((n) => [n, b0 * Math.sqrt(n0 / n)] as const);
        })(),
      },
    ],
  };
  return [vsT, ...projected, vsN];
}
