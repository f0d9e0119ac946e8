import { printed } from '../../catalogue/builtinCatalogues.js';
import { deviationRun, type DeviationRun } from '../../kernelRegime/deviationRun.js';
import { levelRate, type LevelRate } from '../../kernelRegime/levelRate.js';
import { memoLast } from '../../kernelRegime/memoLast.js';
import type { Chart, Scale } from '../claim.js';
import { backendLabel, withBackend } from '../withBackend.js';
import { forAllClaim } from '../forAllClaim.js';
import { G, NETWORK_TERMS, sphere } from './glossary.js';
import { type NetworkCase, networkCaseArbitrary } from './networkCase.js';

/**
 * Bowman & Montúfar Observation 3.8: off the training set, the network learns the projections of the
 * residual on the eigenfunctions of T_{K^∞} at rates given by their eigenvalues (⟨r_t, φ_i⟩ ≈
 * e^{−σ_i t}⟨r_0, φ_i⟩), particularly for the top eigenfunctions. Measured on held-out points: the
 * level-ℓ residual ‖P_ℓ r_t‖ (P_ℓ onto the degree-k spherical harmonics, an eigenspace of T_{K^∞} on
 * the sphere) of one trained network per case, its fitted learning rate (`levelRate`) and the rate the
 * idealised dynamics predict for the same gradient-descent step, ρ_ℓ = −log(1 − ησ_ℓ) per step.
 * Power: the alternative is a level learned at the rate of another eigenvalue (the nearest other level's
 * rate, 2·halfGap away in log); a level decides only when its ±2 SE log-interval is narrower than halfGap,
 * so that such a rate would fall entirely outside the band and refute.
 */
const CHECKPOINTS: Record<Scale, number[]> = {
  quick: [0, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192],
  paper: [0, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512],
};
const SIZE: Record<Scale, { n: number; width: number; heldOut: number }> = {
  quick: { n: 128, width: 256, heldOut: 2000 },
  paper: { n: 512, width: 1024, heldOut: 4000 },
};

export type TopEigenfunctionCase = NetworkCase;

export interface LevelVerdict {
  readonly label: string;
  readonly sigma: number;
  readonly predicted: number;
  readonly fitted?: LevelRate;
  /** ½·min |log ρ_ℓ' − log ρ_ℓ| over the other levels: the band that identifies level ℓ's rate. */
  readonly halfGap: number;
  /** |log ρ̂ − log ρ|/halfGap (≤ 1: the fitted rate singles out its own eigenvalue). */
  readonly identification: number;
  /** The ±2 SE interval of log ρ̂ is narrower than halfGap: a rate of another level would have refuted. */
  readonly decided: boolean;
  readonly decision: 'holds' | 'refuted' | 'inconclusive';
}

export const topEigenfunctionCase = (c: TopEigenfunctionCase, scale: Scale) => memoised({ c, scale });

const memoised = memoLast(({ c, scale }: { c: TopEigenfunctionCase; scale: Scale }) => {
  const checkpoints = CHECKPOINTS[scale];
  const size = SIZE[scale];
  const run = deviationRun({
    activation: c.activation,
    hiddenLayers: c.hiddenLayers,
    d: c.d,
    seed: c.seed,
    width: size.width,
    n: size.n,
    heldOut: size.heldOut,
    checkpoints,
    stepScale: 0.5,
    targetLevels: 3,
    projectionLevels: 3,
  });
  const sMax = checkpoints[checkpoints.length - 1]!;
  const perStep = (sigma: number) => -Math.log1p(-run.eta * sigma);
  const allRates = run.allLevels.map((l) => perStep(l.value));
  const levels: LevelVerdict[] = [];
  run.levels.forEach((level, l) => {
    const predicted = perStep(level.value);
    // Resolvable: the prediction moves a² by at least a factor e^{−1/2} within the horizon (slower levels
    // cannot be rate-tested at this horizon; decided from the prediction). Window: two e-folds of a.
    if (2 * predicted * sMax < 0.5) return;
    const fitted = levelRate(checkpoints, run.levelResidual[l]!, Math.min(sMax, 2 / predicted));
    const halfGap = 0.5 * Math.min(...allRates.filter((_, j) => j !== l).map((r) => Math.abs(Math.log(r) - Math.log(predicted))));
    if (!fitted) {
      levels.push({ label: level.label, sigma: level.value, predicted, halfGap, identification: NaN, decided: false, decision: 'inconclusive' });
      return;
    }
    const lo = fitted.rate - 2 * fitted.standardError;
    const hi = fitted.rate + 2 * fitted.standardError;
    const logLo = lo > 0 ? Math.log(lo) : -Infinity;
    const logHi = hi > 0 ? Math.log(hi) : -Infinity;
    const target = Math.log(predicted);
    const inside = logLo > target - halfGap && logHi < target + halfGap;
    const outside = logHi <= target - halfGap || logLo >= target + halfGap;
    levels.push({
      label: level.label,
      sigma: level.value,
      predicted,
      fitted,
      halfGap,
      identification: fitted.rate > 0 ? Math.abs(Math.log(fitted.rate) - target) / halfGap : Infinity,
      decided: (logHi - logLo) / 2 < halfGap,
      decision: inside ? 'holds' : outside ? 'refuted' : 'inconclusive',
    });
  });
  // Ordering of consecutive trackable levels (σ strictly decreasing): ρ̂_ℓ − ρ̂_ℓ+1 beyond 2 standard errors.
  const ordering = levels.slice(1).map((next, i) => {
    const prev = levels[i]!;
    if (!prev.fitted || !next.fitted) return 'inconclusive' as const;
    const diff = prev.fitted.rate - next.fitted.rate;
    const se = Math.hypot(prev.fitted.standardError, next.fitted.standardError);
    return diff > 2 * se ? ('holds' as const) : diff < -2 * se ? ('refuted' as const) : ('inconclusive' as const);
  });
  const decisions = [...levels.map((l) => l.decision), ...ordering];
  const decision: 'holds' | 'refuted' | 'inconclusive' =
    levels.length < 2 ? 'inconclusive' : decisions.includes('refuted') ? 'refuted' : decisions.every((x) => x === 'holds') ? 'holds' : 'inconclusive';
  return { run, checkpoints, levels, ordering, decision };
});

export const obs38TopEigenfunctions = withBackend(
  forAllClaim({
    id: 'bowman22.obs3.8.top-eigenfunctions',
    paper: 'bowman22',
    printed: printed('bowman22', 'obs3.8'),
    reading: [
      { text: '"learns projections along eigenfunctions … at rates corresponding to their eigenvalues": the held-out residual on each eigenvalue level ℓ (the degree-k harmonics, a whole eigenspace of T_{K^∞} on the sphere) decays at the rate the idealised dynamics give for σ_ℓ, ⟨r_t, φ_i⟩ ≈ e^{−σ_i t}⟨r₀, φ_i⟩ (L105, L174) — "corresponding" = the fitted rate lies closer to its own eigenvalue\'s rate than half the log-gap to any other level\'s, and consecutive levels are learned in the eigenvalues\' order.', restsOn: 'L105, L174–176' },
      { text: 'Gradient descent with η = 0.5/σ₁ stands in for gradient flow; the predicted per-step rate is that of the same step, −log(1 − ησ_ℓ) (= ησ_ℓ(1 + ησ_ℓ/2 + …): 39 % above the flow rate ησ_ℓ for the top level at ησ₁ = 0.5, less for the lower levels in proportion to σ_ℓ/σ₁).', restsOn: 'L61–65' },
      { text: '"At the beginning of training": the first two predicted e-folds of each level (and at most 192 steps quick / 512 paper); levels too slow to move by a factor e^{1/2} within the horizon are not rate-tested. "Particularly … large eigenvalues" is not tested separately (every resolvable level must match).', restsOn: 'L174–176' },
      { text: 'One network per case at n = 128, m = 256 (quick) / n = 512, m = 1024 (paper): "the network" is one trained network of the antisymmetric fully connected family (softplus/tanh), ρ uniform on S^d, f* on the top 3 levels.', restsOn: 'L122–144' },
    ],
    domain:
      'one antisymmetric FC net per case (softplus/tanh, 1 hidden layer quick / 1–2 paper; n = 128, m = 256 quick; n = 512, m = 1024 paper) on ρ uniform on S^d, d ∈ [2, 4]; f* with equal L² weight on the top 3 eigenvalue levels (degree-k harmonics); GD with η = 0.5/σ_1 for 192 (quick) / 512 (paper) steps; level residuals ‖P_ℓ r_t‖² on held-out points (U-statistic)',
    rule:
      'per target level whose predicted decay is resolvable within the horizon (a² falls by a factor ≥ e^{1/2}): fitted per-step rate ρ̂ (weighted log-linear fit over the predicted first two e-folds) ± 2 SE. Identification: the log-rate interval lies within half the log-gap to the nearest other eigenvalue\'s rate (holds), entirely outside (refuted). Ordering: consecutive levels\' fitted rates differ in the eigenvalues\' order by > 2 SE (holds), in the opposite order by > 2 SE (refuted). A case holds when every test holds, is refuted when any is refuted, else inconclusive',
    tolerance:
      'Monte Carlo: each ‖P_ℓ r_t‖² carries its U-statistic standard error, propagated to the fitted rate (WLS); the identification band (half the log-gap between neighbouring eigenvalues, ≥ a factor 1.9 here) is the meaning of "corresponding", not a tuned tolerance',
    glossary: {
      ...G.case,
      ...G.couldFail,
      'level ℓ / degree k': 'an eigenvalue level of T_K∞ on the sphere: the degree-k spherical harmonics, one eigenspace (dimension N(d, k))',
      σ_ℓ: 'eigenvalue of T_K∞ on level ℓ (dimensionless)',
      'φ_i': 'eigenfunctions of T_K∞ (here: spherical harmonics)',
      'P_ℓ': 'orthogonal projection onto level ℓ',
      '‖P_ℓ r_t‖': 'L²(ρ) norm of the residual’s part on level ℓ at time t, estimated on held-out points (U-statistic)',
      'ρ (rate)': 'predicted per-step decay rate of ‖P_ℓ r‖², −log(1 − ησ_ℓ) for the same GD step (gradient flow would give ησ_ℓ)',
      'ρ̂': 'fitted per-step rate of ‖P_ℓ r_t‖² over the first two predicted e-folds (weighted log-linear fit), with its standard error SE',
      halfGap: 'half the smallest |log ρ_ℓ′ − log ρ_ℓ| over the other levels ℓ′: the band around log ρ_ℓ that identifies level ℓ',
      'worst identification ratio': 'the measured column: max over levels of |log ρ̂ − log ρ|/halfGap (≤ 1: every fitted rate is nearer its own eigenvalue’s rate than any other; ∞ when a fitted rate is ≤ 0)',
      'identified at ≤': 'the bound 1 on that ratio',
      'ordering of consecutive levels': 'for consecutive tested levels, whether ρ̂ differ in the eigenvalues’ order by more than 2 SE (holds), the opposite (refuted), or neither (inconclusive)',
      ...G.eta,
      ...G.t,
      ...G.r,
      ...G.rho,
      ...NETWORK_TERMS,
    },
    budgetMs: { quick: 90_000, paper: 3_600_000 },
    law: (scale) => ({
      arbitrary: networkCaseArbitrary(scale === 'quick' ? 1 : 2, 4),
      evaluate: (c: TopEigenfunctionCase) => {
        const r = topEigenfunctionCase(c, scale);
        const worst = Math.max(...r.levels.map((l) => (Number.isFinite(l.identification) ? l.identification : Infinity)));
        const tested = r.levels.filter((l) => l.fitted);
        return {
          measured: worst,
          bound: 1,
          ok: r.decision !== 'refuted',
          inconclusive: r.decision === 'inconclusive',
          decided: tested.length >= 2 && tested.every((l) => l.decided),
          margin: 1 - worst,
          extra: {
            'per level: σ, predicted ρ, fitted ρ̂ ± SE': r.levels.map((l) => `${l.label}: σ=${l.sigma.toPrecision(3)} ρ=${l.predicted.toPrecision(3)} ρ̂=${l.fitted ? `${l.fitted.rate.toPrecision(3)}±${l.fitted.standardError.toPrecision(2)}` : '—'} (${l.decision})`).join('; '),
            'ordering of consecutive levels': r.ordering.join(', '),
            backend: backendLabel(),
          },
        };
      },
      numRuns: { quick: 2, paper: 4 },
      measuredLabel: 'worst identification ratio',
      boundLabel: 'identified at ≤',
      power: {
        reference: 'each level learned at the rate of the nearest other eigenvalue level (2·halfGap away in log): decided when every tested level\'s ±2 SE log-interval is narrower than halfGap',
        marginLabel: '1 − max over levels of |log ρ̂ − log ρ|/halfGap (fraction of the identification band left)',
      },
      finding: (cx, worst) => `a level's held-out learning rate does not correspond to its eigenvalue: ${cx.params['per level: σ, predicted ρ, fitted ρ̂ ± SE']} (ordering ${cx.params['ordering of consecutive levels']}; ${cx.params.activation}, ${sphere(String(cx.params.d))}); worst drawn margin ${worst.margin.toFixed(2)}`,
    }),
    present: (outcome, ctx) => {
      const first = outcome.measurements.rows[0];
      if (!first) return {};
      const c = first.params as unknown as TopEigenfunctionCase;
      const r = topEigenfunctionCase({ activation: c.activation, hiddenLayers: c.hiddenLayers, d: c.d, seed: c.seed }, ctx.scale);
      return { charts: [learningCurves(r.run, r.checkpoints, `${c.activation}, ${c.hiddenLayers} hidden, ${sphere(c.d)}`), rateChart(r.levels)] };
    },
  }),
);

/**
 * ‖P_ℓ r_t‖ per level: measured (solid), the idealised dynamics under the same GD step the decision
 * compares with (dashed), and the gradient flow e^(−σ_ℓ t) for comparison (dotted) — one colour per degree.
 */
function learningCurves(run: DeviationRun, checkpoints: readonly number[], label: string): Chart {
  return {
    id: 'projected-learning-curves',
    title: `Held-out residual per eigenvalue level, ‖P_ℓ r_t‖ (${label}; one colour per degree): measured (solid), predicted by the same GD step (dashed), gradient flow e^(−σ_ℓ t) for comparison (dotted)`,
    xLabel: 't = η·steps',
    yLabel: '‖P_ℓ r_t‖ in L²(ρ)',
    xScale: 'linear',
    yScale: 'log',
    series: run.levels.flatMap((level, l) => [
      {
        name: `${level.label} (σ = ${level.value.toPrecision(3)}), measured`,
        thing: level.label,
        style: 'line' as const,
        points: checkpoints.flatMap((_, i) => (run.levelResidual[l]![i]!.estimate > 0 ? [[run.times[i]!, Math.sqrt(run.levelResidual[l]![i]!.estimate)] as const] : [])),
      },
      {
        name: `${level.label}, predicted (1 − ησ)^(t/η)·‖P_ℓ r₀‖`,
        thing: level.label,
        style: 'dashed' as const,
        points: checkpoints.flatMap((_, i) => (run.idealLevelResidual[l]![i]! > 0 ? [[run.times[i]!, Math.sqrt(run.idealLevelResidual[l]![i]!)] as const] : [])),
      },
      {
        name: `${level.label}, gradient flow e^(−σt)·‖P_ℓ r₀‖`,
        thing: level.label,
        style: 'bound' as const,
        points: checkpoints.map((_, i) => [run.times[i]!, Math.sqrt(run.idealLevelResidual[l]![0]!) * Math.exp(-level.value * run.times[i]!)] as const),
      },
    ]),
  };
}

/** The fitted per-step rate of each rate-tested level (± 2 SE, the decision's interval) against its prediction and its identification band. */
function rateChart(levels: readonly LevelVerdict[]): Chart {
  const tested = levels.filter((l) => l.fitted);
  const degree = (l: LevelVerdict) => Number(l.label.replace(/\D+/g, ''));
  return {
    id: 'fitted-level-rates',
    title: 'Fitted per-step learning rate ρ̂ of each tested level (± 2 SE) against the predicted ρ = −log(1 − ησ) and the band of half the log-gap to the nearest other level',
    xLabel: 'degree k of the level',
    yLabel: 'per-step rate',
    xScale: 'linear',
    yScale: 'log',
    xInteger: true,
    series: [
      ...tested.map((l) => ({
        name: `${l.label}, fitted ρ̂`,
        thing: l.label,
        style: 'points' as const,
        points: [[degree(l), l.fitted!.rate] as const],
        intervals: [[l.fitted!.rate - 2 * l.fitted!.standardError, l.fitted!.rate + 2 * l.fitted!.standardError] as const],
      })),
      ...tested.map((l) => ({ name: `${l.label}, predicted ρ`, thing: l.label, style: 'dashed' as const, points: [[degree(l) - 0.25, l.predicted], [degree(l) + 0.25, l.predicted]] as const })),
      // The identification band [ρe^(−halfGap), ρe^(halfGap)], drawn as a dotted bar beside the level.
      ...tested.map((l) => ({ name: `${l.label}, identification band`, thing: l.label, style: 'bound' as const, points: [[degree(l) + 0.3, l.predicted * Math.exp(-l.halfGap)], [degree(l) + 0.3, l.predicted * Math.exp(l.halfGap)]] as const })),
    ],
  };
}
