import { test, fc } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { memoLast } from '../../src/kernelRegime/memoLast.js';

describe('memoLast: pure caching of the last results', () => {
  test.prop([fc.uniqueArray(fc.integer(), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 12 })])(
    'a claim that measures up to 8 cases and then redraws any of them (its first, in present) computes each once',
    (cases, redraw) => {
      const calls: number[] = [];
      const f = memoLast((c: { seed: number }) => {
        calls.push(c.seed);
        return { value: c.seed * 2 };
      });
      const first = cases.map((seed) => f({ seed }));
      const again = cases[redraw % cases.length]!;
      // The same object back (a hit), and every case computed exactly once.
      expect(f({ seed: again })).toBe(first[redraw % cases.length]);
      expect(calls).toEqual(cases);
    },
  );

  test.prop([fc.integer({ min: 1, max: 4 })])('keeps only the last `size` results: the oldest is recomputed after size newer ones', (size) => {
    let computed = 0;
    const f = memoLast((x: number) => ++computed && x, size);
    for (let x = 0; x <= size; x++) f(x);
    expect(computed).toBe(size + 1);
    f(0);
    expect(computed).toBe(size + 2);
    // …and is then the newest: a hit.
    f(0);
    expect(computed).toBe(size + 2);
  });
});
