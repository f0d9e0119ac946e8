import { test, fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { linearScale } from '../../src/report/linearScale.js';
import { logScale, powerOfTen } from '../../src/report/logScale.js';

/** A positive double from its exponent and mantissa, so that every order of magnitude is drawn. */
const positive = fc.tuple(fc.integer({ min: -300, max: 300 }), fc.double({ min: 1, max: 9.999, noNaN: true })).map(([e, m]) => m * 10 ** e);

describe('log axis', () => {
  test.prop([positive, positive])('spans exactly the range asked for, with decade ticks at log-proportional, equally spaced positions', (a, b) => {
    const [min, max] = a <= b ? [a, b] : [b, a];
    const scale = logScale(min, max);
    const all = scale.ticks.filter((t) => t.label !== null);
    const labelled = all.filter((t) => Math.abs(Math.log10(t.value) - Math.round(Math.log10(t.value))) < 1e-9);
    const exps = labelled.map((t) => Math.round(Math.log10(t.value)));
    // One style per axis: every label plain digits, or every label a power of ten (10ᵏ or m×10ᵏ).
    const powers = all.filter((t) => /^([1-9]×)?10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+$/.test(t.label!)).length;
    expect([0, all.length], all.map((t) => t.label).join(' ')).toContain(powers);
    expect(scale.ticks.filter((t) => t.label !== null).length).toBeGreaterThanOrEqual(1);
    expect(labelled.length).toBeLessThanOrEqual(9);
    // The axis is exactly [min, max] (a single value is widened by a factor 1.5 either side).
    if (min < max) {
      expect(scale.fraction(min)).toBeCloseTo(0, 9);
      expect(scale.fraction(max)).toBeCloseTo(1, 9);
    }
    // Each labelled decade 10^k sits where the data value 10^k would be drawn.
    for (const [i, t] of labelled.entries()) {
      expect([powerOfTen(exps[i]!), String(10 ** exps[i]!)]).toContain(t.label);
      expect(t.position).toBeCloseTo(scale.fraction(10 ** exps[i]!), 6);
    }
    // Labelled decades are equally spaced.
    const gaps = labelled.slice(1).map((t, i) => t.position - labelled[i]!.position);
    for (const g of gaps) expect(g).toBeCloseTo(gaps[0]!, 9);
    for (const t of scale.ticks) expect(t.position).toBeGreaterThanOrEqual(0), expect(t.position).toBeLessThanOrEqual(1);
  });

  it('puts 10⁻³…10⁰ at fractions 0, 1/3, 2/3, 1 and minor ticks at 2…9 × 10^k', () => {
    const scale = logScale(0.001, 1);
    const major = scale.ticks.filter((t) => t.label !== null);
    expect(major.map((t) => [t.label, t.position])).toEqual([
      ['10⁻³', 0],
      ['10⁻²', 1 / 3],
      ['10⁻¹', 2 / 3],
      ['10⁰', 1],
    ]);
    expect(scale.ticks.filter((t) => t.label === null)).toHaveLength(3 * 8);
    expect(scale.fraction(0.02)).toBeCloseTo((Math.log10(2) + 1) / 3, 12);
  });

  it('labels 2 and 5 when at most two decades lie inside, in one style, every m × 10^k on a narrower range, every 20th decade on 100 decades', () => {
    expect(logScale(1.5, 70).ticks.filter((t) => t.label !== null).map((t) => t.label)).toEqual(['2', '5', '10', '20', '50']);
    expect(logScale(1, 40).ticks.filter((t) => t.label !== null).map((t) => t.label)).toEqual(['1', '2', '5', '10', '20']);
    // Labels beyond 10³ or below 10⁻³ put the whole axis in powers of ten (not "5×10⁻⁴, 10⁻³, 0.002").
    expect(logScale(3e-4, 3e-3).ticks.filter((t) => t.label !== null).map((t) => t.label)).toEqual(['5×10⁻⁴', '10⁻³', '2×10⁻³']);
    expect(logScale(1.5, 7).ticks.filter((t) => t.label !== null).map((t) => t.label)).toEqual(['2', '3', '4', '5', '6', '7']);
    expect(logScale(1e-100, 1).ticks.filter((t) => t.label !== null).map((t) => t.label)).toEqual(['10⁻¹⁰⁰', '10⁻⁸⁰', '10⁻⁶⁰', '10⁻⁴⁰', '10⁻²⁰', '10⁰']);
  });

  it('refuses a non-positive range', () => {
    expect(() => logScale(0, 1)).toThrow(RangeError);
    expect(() => logScale(-1, 1)).toThrow(RangeError);
  });
});

describe('linear axis', () => {
  test.prop([fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.double({ min: -1e9, max: 1e9, noNaN: true })])(
    'spans exactly the data range, with ticks inside it at 1/2/5·10^k steps, evenly spaced and labelled distinctly',
    (a, b) => {
      const [min, max] = a <= b ? [a, b] : [b, a];
      const scale = linearScale(min, max);
      const ticks = scale.ticks;
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(12);
      if (max - min > 1e-6 * Math.max(Math.abs(min), Math.abs(max), 1e-290)) {
        expect(scale.fraction(min)).toBeCloseTo(0, 9);
        expect(scale.fraction(max)).toBeCloseTo(1, 9);
      }
      for (const t of ticks) expect(t.position).toBeGreaterThanOrEqual(0), expect(t.position).toBeLessThanOrEqual(1);
      const step = ticks[1]!.value - ticks[0]!.value;
      const mantissa = step / 10 ** Math.floor(Math.log10(step));
      expect([1, 2, 5, 10].some((m) => Math.abs(mantissa - m) < 1e-6)).toBe(true);
      for (const t of ticks) expect(t.position).toBeCloseTo(scale.fraction(t.value), 9);
      expect(new Set(ticks.map((t) => t.label)).size).toBe(ticks.length);
    },
  );
});
