import { describe, expect, it } from 'vitest';
import { activationByName } from '../../src/activations/activationByName.js';
import { app16Case } from '../../src/claims/dandi21/app16TanhPopulation.js';
import { decidePositiveEffect, logEigenvalue, populationSpectrum } from '../../src/claims/dandi21/populationLayerRatio.js';
import { sec57PopulationCase } from '../../src/claims/dandi21/sec57Population.js';
import { sec6PopulationCase } from '../../src/claims/dandi21/sec6Population.js';
import { layerwiseNtkEntry } from '../../src/layerwise/layerwiseNtkEntry.js';
import { varianceChain } from '../../src/layerwise/varianceChain.js';
import { funkHecke } from '../../src/sphere/funkHecke.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

describe('Dandi & Jacot §6, §5.7 and appendix 16 on the population ratios μ_k⁽ℓ⁾/μ_k⁽3⁾', () => {
  itMeasuresExpectedVerdict('dandi21.sec6.layerwise-contributions.population');
  itMeasuresExpectedVerdict('dandi21.sec5.7.layerwise-training.population');
  itMeasuresExpectedVerdict('dandi21.app16.tanh-weaker.population', (r) => {
    expect(r.counterexample?.params.part).toBe('weaker');
    expect(r.counterexample?.params.layer).toBe(0);
  });

  it('the population checks can fail: the reversed effect of a decided case is violated', () => {
    for (const r of [sec6PopulationCase({ sphere: 9, layer: 0, k: 2 }), sec57PopulationCase({ layer: 0, i: 3 }), app16Case({ layer: 1, part: 'weaker' })]) {
      expect(r.ok && r.decided).toBe(true);
      const s = populationSpectrum('relu', 9);
      const effect = r.measured as number;
      const reversed = decidePositiveEffect([{ sign: -1, log: { value: effect, error: r.bound as number } }, { sign: 1, log: logEigenvalue(s, 0, 1) }, { sign: -1, log: logEigenvalue(s, 0, 1) }], {});
      expect(reversed.ok).toBe(false);
    }
  });

  // Independent route for the appendix-16 finding: composite Gauss–Legendre Funk–Hecke (`funkHecke`) on the
  // per-layer NTK recursion (`layerwiseNtkEntry`), no tabulation — the growth G_σ⁽ℓ⁾ agrees to 1e−9.
  it('G_σ⁽ℓ⁾ from funkHecke ∘ layerwiseNtkEntry equals the tabulated-kernel value for relu and tanh', () => {
    for (const name of ['relu', 'tanh'] as const) {
      const a = activationByName(name);
      const v = varianceChain(a, 4, 1);
      const mu = [0, 1, 2, 3].map((l) => funkHecke((t) => layerwiseNtkEntry(a, 4, v, v, t)[l]!, 9, 4).values);
      const pop = populationSpectrum(name, 9);
      for (const l of [0, 1, 2]) {
        const G = (m: (l: number, k: number) => number) => Math.log(m(l, 3) / m(3, 3)) - Math.log(m(l, 1) / m(3, 1));
        expect(Math.abs(G((ll, k) => mu[ll]![k]!) - G((ll, k) => pop.values[ll]![k]!))).toBeLessThan(1e-9);
      }
    }
  });
});
