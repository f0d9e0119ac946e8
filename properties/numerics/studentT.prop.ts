import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { studentTCdf, studentTQuantile } from '../../src/numerics/studentT.js';

/** fixtures/student-t-reference.json: 50-digit quantiles from mpmath's regularized incomplete beta function. */
interface Reference {
  rows: { df: number; p: string; quantile: string }[];
}
const reference = JSON.parse(readFileSync(new URL('../../fixtures/student-t-reference.json', import.meta.url), 'utf8')) as Reference;

describe('Student t quantiles (the confidence intervals of the network checks)', () => {
  it('match the independent mpmath table to 1e−8 relative (tails down to 5e−7; see the accuracy note in studentT.ts)', () => {
    for (const row of reference.rows) {
      const q = studentTQuantile(Number(row.p), row.df);
      const ref = Number(row.quantile);
      expect(Math.abs(q - ref) / ref, `df = ${row.df}, p = ${row.p}: ${q} vs ${row.quantile}`).toBeLessThanOrEqual(1e-8);
    }
    expect(reference.rows.length).toBeGreaterThanOrEqual(100);
  });

  test.prop([fc.double({ min: -50, max: 50, noNaN: true }), fc.integer({ min: 1, max: 500 })])(
    'the CDF is symmetric, F(t) + F(−t) = 1, and inverts the quantile: F(t_p) = p to 1e−10',
    (t, df) => {
      expect(Math.abs(studentTCdf(t, df) + studentTCdf(-t, df) - 1)).toBeLessThanOrEqual(1e-15);
      const p = studentTCdf(t, df);
      if (p > 1e-6 && p < 1 - 1e-6) expect(Math.abs(studentTCdf(studentTQuantile(p, df), df) - p)).toBeLessThanOrEqual(1e-10);
    },
  );

  test.prop([fc.integer({ min: 1, max: 200 })])('t_{0.975} decreases in df towards z_{0.975} = 1.95996', (df) => {
    expect(studentTQuantile(0.975, df)).toBeGreaterThan(1.959);
    expect(studentTQuantile(0.975, df + 1)).toBeLessThan(studentTQuantile(0.975, df));
  });

  it('is Cauchy at df = 1 and tends to the normal as df grows', () => {
    expect(studentTQuantile(0.75, 1)).toBeCloseTo(1, 12);
    expect(Math.abs(studentTQuantile(0.975, 1_000_000) - 1.959963984540054)).toBeLessThanOrEqual(1e-5);
  });

  it('rejects bad arguments by name', () => {
    expect(() => studentTQuantile(1, 3)).toThrow(/p must lie strictly inside/);
    expect(() => studentTQuantile(Number.NaN, 3)).toThrow(/p must be a finite number/);
    expect(() => studentTQuantile(0.9, 0)).toThrow(/df must be an integer in \[1, 1000000\]/);
    expect(() => studentTCdf(Number.POSITIVE_INFINITY, 3)).toThrow(/t must be a finite number/);
  });
});
