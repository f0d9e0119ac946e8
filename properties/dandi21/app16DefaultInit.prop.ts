import { describe, expect, it } from 'vitest';
import { app16DefaultInitCase } from '../../src/claims/dandi21/app16TanhDefaultInit.js';
import { decidePositiveEffect } from '../../src/claims/dandi21/populationLayerRatio.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

describe('Dandi & Jacot appendix 16 at PyTorch\'s default initialisation (σ_w² = σ_b² = 1/3)', () => {
  itMeasuresExpectedVerdict('dandi21.app16.tanh-weaker.population.default-init');

  it('the check can fail: the reversed effect of every decided case is violated', () => {
    for (const layer of [0, 1, 2])
      for (const part of ['present', 'weaker'] as const) {
        const r = app16DefaultInitCase({ layer, part });
        expect(r.decided, `ℓ = ${layer}, ${part}`).toBe(true);
        const reversed = decidePositiveEffect([{ sign: -1, log: { value: r.measured as number, error: r.bound as number } }], {});
        expect(reversed.ok, `ℓ = ${layer}, ${part}`).toBe(false);
      }
  });
});
