import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { forAllClaim } from '../forAllClaim.js';
import type { Chart } from '../claim.js';
import { G } from './glossary.js';
import { sphereKernelTarget } from './sphereKernelTarget.js';

/**
 * Bowman & Montúfar §3.1, after Corollary 3.10: for f* in the RKHS of K^∞,
 * ‖e^{−T t}r₀‖²_{L²} = O(‖f*‖²_H/t). In closed form on the sphere (`sphereKernelTarget`, r₀ = −f*):
 *
 *   ‖e^{−T t}r₀‖² = Σ_ℓ c_ℓ²e^{−2σ_ℓ t},   ‖f*‖²_H = Σ_ℓ c_ℓ²/σ_ℓ,
 *
 * and σe^{−2σt} ≤ 1/(2et) gives the constant of the one-line proof: t·‖e^{−T t}r₀‖²/‖f*‖²_H ≤ 1/(2e),
 * attained by a single level with σ = 1/(2t). We check that constant (a stronger form than O).
 * Power: the alternative is the same bound with the L² norm, O(‖f*‖²_{L²}/t) — what a target outside the
 * RKHS would need; a case decides when its ‖e^{−T t}r₀‖² exceeds ‖f*‖²_{L²}/(2et).
 */
const BOUND = 1 / (2 * Math.E);

export interface RkhsCase extends Record<string, string | number> {
  activation: 'softplus' | 'tanh';
  hiddenLayers: number;
  d: number;
  levels: number;
  tScale: number;
  seed: number;
}

export function rkhsCase(p: RkhsCase) {
  const s = sphereKernelTarget({ activation: p.activation, hiddenLayers: p.hiddenLayers, d: p.d, levels: p.levels, seed: p.seed, probes: 1 });
  const smallest = s.sigma[s.sigma.length - 1]!;
  const t = p.tScale / smallest;
  const decayed = s.c.reduce((a, c, l) => a + c * c * Math.exp(-2 * s.sigma[l]! * t), 0);
  const rkhs = s.c.reduce((a, c, l) => a + (c * c) / s.sigma[l]!, 0);
  const l2 = s.c.reduce((a, c) => a + c * c, 0);
  return { t, decayed, rkhs, l2, constant: (t * decayed) / rkhs, l2Constant: (t * decayed) / l2, smallest };
}

export const rkhsDecay = forAllClaim({
  id: 'bowman22.sec3.1.rkhs-decay',
  paper: 'bowman22',
  printed: printed('bowman22', 'sec3.1.rkhs-decay'),
  reading: [
    { text: 'O(‖f*‖²_H/t) read with the constant of its proof, sup_σ σe^{−2σt} = 1/(2et): t·‖e^{−T t}r₀‖²/‖f*‖²_H ≤ 1/(2e) for every t > 0, uniformly over targets and kernels (stronger than O with an unspecified constant).', restsOn: 'L198' },
    { text: '‖f*‖²_H = Σ_i ⟨f*, φ_i⟩²/σ_i (Mercer, L²(ρ)-orthonormal φ_i); f* = −r₀ a finite sum of zonal harmonics on the top 1–8 levels (in the RKHS), K^∞ the analytic NTK of the fully connected softplus/tanh network on ρ uniform on S^d.', restsOn: 'L79–83, L198' },
  ],
  domain: 'softplus/tanh, 1–2 hidden layers, S^d with d ∈ [2, 6], target on the top 1–8 levels with coefficients uniform in [−1, 1], t = τ/σ_min with τ ∈ [1e−3, 1e2] (log-uniform)',
  rule: 'holds when t·‖e^{−T t}r₀‖²/‖f*‖²_H ≤ 1/(2e)·(1 + 1e−12) in every case',
  tolerance: 'closed forms in float64 (sums of ≤ 8 terms): relative rounding ≤ 1e−14, allowed 1e−12',
  glossary: {
    ...G.case,
    ...G.couldFail,
    'e^(−Tt)r₀': 'the residual under the idealised gradient flow of T = T_K∞ after time t (closed form on the sphere)',
    '‖e^(−Tt)r₀‖²': 'its squared L²(ρ) norm, Σ_ℓ c_ℓ²e^(−2σ_ℓ t)',
    '‖f*‖²_H': 'squared RKHS norm of the target, Σ_ℓ c_ℓ²/σ_ℓ',
    '‖f*‖² in L²': 'squared L²(ρ) norm of the target, Σ_ℓ c_ℓ²',
    c_ℓ: 'the target’s L²(ρ) mass on eigenvalue level ℓ (coefficients uniform in [−1, 1])',
    σ_min: 'the smallest eigenvalue among the target’s levels',
    levels: 'number of top eigenvalue levels the target spans (1–8)',
    tScale: 'σ_min·t: the time in units of 1/σ_min (log-uniform in [1e−3, 1e2])',
    t: 'time of the flow (units of t = η·steps)',
    't·‖e^(−Tt)r₀‖² / ‖f*‖²_H': 'the measured column: the constant of O(‖f*‖²_H/t) (≤ 1/(2e) ≈ 0.184 by the proof’s sup_σ σe^(−2σt) = 1/(2et))',
    'same with the L² norm': 't·‖e^(−Tt)r₀‖² / ‖f*‖² in L²: the power reference (a case decides when it exceeds 1/(2e))',
    ...G.sigma,
    ...G.fStar,
    ...G.activation,
    ...G.hiddenLayers,
    ...G.d,
    ...G.seed,
  },
  present: (outcome) => {
    // Long times drive both constants to 1e−80 and below; the chart keeps the decades under the bound where a violation would show.
    const floor = BOUND * 1e-6;
    const rows = outcome.measurements.rows.filter((r) => Number(r.measured) >= floor);
    const hidden = outcome.measurements.rows.length - rows.length;
    const xs = rows.map((r) => Number(r.params.tScale));
    const chart: Chart = {
      id: 'rkhs-constant',
      title: `t·‖e^(−Tt)r₀‖² divided by ‖f*‖²_H (the claim) and by ‖f*‖² in L² (the power reference), per case against σ_min·t, with the bound 1/(2e)${hidden > 0 ? ` (${hidden} of ${outcome.measurements.rows.length} cases with a constant below 1e−6/(2e) not drawn)` : ''}`,
      xLabel: 'σ_min·t',
      yLabel: 't·‖e^(−Tt)r₀‖² / norm²',
      xScale: 'log',
      yScale: 'log',
      series: [
        { name: 'divided by ‖f*‖²_H', style: 'points', points: rows.map((r) => [Number(r.params.tScale), Number(r.measured)] as const) },
        { name: 'divided by ‖f*‖² in L² (power reference)', style: 'points', points: rows.map((r) => [Number(r.params.tScale), Number(r.params['same with the L² norm'])] as const) },
        { name: 'bound 1/(2e)', style: 'bound', points: [[Math.min(...xs), BOUND], [Math.max(...xs), BOUND]] },
      ],
    };
    return { charts: rows.length > 0 ? [chart] : [] };
  },
  law: () => ({
    arbitrary: fc.record({
      activation: fc.constantFrom('softplus' as const, 'tanh' as const),
      hiddenLayers: fc.integer({ min: 1, max: 2 }),
      d: fc.integer({ min: 2, max: 6 }),
      levels: fc.integer({ min: 1, max: 8 }),
      tScale: fc.double({ min: -3, max: 2, noNaN: true }).map((e) => 10 ** e),
      seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    }),
    evaluate: (p: RkhsCase) => {
      const r = rkhsCase(p);
      return {
        measured: r.constant,
        bound: BOUND,
        ok: r.constant <= BOUND * (1 + 1e-12),
        decided: r.l2Constant > BOUND,
        margin: Math.log10(BOUND / r.constant),
        extra: { t: r.t, '‖e^(−Tt)r₀‖²': r.decayed, '‖f*‖²_H': r.rkhs, '‖f*‖² in L²': r.l2, 'σ_min': r.smallest, 'same with the L² norm': r.l2Constant },
      };
    },
    numRuns: { quick: 80, paper: 800 },
    measuredLabel: 't·‖e^(−Tt)r₀‖² / ‖f*‖²_H',
    boundLabel: '1/(2e)',
    power: {
      reference: 'the same bound with ‖f*‖²_{L²} in place of ‖f*‖²_H: decided when t·‖e^{−Tt}r₀‖²/‖f*‖²_{L²} > 1/(2e)',
      marginLabel: 'decades: log10((1/(2e)) / measured constant)',
    },
    finding: (cx, worst) => `t·‖e^{−Tt}r₀‖²/‖f*‖²_H = ${Number(cx.measured).toPrecision(4)} exceeds 1/(2e) at t = ${Number(cx.params.t).toPrecision(3)}; worst drawn margin ${worst.margin.toFixed(2)} decades`,
  }),
});
