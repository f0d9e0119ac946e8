import { test, fc } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { longestFirst } from '../../src/runner/longestFirst.js';

describe('longestFirst: the start order of a run', () => {
  test.prop([fc.array(fc.option(fc.double({ min: 0, max: 1e4, noNaN: true }), { nil: undefined }), { maxLength: 60 })])(
    'is a permutation: unmeasured tasks first in given order, then measured ones by non-increasing seconds (ties in given order)',
    (seconds) => {
      const order = longestFirst(seconds);
      expect([...order].sort((a, b) => a - b)).toEqual(seconds.map((_, i) => i));
      const unknown = order.filter((i) => seconds[i] === undefined);
      expect(order.slice(0, unknown.length)).toEqual(seconds.flatMap((s, i) => (s === undefined ? [i] : [])));
      const known = order.slice(unknown.length);
      for (let k = 1; k < known.length; k++) {
        const [a, b] = [known[k - 1]!, known[k]!];
        expect(seconds[a]! > seconds[b]! || (seconds[a] === seconds[b] && a < b)).toBe(true);
      }
    },
  );
});
