import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { levelRate } from '../../src/kernelRegime/levelRate.js';
import { createRng } from '../../src/random/rng.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

/** Bowman & Montúfar Observations 3.8 and 3.9: verdict regressions and the rate fit they rest on. */
describe('bowman22 Observations 3.8 and 3.9', () => {
  itMeasuresExpectedVerdict('bowman22.obs3.8.top-eigenfunctions');
  itMeasuresExpectedVerdict('bowman22.obs3.9.linear-width');

  test.prop([fc.double({ min: 1e-4, max: 0.7, noNaN: true }), fc.double({ min: 0.01, max: 0.05, noNaN: true }), fc.integer({ min: 0, max: 2 ** 31 - 1 })])(
    'levelRate recovers the rate of a noisy exponential a² = e^{−2ρS} within 4 of its standard errors',
    (rho, rel, seed) => {
      const rng = createRng(seed);
      const steps = [0, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192];
      const estimates = steps.map((s) => {
        const truth = Math.exp(-2 * rho * s) / 3;
        return { estimate: truth * (1 + rel * rng.normal()), standardError: truth * rel };
      });
      const fit = levelRate(steps, estimates, Math.min(192, 2 / rho));
      expect(fit).toBeDefined();
      expect(Math.abs(fit!.rate - rho)).toBeLessThanOrEqual(4 * fit!.standardError);
    },
  );
});
