import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ACTIVATION_NAMES } from '../../src/activations/activation.js';
import { activationByName } from '../../src/activations/activationByName.js';

/** Unit roundoff of float64. */
const U = 2 ** -53;
/** Central-difference step, a power of two (x ± δ then rounds by ≤ u·|x|). */
const DELTA = 2 ** -17;
/**
 * |D_δσ(x) − σ'(x)| ≤ δ²/6·max|σ'''| (≤ 3 for all six: tanh''' peaks at 2, erf''' at 2.26)
 *                    + (|σ(x + δ)| + |σ(x − δ)|)·u/(2δ) + |σ'(x)|·u·|x|/δ (rounding of x ± δ)
 * ≤ 2.9e−11 + 1.5e−10 + 1.5e−10 for |x| ≤ 10, |σ| ≤ 10, |σ'| ≤ 1.2.
 */
const DERIVATIVE_TOLERANCE = (DELTA ** 2 / 6) * 3 + (20 * U) / (2 * DELTA) + (1.2 * U * 10) / DELTA;

describe('the activation records', () => {
  it('activationByName returns the record of each name, and smooth is Bowman & Montúfar Assumption 3.1 (false for relu only)', () => {
    for (const name of ACTIVATION_NAMES) {
      const act = activationByName(name);
      expect(act.name).toBe(name);
      expect(act.smooth).toBe(name !== 'relu');
    }
  });

  test.prop([fc.string().filter((s) => !(ACTIVATION_NAMES as readonly string[]).includes(s))])(
    'an unknown name is a RangeError listing the allowed names',
    (name) => {
      expect(() => activationByName(name)).toThrow(RangeError);
      expect(() => activationByName(name)).toThrow(/^name must be one of relu, tanh, erf, softplus, sigmoid, gelu; got/);
    },
  );

  test.prop([fc.constantFrom(...ACTIVATION_NAMES), fc.double({ min: -10, max: 10, noNaN: true })], { numRuns: 300 })(
    'σ′ is the derivative of σ (central difference, away from the relu kink)',
    (name, x) => {
      fc.pre(name !== 'relu' || Math.abs(x) > 2 * DELTA);
      const act = activationByName(name);
      const difference = (act.sigma(x + DELTA) - act.sigma(x - DELTA)) / (2 * DELTA);
      expect(Math.abs(difference - act.sigmaPrime(x))).toBeLessThanOrEqual(DERIVATIVE_TOLERANCE);
    },
  );

  test.prop([fc.constantFrom(...ACTIVATION_NAMES), fc.double({ noNaN: true })], { numRuns: 300 })(
    'σ and σ′ are finite for every finite or infinite float64 input (no exp overflow)',
    (name, x) => {
      const act = activationByName(name);
      const value = act.sigma(x);
      if (Number.isFinite(x)) expect(Number.isFinite(value)).toBe(true);
      expect(Number.isFinite(act.sigmaPrime(x))).toBe(true);
    },
  );

  it('the tails take their limits: softplus(±1000), sigmoid(±1000), tanh′(±1000), gelu(±40)', () => {
    const [softplus, sigmoid, tanh, gelu] = ['softplus', 'sigmoid', 'tanh', 'gelu'].map(activationByName);
    expect([softplus!.sigma(1000), softplus!.sigma(-1000), softplus!.sigma(-40)]).toEqual([1000, 0, Math.exp(-40)]);
    expect([sigmoid!.sigma(1000), sigmoid!.sigma(-1000), sigmoid!.sigmaPrime(-1000)]).toEqual([1, 0, 0]);
    expect([tanh!.sigmaPrime(1000), tanh!.sigmaPrime(-1000)]).toEqual([0, 0]);
    expect([gelu!.sigma(40), gelu!.sigma(-40)]).toEqual([40, -0]);
  });

  it('Hermite coefficients are computed once and shared frozen', () => {
    for (const name of ACTIVATION_NAMES) {
      const act = activationByName(name);
      for (const convention of ['paper', 'orthonormal'] as const) {
        expect(act.hermite(convention)).toBe(act.hermite(convention));
        expect(Object.isFrozen(act.hermitePrime(convention))).toBe(true);
        expect(act.hermite(convention)).toHaveLength(61);
      }
    }
  });
});
