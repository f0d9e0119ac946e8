import { beforeAll, describe, expect, it } from 'vitest';
import { parameterNormCase } from '../../src/claims/bowman22/parameterNormGrowth.js';
import { initBackend } from '../../src/networks/backend.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

beforeAll(async () => {
  await initBackend();
});

/** Bowman & Montúfar §4: ‖θ_t − θ₀‖ = O(√t) with the a-priori constant √(2tΦ₀) under gradient descent. */
describe('bowman22 §4 parameter norm', () => {
  itMeasuresExpectedVerdict('bowman22.sec4.parameter-norm');

  it('can fail: a path keeping its initial speed (O(t)) would exceed √(2tΦ₀) by the last checkpoint, while the measured path stays below', () => {
    const r = parameterNormCase({ activation: 'tanh', d: 3, width: 128, n: 64, seed: 5 });
    expect(r.linear).toBeGreaterThan(r.lastBound);
    expect(r.worst).toBeLessThanOrEqual(1);
    // The path slows down: its growth exponent in t lies below 1 (between √t and t).
    expect(r.growth).toBeLessThan(1);
  });
});
