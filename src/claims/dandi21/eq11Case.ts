import fc from 'fast-check';
import type { CaseResult } from '../checkForAll.js';
import { gaussHermiteRule } from './gaussHermiteRule.js';

export interface Eq11Case extends Record<string, number> {
  n: number;
  m: number;
  /** ρ = k/10. */
  k: number;
}

export const EQ11_MAX_DEGREE = 12;

/** Half of the draws have m = n (the only cases where the conventions differ), the others any m. */
export const eq11Arbitrary: fc.Arbitrary<Eq11Case> = fc
  .record({
    n: fc.integer({ min: 0, max: EQ11_MAX_DEGREE }),
    diagonal: fc.boolean(),
    m: fc.integer({ min: 0, max: EQ11_MAX_DEGREE }),
    k: fc.integer({ min: -10, max: 10 }),
  })
  .map(({ n, diagonal, m, k }) => ({ n, m: diagonal ? n : m, k }));

/** He_0..He_N at x by the recurrence (14), He_{k+1} = xHe_k − kHe_{k−1}. */
function monicHermite(x: number, N: number): Float64Array {
  const h = new Float64Array(N + 1);
  h[0] = 1;
  if (N >= 1) h[1] = x;
  for (let k = 1; k < N; k++) h[k + 1] = x * h[k]! - k * h[k - 1]!;
  return h;
}

const factorial = (n: number) => Array.from({ length: n }, (_, i) => i + 1).reduce((p, v) => p * v, 1);

/** E[He_n(x)He_m(y)], x, y ∼ N(0, 1) with correlation ρ (y = ρx + √(1 − ρ²)z), by a K × K Gauss–Hermite rule; also Σ w|He_nHe_m|. */
function pairMoment(n: number, m: number, rho: number, K: number): { value: number; size: number } {
  const { nodes, weights } = gaussHermiteRule(K);
  const c = Math.sqrt(1 - rho * rho);
  let value = 0;
  let size = 0;
  for (let a = 0; a < K; a++) {
    const hx = monicHermite(nodes[a]!, n)[n]!;
    for (let b = 0; b < K; b++) {
      const t = weights[a]! * weights[b]! * hx * monicHermite(rho * nodes[a]! + c * nodes[b]!, m)[m]!;
      value += t;
      size += Math.abs(t);
    }
  }
  return { value, size };
}

/**
 * Eq. (11) at (n, m, ρ) with H_n = He_n/s_n, s_n = √(n!) (orthonormal) or 1 (monic): the measured moment
 * E[H_n(x)H_m(y)] by a 30 × 30 Gauss–Hermite rule (exact for the degree n + m ≤ 24 ≤ 59 polynomial, so the
 * only error is rounding), against the printed ρ^n·δ_nm. Tolerance: |rule₃₀ − rule₃₆| + (K² + n + m + 4)·ε·Σw|H_nH_m|
 * (recursive summation of K² terms, each from a recurrence of n + m steps). Power: the other convention's
 * contrast n!ρ^n·δ_nm (monic) against ρ^nδ_nm (orthonormal); decided when the two differ by more than the tolerance.
 */
export function eq11Evaluate({ n, m, k }: Eq11Case, convention: 'orthonormal' | 'monic'): CaseResult {
  const rho = k / 10;
  const scale = convention === 'orthonormal' ? Math.sqrt(factorial(n) * factorial(m)) : 1;
  const fine = pairMoment(n, m, rho, 30);
  const check = pairMoment(n, m, rho, 36);
  const measured = fine.value / scale;
  const tolerance = (Math.abs(fine.value - check.value) + (900 + n + m + 4) * Number.EPSILON * fine.size) / scale;
  const claimed = n === m ? rho ** n : 0;
  const other = n === m ? factorial(n) * rho ** n : 0;
  const gap = Math.abs(measured - claimed);
  return {
    measured,
    bound: claimed,
    ok: gap <= tolerance,
    decided: Math.abs(other - claimed) > tolerance,
    margin: Math.log10(tolerance) - Math.log10(Math.max(gap, Number.MIN_VALUE)),
    extra: { ρ: rho, tolerance, 'other convention: n!·ρ^n·δ_nm': other },
  };
}
