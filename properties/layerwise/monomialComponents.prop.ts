import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { monomialComponents } from '../../src/layerwise/monomialComponents.js';
import { funkHecke } from '../../src/sphere/funkHecke.js';
import { harmonicDimension } from '../../src/sphere/harmonicDimension.js';

/** M(m, l) is a positive sum with relative error ≤ 4(m + 1)ε (see monomialComponents). */
const relative = (m: number) => 4 * (m + 1) * Number.EPSILON;

describe('M(m, l) = E[t^m P_l(t)] on S^d (the β_l^m of Dandi & Jacot eq. (18), divided by N(d, l))', () => {
  test.prop([fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 80 })], { numRuns: 40 })(
    'u^m at u = 1: Σ_l N(d, l)·M(m, l) = 1 (all terms ≥ 0)',
    (d, m) => {
      const row = monomialComponents(d, m)[m]!;
      let total = 0;
      for (let l = 0; l <= m; l++) {
        expect(row[l]!).toBeGreaterThanOrEqual(0);
        if ((m - l) % 2 === 1) expect(row[l]).toBe(0);
        total += Number(harmonicDimension(d, l)) * row[l]!;
      }
      expect(Math.abs(total - 1)).toBeLessThanOrEqual(2 * relative(m) * (m + 1));
    },
  );

  // On S² (Legendre): (1/2)∫_{−1}^{1} t^m P_l(t) dt = m!/((m − l)!!·(m + l + 1)!!) for m − l even ≥ 0.
  test.prop([fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 })])('closed form on S² (d = 2)', (m, l) => {
    fc.pre(l <= m && (m - l) % 2 === 0);
    let expected = 1;
    // m!/((m−l)!!(m+l+1)!!) as a product of ratios, no overflow: pair m!'s factors with the double factorials'.
    const num: number[] = [];
    for (let k = 2; k <= m; k++) num.push(k);
    const den: number[] = [];
    for (let k = m - l; k >= 2; k -= 2) den.push(k);
    for (let k = m + l + 1; k >= 2; k -= 2) den.push(k);
    for (let k = 0; k < Math.max(num.length, den.length); k++) expected *= (num[k] ?? 1) / (den[k] ?? 1);
    const got = monomialComponents(2, m)[m]![l]!;
    expect(Math.abs(got - expected)).toBeLessThanOrEqual((relative(m) + 4 * (m + l + 2) * Number.EPSILON) * expected);
  });

  test.prop([fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 30 })], { numRuns: 30 })(
    'equals the Funk–Hecke quadrature of the kernel u^m (src/sphere/funkHecke) within its error bound',
    (d, m) => {
      const row = monomialComponents(d, m)[m]!;
      const q = funkHecke((t) => t ** m, d, m);
      for (let l = 0; l <= m; l++) {
        expect(Math.abs(q.values[l]! - row[l]!), `d=${d} m=${m} l=${l}`).toBeLessThanOrEqual(q.errorEstimate[l]! + q.roundingBound[l]! + relative(m) * row[l]!);
      }
    },
  );

  it('rejects bad arguments by name', () => {
    expect(() => monomialComponents(0, 3)).toThrow(/sphereDim/);
    expect(() => monomialComponents(2, -1)).toThrow(/maxPower/);
  });
});
