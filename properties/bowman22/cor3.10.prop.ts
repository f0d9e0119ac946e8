import { describe, expect, it } from 'vitest';
import { pooledExponent } from '../../src/kernelRegime/exponentInterval.js';
import { decideRate, geometricMean } from '../../src/kernelRegime/rateDecision.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

/** Bowman & Montúfar Corollary 3.10: the top level is learned, ‖P_k r_T‖² = Õ(n^{−1/2}) along m ∝ n. */
describe('bowman22 Corollary 3.10', () => {
  itMeasuresExpectedVerdict('bowman22.cor3.10.top-level-learned');

  it('can fail: per-size means that stay at ‖P_k r₀‖² (a level not learned, ±10 % scatter) are refuted by the same rule at the quick sizes', () => {
    const ns = [16, 32, 64, 128, 256];
    const means = ns.map((_, i) => (1 / 3) * (1 + 0.1 * Math.sin(7 * i)));
    const rule = decideRate(pooledExponent(ns, means), -0.5, geometricMean(ns));
    expect(rule.threshold).toBeLessThan(0);
    expect(rule.decision).toBe('refuted');
  });
});
