import { test, fc } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { shardSlice } from '../../src/runner/shard.js';

describe('--shard i/n', () => {
  test.prop([fc.uniqueArray(fc.string(), { maxLength: 40 }), fc.integer({ min: 1, max: 12 })])(
    'the n slices partition the claims: disjoint, their union is every claim, sizes within one of each other',
    (ids, n) => {
      const slices = Array.from({ length: n }, (_, i) => shardSlice(ids, i + 1, n));
      const all = slices.flat();
      expect(all).toHaveLength(ids.length);
      expect(new Set(all)).toEqual(new Set(ids));
      const sizes = slices.map((s) => s.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      for (const s of slices) expect(s).toEqual(ids.filter((id) => s.includes(id)));
    },
  );

  test.prop([fc.array(fc.nat()), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })])('is deterministic', (ids, i, n) => {
    fc.pre(i <= n);
    expect(shardSlice(ids, i, n)).toEqual(shardSlice([...ids], i, n));
  });

  test.prop([fc.integer({ min: -3, max: 8 }), fc.integer({ min: -3, max: 8 })])('rejects i/n outside 1 ≤ i ≤ n', (i, n) => {
    fc.pre(!(n >= 1 && i >= 1 && i <= n));
    expect(() => shardSlice(['a'], i, n)).toThrow(RangeError);
  });
});
