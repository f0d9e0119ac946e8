import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { harmonicDimension } from '../../src/sphere/harmonicDimension.js';
import { createRng } from '../../src/random/rng.js';
import { sampleSphere } from '../../src/sphere/sampleSphere.js';
import { zonalSum } from '../../src/sphere/zonalSum.js';

describe('zonal sums Σ_l P_k(⟨x, a_l⟩), the targets of Dandi & Jacot §6.1–6.2', () => {
  test.prop([fc.integer({ min: 0, max: 12 }), fc.double({ min: 0, max: 2 * Math.PI, noNaN: true })])(
    'on the circle with the anchor e₁ they are cos kθ (§6.1.1)',
    (k, theta) => {
      const g = zonalSum(1, k, Float64Array.of(1, 0), Float64Array.of(Math.cos(theta), Math.sin(theta)));
      expect(Math.abs(g[0]! - Math.cos(k * theta))).toBeLessThanOrEqual(8 * (k + 1) * Number.EPSILON);
    },
  );

  test.prop([fc.double({ min: -1, max: 1, noNaN: true })])('on S² they are Legendre polynomials: P₂ = (3t² − 1)/2, P₃ = (5t³ − 3t)/2', (t) => {
    const x = Float64Array.of(t, Math.sqrt(1 - t * t), 0);
    const e1 = Float64Array.of(1, 0, 0);
    expect(zonalSum(2, 2, e1, x)[0]).toBeCloseTo((3 * t * t - 1) / 2, 14);
    expect(zonalSum(2, 3, e1, x)[0]).toBeCloseTo((5 * t ** 3 - 3 * t) / 2, 14);
  });

  test.prop([fc.integer({ min: 2, max: 9 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 8 })(
    'are degree-k harmonics: E_x[g_k(x)·P_j(⟨x, b⟩)] = δ_jk·g_k(b)/N(d, k) (addition formula), to 5 Monte Carlo standard errors',
    (d, k, seed) => {
      const rng = createRng(seed);
      const anchors = sampleSphere(rng, 4, d);
      const b = sampleSphere(rng, 1, d);
      const m = 20_000;
      const x = sampleSphere(rng, m, d);
      const g = zonalSum(d, k, anchors, x);
      for (const j of [k - 1, k, k + 1]) {
        const p = zonalSum(d, j, b, x);
        const terms = g.map((v, i) => v * p[i]!);
        const mean = terms.reduce((s, v) => s + v, 0) / m;
        const se = Math.sqrt(terms.reduce((s, v) => s + (v - mean) ** 2, 0) / (m - 1) / m);
        const expected = j === k ? zonalSum(d, k, anchors, b)[0]! / Number(harmonicDimension(d, k)) : 0;
        expect(Math.abs(mean - expected), `d = ${d}, k = ${k}, j = ${j}`).toBeLessThanOrEqual(5 * se + 1e-12);
      }
    },
  );

  it('rejects bad arguments by name', () => {
    expect(() => zonalSum(0, 1, Float64Array.of(1), Float64Array.of(1))).toThrow(/d must be an integer ≥ 1/);
    expect(() => zonalSum(1, -1, Float64Array.of(1, 0), Float64Array.of(1, 0))).toThrow(/k must be an integer in \[0, 1000\]/);
    expect(() => zonalSum(1, 1, Float64Array.of(1, 0, 0), Float64Array.of(1, 0))).toThrow(/anchors must hold L ≥ 1 whole points/);
  });
});
