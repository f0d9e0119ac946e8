import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { forAllClaim } from '../forAllClaim.js';
import type { Chart } from '../claim.js';
import { G } from './glossary.js';
import { sphereKernelTarget } from './sphereKernelTarget.js';

/**
 * Bowman & Montúfar §3.1, before Corollary 3.10:
 *   ‖P_k e^{−T t}r₀‖ ≤ e^{−σ_k t}‖r₀‖ ≤ e^{−σ_k t}‖f*‖_∞, and t ≥ log(‖f*‖_∞/ε)/σ_k ⇒ ‖P_k e^{−T t}r₀‖ ≤ ε,
 * in closed form on the sphere (`sphereKernelTarget`): ‖P_k e^{−T t}r₀‖² = Σ_{ℓ ≤ j} c_ℓ²e^{−2σ_ℓ t} with
 * k = N₁ + … + N_j at a level boundary (P_k is then the projection onto whole eigenspaces). ‖f*‖_∞ is
 * replaced by its sampled lower bound (the inequalities then hold a fortiori with the true sup).
 * Power: the alternative is the top rate σ₁ in place of σ_k (the projection decaying as fast as the
 * fastest component); a case decides when ‖P_k e^{−T t}r₀‖ > e^{−σ₁ t}‖r₀‖.
 */
const REL = 1e-12;

export interface StoppingCase extends Record<string, string | number> {
  activation: 'softplus' | 'tanh';
  hiddenLayers: number;
  d: number;
  j: number;
  tScale: number;
  epsilonFraction: number;
  seed: number;
}

export function stoppingCase(p: StoppingCase) {
  const s = sphereKernelTarget({ activation: p.activation, hiddenLayers: p.hiddenLayers, d: p.d, levels: 6, seed: p.seed });
  const j = Math.min(p.j, s.sigma.length - 1);
  const sk = s.sigma[j]!;
  const r0 = Math.sqrt(s.c.reduce((a, c) => a + c * c, 0));
  const projected = (t: number) => Math.sqrt(s.c.slice(0, j + 1).reduce((a, c, l) => a + c * c * Math.exp(-2 * s.sigma[l]! * t), 0));
  const t = p.tScale / sk;
  const epsilon = p.epsilonFraction * s.supLower;
  const tStop = Math.log(s.supLower / epsilon) / sk;
  const ratios = {
    rate: projected(t) / (Math.exp(-sk * t) * r0 * (1 + REL)),
    l2BelowSup: r0 / (s.supLower * (1 + REL)),
    stoppingTime: projected(tStop) / (epsilon * (1 + REL)),
  };
  return { ...ratios, k: s.size.slice(0, j + 1).reduce((a, v) => a + v, 0), sigmaK: sk, sigma1: s.sigma[0]!, projectedAtT: projected(t), topRateBound: Math.exp(-s.sigma[0]! * t) * r0, r0, supLower: s.supLower, t, tStop };
}

export const stoppingTime = forAllClaim({
  id: 'bowman22.sec3.1.stopping-time',
  paper: 'bowman22',
  printed: printed('bowman22', 'sec3.1.stopping-time'),
  reading: [
    { text: 'P_k projects onto the top k eigenfunctions of T_{K^∞}; k is taken at the end of an eigenvalue level (k = N₁ + … + N_j), where "the top k" is unambiguous despite the multiplicities N(d, k) on the sphere.', restsOn: 'L184, L188' },
    { text: 'r₀ = −f* (antisymmetric initialisation), f* a sum of zonal harmonics on the top 6 levels with coefficients uniform in [−1, 1]; ‖f*‖_{L^∞} is replaced by the max of |f*| over its poles and 2000 uniform points (a lower bound, so the printed inequalities are checked in a stronger form).', restsOn: 'L184–186' },
    { text: '"t ≥ log(‖f*‖_∞/ε)/σ_k suffices": checked at the equality t = log(‖f*‖_∞/ε)/σ_k, for ε ∈ [1e−6, 0.5]·‖f*‖_∞; K^∞ the analytic NTK of the fully connected softplus/tanh network on ρ uniform on S^d.', restsOn: 'L186' },
  ],
  domain: 'softplus/tanh, 1–2 hidden layers, S^d with d ∈ [2, 6], level j ∈ [0, 5], t = τ/σ_k with τ ∈ [0.01, 30] (log-uniform), ε = φ·(sampled ‖f*‖_∞) with φ ∈ [1e−6, 0.5] (log-uniform)',
  rule: 'holds when, in every case, ‖P_k e^{−Tt}r₀‖ ≤ e^{−σ_k t}‖r₀‖, ‖r₀‖ ≤ sampled ‖f*‖_∞ and ‖P_k e^{−Tt*}r₀‖ ≤ ε at the stopping time t*, each within a relative 1e−12',
  tolerance: 'closed forms in float64 (sums of ≤ 6 exponentials): relative rounding ≤ 1e−14, allowed 1e−12; the eigenvalues\' quadrature error (≤ 1e−12 relative) enters both sides alike',
  glossary: {
    ...G.case,
    ...G.couldFail,
    ...G.P,
    ...G.sigma,
    'e^(−Tt)r₀': 'the residual under the idealised gradient flow of T = T_K∞ after time t (closed form on the sphere)',
    ...G.fStar,
    'r₀': 'the initial residual, −f* (antisymmetric initialisation)',
    '‖f*‖_∞': 'sup |f*|, replaced by its maximum over the poles and 2000 uniform points (a lower bound)',
    j: 'index of the last eigenvalue level in P_k (0 = the top level; an integer)',
    'k (top eigenfunctions)': 'k = N₁ + … + N_j: the number of eigenfunctions in the top j + 1 levels (an integer)',
    tScale: 'σ_k·t: the time in units of 1/σ_k (log-uniform in [0.01, 30])',
    epsilonFraction: 'ε / sampled ‖f*‖_∞ (log-uniform in [1e−6, 0.5])',
    ε: 'the target accuracy of the stopping-time statement',
    't* (stopping time)': 'log(‖f*‖_∞/ε)/σ_k, the printed sufficient stopping time (time units of t = η·steps)',
    'rate ratio': '‖P_k e^(−Tt)r₀‖ / (e^(−σ_k t)‖r₀‖): ≤ 1 is the first inequality',
    '‖r₀‖ / sampled ‖f*‖_∞': 'the second inequality ‖r₀‖ ≤ ‖f*‖_∞ (≤ 1)',
    'ratio at the stopping time': '‖P_k e^(−Tt*)r₀‖ / ε (≤ 1: accuracy ε reached at t*)',
    'largest of the three ratios': 'the measured column (dimensionless); each ratio carries a relative allowance 1e−12',
    ...G.activation,
    ...G.hiddenLayers,
    ...G.d,
    ...G.seed,
  },
  present: (outcome) => {
    const rows = outcome.measurements.rows;
    const span = (key: string) => [Math.min(...rows.map((r) => Number(r.params[key]))), Math.max(...rows.map((r) => Number(r.params[key])))];
    const byActivation = (key: string, value: string) =>
      ['softplus', 'tanh'].map((a) => ({ name: a, thing: a, style: 'points' as const, points: rows.filter((r) => r.params.activation === a).map((r) => [Number(r.params[key]), Number(r.params[value])] as const) }));
    const charts: Chart[] = [
      {
        id: 'rate-ratio',
        title: 'Projected decay against its bound, ‖P_k e^(−Tt)r₀‖ / (e^(−σ_k t)‖r₀‖), per case against σ_k·t (≤ 1 claimed)',
        xLabel: 'σ_k·t',
        yLabel: 'rate ratio',
        xScale: 'log',
        yScale: 'log',
        series: [...byActivation('tScale', 'rate ratio'), { name: 'bound 1', style: 'bound', points: span('tScale').map((x) => [x, 1] as const) }],
      },
      {
        id: 'stopping-ratio',
        title: 'At the stopping time t* = log(‖f*‖_∞/ε)/σ_k: ‖P_k e^(−Tt*)r₀‖ / ε per case against ε/‖f*‖_∞ (≤ 1 claimed)',
        xLabel: 'ε / sampled ‖f*‖_∞',
        yLabel: 'ratio at the stopping time',
        xScale: 'log',
        yScale: 'log',
        series: [...byActivation('epsilonFraction', 'ratio at the stopping time'), { name: 'bound 1', style: 'bound', points: span('epsilonFraction').map((x) => [x, 1] as const) }],
      },
    ];
    return { charts };
  },
  law: () => ({
    arbitrary: fc.record({
      activation: fc.constantFrom('softplus' as const, 'tanh' as const),
      hiddenLayers: fc.integer({ min: 1, max: 2 }),
      d: fc.integer({ min: 2, max: 6 }),
      j: fc.integer({ min: 0, max: 5 }),
      tScale: fc.double({ min: -2, max: Math.log10(30), noNaN: true }).map((e) => 10 ** e),
      epsilonFraction: fc.double({ min: -6, max: Math.log10(0.5), noNaN: true }).map((e) => 10 ** e),
      seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    }),
    evaluate: (p: StoppingCase) => {
      const r = stoppingCase(p);
      const worst = Math.max(r.rate, r.l2BelowSup, r.stoppingTime);
      return {
        measured: worst,
        bound: 1,
        ok: worst <= 1,
        decided: r.projectedAtT > r.topRateBound,
        margin: -Math.log10(worst),
        extra: { 'k (top eigenfunctions)': r.k, σ_k: r.sigmaK, 'σ₁': r.sigma1, 'rate ratio': r.rate, '‖r₀‖ / sampled ‖f*‖_∞': r.l2BelowSup, 'ratio at the stopping time': r.stoppingTime, t: r.t, 't* (stopping time)': r.tStop },
      };
    },
    numRuns: { quick: 60, paper: 600 },
    measuredLabel: 'largest of the three ratios',
    boundLabel: 'at most',
    power: {
      reference: 'the top rate σ₁ in place of σ_k: decided when ‖P_k e^{−Tt}r₀‖ > e^{−σ₁ t}‖r₀‖ (never at k in the top level)',
      marginLabel: 'decades: −log10 of the largest of the three ratios',
    },
    finding: (cx, worst) => `the stopping-time bound fails: ratio ${Number(cx.measured).toPrecision(4)} (rate ${Number(cx.params['rate ratio']).toPrecision(3)}, ‖r₀‖/‖f*‖_∞ ${Number(cx.params['‖r₀‖ / sampled ‖f*‖_∞']).toPrecision(3)}, at t* ${Number(cx.params['ratio at the stopping time']).toPrecision(3)}) at k = ${cx.params['k (top eigenfunctions)']}; worst drawn margin ${worst.margin.toFixed(2)}`,
  }),
});
