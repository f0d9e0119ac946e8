import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { assump31Activations, DERIVATIVE_SUPREMA, smoothRatios } from '../../src/claims/bowman22/assump31Activations.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

/** Bowman & Montúfar §3: softplus, sigmoid and tanh satisfy Assumption 3.1; ReLU does not. */
describe('bowman22 Assumption 3.1 (which activations satisfy it)', () => {
  itMeasuresExpectedVerdict('bowman22.assump3.1.activations');

  const names = ['softplus', 'sigmoid', 'tanh'] as const;
  test.prop([fc.constantFrom(...names), fc.double({ min: -8, max: 8, noNaN: true }), fc.double({ min: -4, max: 0, noNaN: true })], { numRuns: 200 })(
    'every finite-difference ratio of a smooth activation is ≤ 1 (the suprema are its derivatives\' sup)',
    (name, x, e) => {
      for (const ratio of smoothRatios(name, x, 10 ** e)) expect(ratio).toBeLessThanOrEqual(1);
    },
  );

  it('can fail: with each supremum halved, the ratio exceeds 1 where the derivative peaks (the bounds are tight)', () => {
    // sup|σ′| at 0 (sigmoid, tanh) or +∞ (softplus: take x = 8); sup|σ″|, sup|σ‴| located by scanning.
    for (const name of names) {
      const halved = DERIVATIVE_SUPREMA[name].map((l) => l / 2);
      const worst = [0, 1, 2].map((i) => Math.max(...Array.from({ length: 1601 }, (_, j) => smoothRatios(name, -8 + j / 100, 1e-3, halved)[i]!)));
      for (const w of worst) expect(w).toBeGreaterThan(1.9);
    }
  });

  it('can fail: the law refutes a relu case whose σ′ quotient stays bounded (h so large that 1/h < max L₂)', () => {
    const law = assump31Activations.law('quick');
    const r = law.evaluate({ activation: 'relu', x: 0, h: 2 });
    expect(r.ok).toBe(false);
    expect(law.evaluate({ activation: 'relu', x: 0, h: 1e-3 }).decided).toBe(true);
  });
});
