import { test, fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { shardClaims, shardSlice } from '../../src/runner/shard.js';

describe('--shard i/n', () => {
  test.prop([fc.uniqueArray(fc.string(), { maxLength: 40 }), fc.integer({ min: 1, max: 12 })])(
    'without measured seconds, the n slices partition the claims: disjoint, their union is every claim, sizes within one of each other',
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

  // Graham's list-scheduling bound holds for any order of dealing (each item goes to the least-loaded slice,
  // which is below the mean when it is chosen): max load ≤ total/n + the largest item. Round-robin by
  // registry order breaks it as soon as the long claims fall into one slice.
  test.prop([fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 6 }), fc.array(fc.option(fc.double({ min: 0, max: 3600, noNaN: true }), { nil: undefined }), { minLength: 40, maxLength: 40 })])(
    'with measured seconds, the slices partition the claims and the slowest is at most the mean plus the longest claim',
    (ids, n, times) => {
      const seconds = new Map(ids.map((id, i) => [id, times[i]]));
      const slices = Array.from({ length: n }, (_, i) => shardSlice(ids, i + 1, n, (id) => seconds.get(id)));
      expect(slices.flat().sort()).toEqual([...ids].sort());
      const known = [...seconds.values()].filter((s): s is number => s !== undefined);
      const weight = (id: string) => seconds.get(id) ?? Math.max(1, ...known);
      const loads = slices.map((s) => s.reduce((sum, id) => sum + weight(id), 0));
      const total = ids.reduce((sum, id) => sum + weight(id), 0);
      expect(Math.max(...loads)).toBeLessThanOrEqual(total / n + Math.max(...ids.map(weight)) + 1e-9);
      for (const s of slices) expect(s).toEqual(ids.filter((id) => s.includes(id)));
    },
  );

  it('puts the two longest claims on different machines (round-robin by registry order would not)', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const seconds: Record<string, number> = { a: 500, b: 1, c: 400, d: 2 };
    // a (500 s) alone; c (400 s) then d and b, each to the lighter machine: 500 against 403.
    expect(shardSlice(ids, 1, 2, (id) => seconds[id])).toEqual(['a']);
    expect(shardSlice(ids, 2, 2, (id) => seconds[id])).toEqual(['b', 'c', 'd']);
    expect(shardSlice(ids, 1, 2)).toEqual(['a', 'c']);
  });

  test.prop([fc.integer({ min: 1, max: 12 }).chain((k) => fc.tuple(...Array.from({ length: k }, (_, i) => fc.integer({ min: -1, max: i - 1 })))), fc.integer({ min: 1, max: 6 })])(
    'in whole work groups: the slices partition the claims, and a claim lands with the claim whose work it reuses',
    (parents, n) => {
      const ids = parents.map((_, i) => `c${i}`);
      const reuses = (id: string) => (parents[Number(id.slice(1))]! < 0 ? undefined : `c${parents[Number(id.slice(1))]}`);
      const slices = Array.from({ length: n }, (_, i) => shardClaims(ids, i + 1, n, () => 1, reuses));
      expect(slices.flat().sort()).toEqual([...ids].sort());
      const slice = (id: string) => slices.findIndex((s) => s.includes(id));
      for (const id of ids) if (reuses(id)) expect(slice(id), id).toBe(slice(reuses(id)!));
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
