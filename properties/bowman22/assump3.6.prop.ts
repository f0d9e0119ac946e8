import { beforeAll, describe, expect, it } from 'vitest';
import { concentrationCase } from '../../src/claims/bowman22/assump36KernelConcentration.js';
import { PESSIMISTIC_EXPONENT } from '../../src/claims/bowman22/assump36KernelConcentration.js';
import { pooledExponent } from '../../src/kernelRegime/exponentInterval.js';
import { decideRate, geometricMean } from '../../src/kernelRegime/rateDecision.js';
import { initBackend } from '../../src/networks/backend.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

beforeAll(async () => {
  await initBackend();
});

/** Bowman & Montúfar §3.1 / Assumption 3.6: K₀ → K^∞ at rate Õ(m^{−1/2}). */
describe('bowman22 Assumption 3.6 (kernel concentration)', () => {
  itMeasuresExpectedVerdict('bowman22.assump3.6.kernel-concentration', (r) => {
    for (const row of r.measurements.rows) {
      // The squared L² deviation decays like 1/m (its exponent's interval contains −1 or lies below −1/2).
      const [lo, hi] = String(row.params['interval, squared L² norm']).slice(1, -1).split(',').map(Number);
      expect(hi!).toBeLessThan(-0.5);
      expect(lo!).toBeLessThan(-0.9);
    }
  });

  itMeasuresExpectedVerdict('bowman22.assump3.6.kernel-concentration.pointwise');

  it('can fail: deviations decaying like the pessimistic m^{−1/4} never hold at the quick widths (refuted when exact, not holds with ±20 % scatter)', () => {
    const widths = [16, 32, 64, 128, 256, 512, 1024];
    const xs = [0, 1, 2].flatMap(() => widths);
    const exact = decideRate(pooledExponent(xs, xs.map((m, i) => m ** -0.25 * (1 + 1e-9 * Math.sin(i)))), -0.5, geometricMean(widths));
    const noisy = decideRate(pooledExponent(xs, xs.map((m, i) => m ** -0.25 * (1 + 0.2 * Math.sin(3 * i)))), -0.5, geometricMean(widths));
    expect(exact.threshold).toBeLessThan(PESSIMISTIC_EXPONENT);
    expect(exact.decision).toBe('refuted');
    expect(noisy.decision).not.toBe('holds');
  });

  it('a case drawn by this suite (tanh, one hidden layer, S^4): sup exponent within the Õ(m^{−1/2}) rule', () => {
    const r = concentrationCase({ activation: 'tanh', hiddenLayers: 1, d: 4, seed: 20211124 }, 'quick');
    expect(r.supRule.decision).not.toBe('refuted');
    expect(r.sup.lower).toBeLessThan(-0.5 + 1 / Math.log(256));
  });
});
