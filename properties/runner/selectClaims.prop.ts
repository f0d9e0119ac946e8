import { test, fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { globToRegExp } from '../../src/runner/globPattern.js';
import { selectClaims } from '../../src/runner/selectClaims.js';

const IDS = ['cao21.thm3.3.odd-zero', 'cao21.thm3.3.ordering', 'cao21.fig1', 'bowman22.thm1', 'dandi21.eq(3)+[a]'];

describe('--claims: comma-separated ids and globs', () => {
  test.prop([fc.subarray(IDS, { minLength: 1 }).chain((s) => fc.shuffledSubarray(s, { minLength: s.length }))])(
    'a list of ids selects exactly those ids, in registry order, whatever order they are given in',
    (given) => {
      expect(selectClaims(IDS, given.join(','))).toEqual(IDS.filter((id) => given.includes(id)));
    },
  );

  it('expands globs: * any run of characters (dots included), ? one character; overlaps count once', () => {
    expect(selectClaims(IDS, 'cao21.*')).toEqual(IDS.slice(0, 3));
    expect(selectClaims(IDS, 'cao21.fig?')).toEqual(['cao21.fig1']);
    expect(selectClaims(IDS, '*thm*,cao21.thm3.3.ordering')).toEqual(['cao21.thm3.3.odd-zero', 'cao21.thm3.3.ordering', 'bowman22.thm1']);
    expect(selectClaims(IDS, '*')).toEqual(IDS);
  });

  it('takes regex metacharacters in ids literally', () => {
    expect(selectClaims(IDS, 'dandi21.eq(3)+[a]')).toEqual(['dandi21.eq(3)+[a]']);
    expect(() => selectClaims(IDS, 'cao21.thm3.3.odd.zero')).toThrow(RangeError);
  });

  test.prop([fc.string().filter((s) => !/[*?]/.test(s))])('a glob without wildcards matches only itself', (s) => {
    expect(globToRegExp(s).test(s)).toBe(true);
    expect(globToRegExp(s).test(`${s}x`)).toBe(false);
  });

  it('rejects an id or glob that matches nothing, naming it, and an empty entry', () => {
    expect(() => selectClaims(IDS, 'cao21.*,nope.*')).toThrow(/"nope\.\*" matches no registered claim/);
    expect(() => selectClaims(IDS, 'cao21.fig1,,')).toThrow(/empty entry/);
  });
});
