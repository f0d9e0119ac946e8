import { test, fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { workGroups } from '../../src/runner/workGroups.js';

/** n claims, each reusing an earlier one or none (a forest, as the registry allows). */
const forest = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.tuple(...Array.from({ length: n }, (_, i) => (i === 0 ? fc.constant(-1) : fc.integer({ min: -1, max: i - 1 })))).map((parents) => ({ ids: parents.map((_, i) => `c${i}`), parents })),
);

describe('workGroups: a claim runs after the claim whose work it reuses, in its group', () => {
  test.prop([forest])('partitions the claims; in each group every claim comes after the claim it reuses, whose group it shares', ({ ids, parents }) => {
    const reuses = (id: string) => {
      const p = parents[Number(id.slice(1))]!;
      return p < 0 ? undefined : `c${p}`;
    };
    const groups = workGroups(ids, reuses);
    expect(groups.flat().sort((a, b) => a - b)).toEqual(ids.map((_, i) => i));
    const where = new Map(groups.flatMap((g, k) => g.map((i, pos) => [i, [k, pos] as const])));
    parents.forEach((p, i) => {
      if (p < 0) return;
      expect(where.get(i)![0]).toBe(where.get(p)![0]);
      expect(where.get(i)![1]).toBeGreaterThan(where.get(p)![1]);
    });
    // Claims reusing nothing in the run lead their own group.
    for (const g of groups) expect(parents[g[0]!]).toBe(-1);
  });

  it('leaves a claim alone when the claim it reuses is not in the run', () => {
    expect(workGroups(['a', 'b'], (id) => (id === 'b' ? 'elsewhere' : undefined))).toEqual([[0], [1]]);
    expect(workGroups(['b', 'a'], (id) => (id === 'b' ? 'a' : undefined))).toEqual([[1, 0]]);
  });
});
