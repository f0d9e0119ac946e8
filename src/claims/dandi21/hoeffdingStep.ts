import fc from 'fast-check';
import type { ForAllSpec } from '../checkForAll.js';
import { MAX_SCALE, thm1Measure, type Thm1Case } from './thm1Measurement.js';
import { thm1Arbitrary } from './thm1Arbitrary.js';

/** Scales sup|g| = 2^e, e = −10, −9.75, …, 10, on which the Hoeffding step is tested. */
const EXPONENTS = Array.from({ length: 81 }, (_, i) => -10 + i / 4);
/** Thresholds: the deviations' empirical quantiles of these levels (the tail frequency is then ≈ 1 − level). */
const LEVELS = [0.5, 0.9, 0.99];
/** Family-wise level of the exact binomial tests over every scale, side and threshold of a case. */
const ALPHA = 1e-3 / (EXPONENTS.length * 2 * LEVELS.length);

/** P(X ≥ k) for X ∼ Binomial(D, p), summed in log space. */
export function binomialTail(k: number, D: number, p: number): number {
  if (k <= 0) return 1;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  let logC = 0;
  for (let i = 1; i <= k; i++) logC += Math.log((D - i + 1) / i);
  let sum = 0;
  for (let i = k; i <= D; i++) {
    sum += Math.exp(logC + i * Math.log(p) + (D - i) * Math.log1p(-p));
    logC += Math.log((D - i) / (i + 1));
  }
  return Math.min(1, sum);
}
const show = (v: number) => Number(v.toPrecision(3));

/**
 * The critical scale of the printed Hoeffding step (§5.3, L112; appendix 8, L349):
 * Pr[|(1/n)Σφ_ℓ − λ_ℓ| ≥ t] ≤ 2e^{−2nt²/(A_ℓC²)}. With g → s·g, deviations scale by s² and C by s, so at
 * threshold s²t the printed bound is 2e^{−2ns²t²/(A_ℓC²)} while the frequency of deviations ≥ t at unit
 * scale is unchanged. At thresholds t = the 50 %, 90 % and 99 % quantiles of the measured deviations of
 * φ₁ and φ₂ (each draw's |mean − λ_ℓ| at sup|g| = 1), the count of deviations ≥ t is tested against
 * Binomial(D, bound) exactly, at family-wise level 1e−3 over the case's 486 tests (Bonferroni);
 * s* is the largest 2^e (grid step 2^{1/4}) up to which no test rejects (0 if one rejects at 2^−10).
 */
export function hoeffdingCriticalScale(c: Thm1Case): { critical: number; worst: string } {
  const m = thm1Measure(c);
  const sides = [
    { A: m.A, lambda: m.lambda1, means: m.means.first, name: 'φ₁' },
    { A: m.B, lambda: m.lambda2, means: m.means.second, name: 'φ₂' },
  ];
  let critical = 0;
  let worst = '';
  for (const e of EXPONENTS) {
    const s = 2 ** e;
    for (const side of sides) {
      const deviations = side.means.map((v) => Math.abs(v - side.lambda)).sort((a, b) => a - b);
      const D = deviations.length;
      for (const level of LEVELS) {
        const t = deviations[Math.floor(level * (D - 1))]!;
        if (t === 0) continue;
        const count = deviations.filter((v) => v >= t).length;
        const bound = Math.min(1, 2 * Math.exp((-2 * c.n * s * s * t * t) / (side.A * m.C * m.C)));
        if (binomialTail(count, D, bound) < ALPHA) {
          return { critical, worst: `${side.name}: ${count} of ${D} deviations ≥ ${show(t)}·sup|g|² against the printed tail ${show(bound)} at sup|g| = 2^${e} (binomial p-value < ${show(ALPHA)})` };
        }
      }
    }
    critical = s;
    worst = '';
  }
  return { critical: Infinity, worst };
}

/** The law of the Hoeffding step: s* must reach `required` (2^10 for arbitrary g, 1 for sup|g| = 1). */
export function hoeffdingLaw(scale: 'quick' | 'paper', required: number): ForAllSpec<Thm1Case> {
  return {
    arbitrary: thm1Arbitrary(scale, fc.constant(0.1)),
    evaluate: (c) => {
      const { critical, worst } = hoeffdingCriticalScale(c);
      return {
        measured: critical,
        bound: required,
        ok: critical >= required,
        decided: true,
        margin: critical === 0 ? Math.log2(2 ** -10.25 / required) : Math.log2(Math.min(critical, MAX_SCALE) / required),
        extra: { 'first violation': worst || 'none up to 2¹⁰' },
      };
    },
    numRuns: { quick: 12, paper: 100 },
    measuredLabel: 'critical sup|g| s*',
    boundLabel: `required: s* ≥ ${required === 1 ? '1' : '2¹⁰'}`,
    power: {
      reference: 'a tail bound below the measured tail frequency of |(1/n)Σφ_ℓ − λ_ℓ| at some threshold: every case with non-degenerate deviations can fail',
      marginLabel: `octaves: log2(s*/${required === 1 ? '1' : '2^10'}), s* capped at the grid\'s ends 2^−10.25 and 2^10; negative when violated`,
    },
    finding: (cx, worstCase) =>
      `the printed Hoeffding tail 2e^{−2nt²/(AC²)} holds only up to sup|g| = ${show(cx.measured as number)} < ${required === 1 ? '1' : '2^10'} (${cx.params.activation}, d = ${cx.params.d}, n = ${cx.params.n}; shrunk): ${cx.params['first violation']}; worst drawn case s* = ${show(worstCase.measured as number)} (${worstCase.params.activation}, n = ${worstCase.params.n})`,
  };
}

