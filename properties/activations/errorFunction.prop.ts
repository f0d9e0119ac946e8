import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { complementaryErrorFunction, errorFunction, normalCdf } from '../../src/activations/errorFunction.js';
import { errorFunctionReference } from './referenceFixtures.js';

/** Unit roundoff of float64. */
const U = 2 ** -53;
/** Smallest normal float64: below it a result carries an absolute error of a subnormal ulp, 2^−1074. */
const MIN_NORMAL = 2 ** -1022;

/**
 * Cody's approximations are accurate to < 6e−19; the float64 evaluation (a degree-8 rational, two
 * exponentials, one division) adds at most ~10 roundings. Measured: erf ≤ 2.4, erfc ≤ 5.3, Φ ≤ 5.0 units
 * of 2^−53; the bound allows 16.
 */
const ULPS = 16;

function relativeError(value: number, reference: number): number {
  return Math.abs(value - reference) / Math.max(Math.abs(reference), MIN_NORMAL);
}

describe('the float64 error function (Cody) against mpmath', () => {
  const { rows } = errorFunctionReference();

  it('erf, erfc and Φ agree with 40-digit mpmath to 16 units of 2^−53 relative, tails included', () => {
    let worst = 0;
    for (const [x, erf, erfc, phi] of rows) {
      for (const [value, reference] of [
        [errorFunction(x), erf],
        [complementaryErrorFunction(x), erfc],
        [normalCdf(x), phi],
      ] as const) {
        const e = relativeError(value, reference);
        worst = Math.max(worst, e);
        expect(e, `x = ${x}`).toBeLessThanOrEqual(ULPS * U);
      }
    }
    expect(worst).toBeGreaterThan(0);
  });

  test.prop([fc.double({ min: -40, max: 40, noNaN: true })])('erf is odd, exactly', (x) => {
    expect(errorFunction(-x)).toBe(-errorFunction(x));
  });

  // erf + erfc = 1: each carries ≤ 16 ulps of its own size, and the sum one more rounding.
  test.prop([fc.double({ min: -40, max: 40, noNaN: true })])('erf(x) + erfc(x) = 1 and Φ(x) + Φ(−x) = 1', (x) => {
    const tol = (ULPS + 1) * U * (Math.abs(errorFunction(x)) + complementaryErrorFunction(x));
    expect(Math.abs(errorFunction(x) + complementaryErrorFunction(x) - 1)).toBeLessThanOrEqual(tol);
    expect(Math.abs(normalCdf(x) + normalCdf(-x) - 1)).toBeLessThanOrEqual((ULPS + 1) * U);
  });

  it('limits: erf(±∞) = ±1, erfc(+∞) = 0, erfc(−∞) = 2, Φ(±∞) ∈ {0, 1}; NaN stays NaN', () => {
    expect([errorFunction(Infinity), errorFunction(-Infinity)]).toEqual([1, -1]);
    expect([complementaryErrorFunction(Infinity), complementaryErrorFunction(-Infinity)]).toEqual([0, 2]);
    expect([normalCdf(-Infinity), normalCdf(Infinity)]).toEqual([0, 1]);
    expect(errorFunction(NaN)).toBeNaN();
  });
});
