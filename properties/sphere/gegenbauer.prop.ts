import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { describe, expect } from 'vitest';
import { gegenbauer, gegenbauerAll } from '../../src/sphere/gegenbauer.js';

/** The same three-term recurrence in 60-digit decimal arithmetic: an independent, higher-precision evaluation. */
function gegenbauerHighPrecision(d: number, k: number, t: number): number {
  const D = Decimal.clone({ precision: 60 });
  const x = new D(t);
  let p0 = new D(1);
  let p1 = x;
  if (k === 0) return 1;
  for (let j = 1; j < k; j++) {
    const p2 = x.mul(2 * j + d - 1).mul(p1).sub(p0.mul(j)).div(j + d - 1);
    p0 = p1;
    p1 = p2;
  }
  return p1.toNumber();
}

const unit = fc.double({ min: -1, max: 1, noNaN: true });

describe('Gegenbauer polynomials P_k on S^d, normalised P_k(1) = 1', () => {
  test.prop([fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 200 })])('P_k(1) = 1 and P_k(−1) = (−1)^k (exact up to 2k ulps)', (d, k) => {
    expect(Math.abs(gegenbauer(d, k, 1) - 1)).toBeLessThanOrEqual(2 * k * Number.EPSILON);
    expect(Math.abs(gegenbauer(d, k, -1) - (-1) ** k)).toBeLessThanOrEqual(2 * k * Number.EPSILON);
  });

  // d = 1: P_k = T_k, T_k(cos θ) = cos kθ. Bound: recurrence error 4(k+1)ε, the reference's cos(kθ)
  // argument error kθε, and the rounding of t = cos θ propagated by |T_k'| ≤ k²: k²ε.
  test.prop([fc.integer({ min: 0, max: 200 }), fc.double({ min: 0, max: Math.PI, noNaN: true })])('on the circle P_k(cos θ) = cos kθ', (k, theta) => {
    expect(Math.abs(gegenbauer(1, k, Math.cos(theta)) - Math.cos(k * theta))).toBeLessThanOrEqual((4 * (k + 1) * (1 + k * theta) + k * k) * Number.EPSILON);
  });

  // d = 3 (λ = 1): P_k = U_k/(k+1) = sin((k+1)θ)/((k+1) sin θ); θ kept away from 0, π where the closed form itself loses digits.
  test.prop([fc.integer({ min: 0, max: 200 }), fc.double({ min: 0.05, max: Math.PI - 0.05, noNaN: true })])('on S³ P_k(cos θ) = sin((k+1)θ)/((k+1) sin θ)', (k, theta) => {
    const closed = Math.sin((k + 1) * theta) / ((k + 1) * Math.sin(theta));
    expect(Math.abs(gegenbauer(3, k, Math.cos(theta)) - closed)).toBeLessThanOrEqual((8 * (k + 1) * (k + 1) * Number.EPSILON) / Math.sin(theta));
  });

  // Stability for k ≤ 200, d ≤ 10 000: the float64 recurrence agrees with 60-digit arithmetic to a forward error ≤ 8(k+1)ε (|P_k| ≤ 1).
  test.prop([fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 200 }), unit], { numRuns: 200 })('the float64 recurrence matches 60-digit arithmetic', (d, k, t) => {
    expect(Math.abs(gegenbauer(d, k, t) - gegenbauerHighPrecision(d, k, t))).toBeLessThanOrEqual(8 * (k + 1) * Number.EPSILON);
  });

  test.prop([fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 50 }), unit])('|P_k(t)| ≤ 1 on [−1, 1] (up to rounding)', (d, k, t) => {
    expect(Math.max(...gegenbauerAll(d, k, t).map(Math.abs))).toBeLessThanOrEqual(1 + 8 * (k + 1) * Number.EPSILON);
  });

  test.prop([fc.oneof(fc.constant(NaN), fc.constant(Infinity), fc.double({ min: 1.000001, max: 10 }))])('t outside [−1, 1] or non-finite is rejected by name', (t) => {
    expect(() => gegenbauer(3, 2, t)).toThrow(/^t must be a finite number in \[-1\.000000000001, 1\.000000000001\]/);
  });

  test.prop([fc.oneof(fc.integer({ max: 0 }), fc.double({ min: 1.1, max: 9.9, noInteger: true }))])('a bad sphere dimension is rejected by name', (d) => {
    expect(() => gegenbauer(d, 2, 0.5)).toThrow(/^d must be an integer ≥ 1/);
  });
});
