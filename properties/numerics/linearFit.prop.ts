import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { linearFit } from '../../src/numerics/linearFit.js';
import { logLogSlope } from '../../src/numerics/logLogSlope.js';

describe('linearFit (rates of the §4 projection curves)', () => {
  // Coefficients on a 0.01 grid: well-scaled lines (subnormal slopes would only test underflow).
  const grid = fc.integer({ min: -500, max: 500 }).map((k) => k / 100);
  test.prop([grid, grid, fc.integer({ min: 3, max: 200 })])(
    'recovers an exact line with zero standard error and R² = 1',
    (a, b, n) => {
      const u = Array.from({ length: n }, (_, i) => i);
      const fit = linearFit(u, u.map((x) => a + b * x));
      expect(Math.abs(fit.slope - b)).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(b)) + 1e-12 * Math.abs(a) / n);
      expect(fit.standardError).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(a) + Math.abs(b)));
      if (b !== 0) expect(fit.rSquared).toBeGreaterThan(1 - 1e-9);
    },
  );

  it('gives the textbook standard error on a known case', () => {
    // v = (0, 2, 1, 3) on u = 0..3: slope 0.8, residuals (0.3, 1.5, −0.3, 0.9) − …; s² = SSE/(N − 2), se = √(s²/Suu).
    const fit = linearFit([0, 1, 2, 3], [0, 2, 1, 3]);
    expect(fit.slope).toBeCloseTo(0.8, 14);
    expect(fit.standardError).toBeCloseTo(Math.sqrt(1.8 / 2 / 5), 14);
    expect(fit.rSquared).toBeCloseTo(1 - 1.8 / 5, 14);
    expect(() => linearFit([1, 1, 1], [1, 2, 3])).toThrow(/distinct abscissae/);
    expect(() => linearFit([1], [1])).toThrow(/u and v must have equal length ≥ 2, got 1 and 1/);
  });

  it('two points: the line through them, with no degrees of freedom left for a standard error (NaN)', () => {
    const fit = linearFit([1, 3], [2, 8]);
    expect(fit.slope).toBe(3);
    expect(fit.intercept).toBe(-1);
    expect(fit.standardError).toBeNaN();
  });

  test.prop([fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true }), fc.integer({ min: 2, max: 30 })])(
    'logLogSlope recovers the exponent p of C·x^p',
    (p, c, n) => {
      const xs = Array.from({ length: n }, (_, i) => 2 ** i);
      expect(Math.abs(logLogSlope(xs, xs.map((x) => c * x ** p)) - p)).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(p)));
    },
  );
});
