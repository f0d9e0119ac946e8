import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { activationByName } from '../../src/activations/activationByName.js';
import { lemma3Evaluate } from '../../src/claims/dandi21/lemma3Case.js';
import { reluKernelTaylor } from '../../src/claims/dandi21/reluKernelTaylor.js';
import { thm2Case } from '../../src/claims/dandi21/thm2PowerSeriesRatio.js';
import { twoLayerPowerSeries } from '../../src/layerwise/twoLayerPowerSeries.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

describe('Dandi & Jacot Theorem 2 (r(i) = i²) and Lemma 3 (two readings)', () => {
  itMeasuresExpectedVerdict('dandi21.thm2.power-series-ratio', (r) => {
    // Measured r(i) = i: the tightest form's |r(i)/i − 1| is at the coefficients' accuracy.
    expect(r.tightest?.value).toBeLessThan(1e-6);
    const i = r.counterexample?.params.i as number;
    expect(Math.abs((r.counterexample?.measured as number) - i)).toBeLessThan(1e-6 * i);
  });

  // Second, Hermite-free route: relu's closed-form Taylor coefficients agree with the Lemma 1 power series
  // within its error bound, and their ratio is exactly i (to rounding).
  test.prop([fc.integer({ min: 0, max: 40 })])('relu: closed-form Taylor coefficients equal the Hermite series and give r(i) = i', (i) => {
    const series = twoLayerPowerSeries(activationByName('relu'));
    const [c1, c2] = reluKernelTaylor(i);
    const slack = 4 * (2 * i + 8) * Number.EPSILON;
    expect(Math.abs(c1 - series.first.coefficients[i]!)).toBeLessThanOrEqual(series.first.coefficientError[i]! + slack * c1);
    expect(Math.abs(c2 - series.second.coefficients[i]!)).toBeLessThanOrEqual(series.second.coefficientError[i]! + slack * c2);
    if (i >= 2 && c2 > 0) expect(Math.abs(c1 / c2 - i)).toBeLessThanOrEqual(16 * slack * i);
  });

  it('Theorem 2 can fail and is decided from i = 2 on: r(2) = 2 against i² = 4 for gelu', () => {
    const r = thm2Case({ activation: 'gelu', i: 2 });
    expect(r.ok).toBe(false);
    expect(r.decided).toBe(true);
    // i = 1 decides nothing (i² = i).
    expect(thm2Case({ activation: 'gelu', i: 1 }).decided).toBe(false);
  });

  itMeasuresExpectedVerdict('dandi21.lemma3.legendre-ratio');
  itMeasuresExpectedVerdict('dandi21.lemma3.legendre-ratio.nonnegative');

  it('the counterexample of the refutation evidence: S², l = 0, h = 1 − 2u², g = 1 − 4u² gives g_{P_0}/h_{P_0} = −1 < 1', () => {
    const r = lemma3Evaluate({ d: 3, l: 0, h: '1,0,-2', ratios: '1,1,2' });
    expect(Math.abs((r.measured as number) + 1)).toBeLessThan(1e-14);
    expect(r.ok).toBe(false);
    expect(r.decided).toBe(true);
  });
});
