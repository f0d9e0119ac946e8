import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { eq22Evaluate } from '../../src/claims/dandi21/eq22Case.js';
import { binomialTail } from '../../src/claims/dandi21/hoeffdingStep.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

describe('Dandi & Jacot eq. (22) and the Hoeffding step of §5.3 (two readings each)', () => {
  itMeasuresExpectedVerdict('dandi21.eq22.eigen-decrements');
  itMeasuresExpectedVerdict('dandi21.eq22.eigen-decrements.l2-norm');

  it('eq. (22) as printed can fail and does: the κ-norm reading misses −∂_tC by far more than the rounding tolerance', () => {
    const printed = eq22Evaluate({ n: 20, layer: 1, seed: 3 }, 'kappa-norm');
    expect(printed.ok).toBe(false);
    const l2 = eq22Evaluate({ n: 20, layer: 1, seed: 3 }, 'l2-norm');
    expect(l2.ok && l2.decided).toBe(true);
  });

  itMeasuresExpectedVerdict('dandi21.sec5.3.hoeffding-tail');
  itMeasuresExpectedVerdict('dandi21.sec5.3.hoeffding-tail.unit-sup');

  // The exact binomial tail against direct summation of the probability mass function.
  test.prop([fc.integer({ min: 1, max: 60 }), fc.double({ min: 0.001, max: 0.999, noNaN: true })])('binomialTail(k, D, p) = Σ_{i≥k} C(D, i)p^i(1 − p)^{D−i}', (D, p) => {
    const k = Math.floor(D / 3);
    let direct = 0;
    for (let i = k; i <= D; i++) {
      let c = 1;
      for (let j = 1; j <= i; j++) c *= (D - j + 1) / j;
      direct += c * p ** i * (1 - p) ** (D - i);
    }
    expect(Math.abs(binomialTail(k, D, p) - Math.min(1, direct))).toBeLessThanOrEqual(1e-12 * D);
  });
});
