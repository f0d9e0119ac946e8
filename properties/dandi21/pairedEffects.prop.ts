import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { FAMILY_WISE_ALPHA, judgePairedEffects, pairedVerdict } from '../../src/claims/dandi21/pairedEffects.js';
import { createRng } from '../../src/random/rng.js';

describe('paired effects decided at family-wise 5 % (the §6 and §5.7 decisions)', () => {
  test.prop([fc.double({ min: 0.2, max: 5, noNaN: true }), fc.integer({ min: 3, max: 12 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 2 ** 31 - 1 })])(
    'a clear effect is decided in its direction, a sign-symmetric one is not',
    (size, r, count, seed) => {
      const rng = createRng(seed);
      // Noise 1e−3·size: t = 1000·√R ≫ any Bonferroni quantile at R ≥ 3, C ≤ 60 (t_{1−0.05/120, 2} ≈ 34.6).
      const clear = Array.from({ length: count }, () => ({ effects: Array.from({ length: r }, () => size * (1 + 1e-3 * rng.normal())) }));
      expect(judgePairedEffects(clear).every((j) => j.decision === 'holds')).toBe(true);
      expect(pairedVerdict(judgePairedEffects(clear))).toBe('holds');
      const opposite = clear.map((c) => ({ effects: c.effects.map((e) => -e) }));
      expect(pairedVerdict(judgePairedEffects(opposite))).toBe('refuted');
      const symmetric = [{ effects: [size, -size, size, -size] }];
      expect(judgePairedEffects(symmetric)[0]!.decision).toBe('inconclusive');
      expect(judgePairedEffects([{ effects: [size, Number.NaN, size] }])[0]!.decision).toBe('inconclusive');
    },
  );

  test.prop([fc.integer({ min: 3, max: 10 }), fc.integer({ min: 2, max: 20 }), fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 5 })(
    'with no effect (mean 0, Gaussian noise) some comparison is decided in ≤ α of the trials (Bonferroni), + 3 binomial SE',
    (r, count, seed) => {
      const rng = createRng(seed);
      const trials = 400;
      let decided = 0;
      for (let t = 0; t < trials; t++) {
        const list = Array.from({ length: count }, () => ({ effects: Array.from({ length: r }, () => rng.normal()) }));
        if (judgePairedEffects(list).some((j) => j.decision !== 'inconclusive')) decided++;
      }
      const alpha = FAMILY_WISE_ALPHA;
      expect(decided / trials).toBeLessThanOrEqual(alpha + 3 * Math.sqrt((alpha * (1 - alpha)) / trials));
    },
  );
});
