import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { forAllClaim } from '../forAllClaim.js';
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
        extra: { t: r.t, decayed: r.decayed, rkhsNormSquared: r.rkhs, l2NormSquared: r.l2, 'σ_min': r.smallest, 'with L² norm': r.l2Constant },
      };
    },
    numRuns: { quick: 80, paper: 800 },
    measuredLabel: 't·‖e^{−Tt}r₀‖²/‖f*‖²_H',
    boundLabel: '1/(2e)',
    power: {
      reference: 'the same bound with ‖f*‖²_{L²} in place of ‖f*‖²_H: decided when t·‖e^{−Tt}r₀‖²/‖f*‖²_{L²} > 1/(2e)',
      marginLabel: 'decades: log10((1/(2e)) / measured constant)',
    },
    finding: (cx, worst) => `t·‖e^{−Tt}r₀‖²/‖f*‖²_H = ${Number(cx.measured).toPrecision(4)} exceeds 1/(2e) at t = ${Number(cx.params.t).toPrecision(3)}; worst drawn margin ${worst.margin.toFixed(2)} decades`,
  }),
});
