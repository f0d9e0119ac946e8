import { test, fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { mergeResults } from '../../src/runner/mergeResults.js';
import { shardSlice } from '../../src/runner/shard.js';
import { fakeRecord, fakeRun } from '../report/fakeResults.js';

const IDS = Array.from({ length: 7 }, (_, i) => `fake.c${i}`);
const full = fakeRun(IDS.map((id) => fakeRecord({ id })));

describe('merge: shard outputs back into one run', () => {
  test.prop([fc.integer({ min: 1, max: 9 }), fc.infiniteStream(fc.nat({ max: 60_000 }))])(
    'merging the n shard runs (in any order) gives the claims of the unsharded run, in registry order',
    (n, offsets) => {
      const parts = Array.from({ length: n }, (_, i) => {
        const claims = shardSlice(full.claims, i + 1, n);
        return fakeRun(claims, { startedAt: new Date(Date.parse(full.startedAt) + offsets.next().value).toISOString() });
      }).reverse();
      const merged = mergeResults(parts, IDS);
      expect(merged.claims).toEqual(full.claims);
      const starts = parts.map((p) => Date.parse(p.startedAt));
      expect(Date.parse(merged.startedAt)).toBe(Math.min(...starts));
      expect(Date.parse(merged.startedAt) + merged.durationMs).toBe(Math.max(...starts.map((s) => s + full.durationMs)));
    },
  );

  it('puts claims unknown to the registry after the known ones', () => {
    const merged = mergeResults([fakeRun([fakeRecord({ id: 'other.x' })]), fakeRun([fakeRecord({ id: 'fake.c2' })])], IDS);
    expect(merged.claims.map((c) => c.id)).toEqual(['fake.c2', 'other.x']);
  });

  it('keeps the catalogues of all parts, one per paper', () => {
    const cat = (paper: string) => ({ paper, title: paper, authors: 'A', venue: 'V', year: 2021, source: 's', statements: [] });
    const merged = mergeResults([fakeRun([fakeRecord({ id: 'fake.c1' })], { catalogues: [cat('p1')] }), fakeRun([fakeRecord({ id: 'fake.c2' })], { catalogues: [cat('p1'), cat('p2')] })], IDS);
    expect(merged.catalogues.map((c) => c.paper)).toEqual(['p1', 'p2']);
  });

  it('refuses parts that overlap or ran with another seed, scale or backend', () => {
    const a = fakeRun([fakeRecord({ id: 'fake.c1' })]);
    expect(() => mergeResults([a, a], IDS)).toThrow(/fake\.c1 appears in more than one part/);
    expect(() => mergeResults([a, fakeRun([], { seed: 7 })], IDS)).toThrow(/seed/);
    expect(() => mergeResults([a, fakeRun([], { scale: 'paper' })], IDS)).toThrow(/scale/);
    expect(() => mergeResults([a, fakeRun([], { environment: { node: 'v20', backend: 'cpu', cpus: 1 } })], IDS)).toThrow(/backend/);
    expect(() => mergeResults([], IDS)).toThrow(/nothing to merge/);
  });
});
