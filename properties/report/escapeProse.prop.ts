import { test, fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { escapeProse } from '../../src/report/escapeProse.js';

/** Text over the characters that matter: signs, digits, exponents, words, separators. */
const prose = fc.string({ unit: fc.constantFrom('-', '-', '1', '7', '.', 'e', 'x', ' ', '[', ',', '=', '^', '{', '}', '−'), maxLength: 40 });

describe('escapeProse: a number\'s sign as the minus sign, nothing else changed', () => {
  it('sets signs in the prose claims write, and leaves words, ranges and options alone', () => {
    expect(escapeProse('worst drawn slope -0.99 (d = 4)')).toBe('worst drawn slope −0.99 (d = 4)');
    expect(escapeProse('β = relu -0.45 [-0.71, -0.18], 1.623e-24 against ≤ -0.5')).toBe('β = relu −0.45 [−0.71, −0.18], 1.623e−24 against ≤ −0.5');
    expect(escapeProse('decays like d^{-0.96}; x = -.5')).toBe('decays like d^{−0.96}; x = −.5');
    for (const kept of ['mnist-pca-sin', 'degrees 1-2', '--seed 3', 'non-negative', 'sphere10-zonal', 'k-th', 'x-1']) expect(escapeProse(kept)).toBe(kept);
    expect(escapeProse('a <b> & "c"')).toBe('a &lt;b&gt; &amp; &quot;c&quot;');
  });

  test.prop([prose])('changes only hyphen-minuses directly before a digit or ".digit", and only to U+2212', (text) => {
    const out = escapeProse(text);
    expect(out).toHaveLength(text.length);
    for (let i = 0; i < text.length; i++) {
      if (out[i] === text[i]) continue;
      expect([text[i], out[i]]).toEqual(['-', '−']);
      expect(text.slice(i + 1)).toMatch(/^\.?\d/);
      // Not inside a word or a range: the character before is no letter other than an exponent's e, and no digit.
      expect(i === 0 || !/[\dA-Za-df-z]/.test(text[i - 1]!)).toBe(true);
    }
  });
});
