import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { ACTIVATION_NAMES } from '../../src/activations/activation.js';
import { frequencyAllowance, MAX_SCALE, thm1Measure, violationFrequency } from '../../src/claims/dandi21/thm1Measurement.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

const cases = fc.record({
  activation: fc.constantFrom(...ACTIVATION_NAMES),
  d: fc.integer({ min: 2, max: 20 }),
  pair: fc.integer({ min: 0, max: 2 }),
  w: fc.integer({ min: 1, max: 8 }),
  n: fc.integer({ min: 10, max: 200 }),
  delta: fc.constantFrom(0.05, 0.1, 0.2),
  draws: fc.constant(80),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
});

describe('Dandi & Jacot Theorem 1: concentration of the finite-sample ratio of decrements', () => {
  itMeasuresExpectedVerdict('dandi21.thm1.ratio-concentration', (r) => {
    expect(r.counterexample?.measured as number).toBeLessThan(MAX_SCALE);
  });

  itMeasuresExpectedVerdict('dandi21.thm1.ratio-concentration.unit-sup');

  // The population values the check compares against: E[φ_ℓ] = λ_ℓ (Funk–Hecke), so the draw averages of
  // (1/n)Σφ_ℓ must lie within 5 standard errors of λ_ℓ.
  test.prop([cases], { numRuns: 8 })('the sampled decrements are unbiased for λ₁, λ₂', (c) => {
    const m = thm1Measure(c);
    for (const [values, lambda] of [[m.means.first, m.lambda1], [m.means.second, m.lambda2]] as const) {
      const mean = values.reduce((s, v) => s + v, 0) / values.length;
      const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
      expect(Math.abs(mean - lambda)).toBeLessThanOrEqual((5 * sd) / Math.sqrt(values.length) + 1e-12 * Math.abs(lambda));
    }
  });

  // The scale-free bound from the correct Hoeffding inequality (terms in [−AC², AC²]) and the paper's union
  // bound holds at frequency ≤ δ + 3σ (it is often vacuous: t₂ ≥ λ₂ unless n is large).
  test.prop([cases], { numRuns: 8 })('the corrected bound (t₁ + (λ₁/λ₂)t₂)/(λ₂ − t₂) holds', (c) => {
    const m = thm1Measure(c);
    expect(violationFrequency(m, m.correctedBound)).toBeLessThanOrEqual(frequencyAllowance(c.delta, c.draws));
  });
});
