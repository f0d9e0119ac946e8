import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { smoothInterpolant } from '../../src/numerics/smoothInterpolant.js';

describe('smoothInterpolant (the fast stand-in for costly dot-product kernels)', () => {
  test.prop([fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: 1.1, max: 4, noNaN: true }), fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 20, maxLength: 20 })], { numRuns: 20 })(
    'reproduces analytic functions (exp(au), 1/(b − u)) at random points within its measured error, which is tiny',
    (a, b, us) => {
      const f = (u: number) => [Math.exp(a * u), 1 / (b - u)];
      const g = smoothInterpolant(f, 2);
      // Geometric convergence: ρ = b + √(b² − 1) ≥ 1.56 for the pole, so 96 Chebyshev nodes reach 1e−12·max|f|.
      expect(g.interpolationError[0]).toBeLessThanOrEqual(1e-12 * Math.exp(Math.abs(a)));
      expect(g.interpolationError[1]).toBeLessThanOrEqual(1e-11 / (b - 1));
      for (const u of us) {
        const [e, p] = f(u);
        // The error is measured at the midpoints where it peaks; anywhere else it is at most that (× 2 margin).
        expect(Math.abs(g.value(0, u) - e!)).toBeLessThanOrEqual(2 * g.interpolationError[0]! + 4 * Number.EPSILON * e!);
        expect(Math.abs(g.value(1, u) - p!)).toBeLessThanOrEqual(2 * g.interpolationError[1]! + 4 * Number.EPSILON * p!);
      }
    },
  );

  it('reports a large error for a function that is not smooth at ±1 (the arc-cosine kernels of relu)', () => {
    const g = smoothInterpolant((u) => [Math.sqrt(1 - u * u)], 1);
    expect(g.interpolationError[0]).toBeGreaterThan(1e-6);
  });

  it('rejects a wrong component count or a non-finite value by name', () => {
    expect(() => smoothInterpolant(() => [1, 2], 1)).toThrow(/f must return 1 components, got 2/);
    expect(() => smoothInterpolant((u) => [u > 0.5 ? Number.NaN : 1], 1)).toThrow(/non-finite component 0/);
    expect(() => smoothInterpolant(() => [1], 0)).toThrow(/components must be an integer in \[1, 64\]/);
  });
});
