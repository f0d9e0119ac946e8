import { beforeAll, describe, expect, it } from 'vitest';
import { concentrationCase } from '../../src/claims/bowman22/assump36KernelConcentration.js';
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
      const [lo, hi] = String(row.params.l2SquaredInterval).slice(1, -1).split(',').map(Number);
      expect(hi!).toBeLessThan(-0.5);
      expect(lo!).toBeLessThan(-0.9);
    }
  });

  it('a case drawn by this suite (tanh, one hidden layer, S^4): sup exponent within the Õ(m^{−1/2}) rule', () => {
    const r = concentrationCase({ activation: 'tanh', hiddenLayers: 1, d: 4, seed: 20211124 }, 'quick');
    expect(r.supRule.decision).not.toBe('refuted');
    expect(r.sup.lower).toBeLessThan(-0.5 + 1 / Math.log(256));
  });
});
