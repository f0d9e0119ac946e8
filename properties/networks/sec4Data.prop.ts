import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { inputDimension, sampleInputs, INPUT_DISTRIBUTIONS, NAG_DIM } from '../../src/networks/sec4Inputs.js';
import { cosineTarget, evaluateTarget, harmonicTarget, powerTarget } from '../../src/networks/sec4Targets.js';
import { projectionVectors } from '../../src/networks/residualProjections.js';
import { createRng } from '../../src/random/rng.js';
import { gegenbauer } from '../../src/sphere/gegenbauer.js';
import { harmonicDimension } from '../../src/sphere/harmonicDimension.js';
import { sampleSphere } from '../../src/sphere/sampleSphere.js';

const seed = fc.integer({ min: 0, max: 2 ** 31 - 1 });

describe('§4 input distributions, targets and residual projections', () => {
  test.prop([fc.constantFrom(...INPUT_DISTRIBUTIONS), fc.integer({ min: 1, max: 12 }), seed], { numRuns: 40 })('every distribution returns unit vectors of its ambient dimension', (kind, d, s) => {
    const dim = inputDimension(kind, d);
    const x = sampleInputs(createRng(s), kind, 50, d);
    expect(x.length).toBe(50 * dim);
    for (let i = 0; i < 50; i++) {
      let norm = 0;
      for (let c = 0; c < dim; c++) norm += x[i * dim + c]! ** 2;
      expect(Math.abs(norm - 1)).toBeLessThanOrEqual(1e-14);
    }
    if (kind === 'nag' || kind === 'ngm') expect(dim).toBe(NAG_DIM);
  });

  test.prop([fc.integer({ min: 1, max: 12 }), seed], { numRuns: 20 })('PUD puts a quarter of the points on one side of ζ₀ (binomial, 4σ)', (d, s) => {
    // Re-draw ζ₀ exactly as the sampler does (first draw of the stream).
    const n = 2000;
    const zeta0 = sampleSphere(createRng(s), 1, d);
    const x = sampleInputs(createRng(s), 'pud', n, d);
    let first = 0;
    for (let i = 0; i < n; i++) {
      let t = 0;
      for (let c = 0; c <= d; c++) t += zeta0[c]! * x[i * (d + 1) + c]!;
      if (t >= 0) first++;
    }
    expect(Math.abs(first / n - 0.25)).toBeLessThanOrEqual(4 * Math.sqrt((0.25 * 0.75) / n));
  });

  test.prop([fc.integer({ min: 1, max: 10 }), seed], { numRuns: 30 })('the targets evaluate their formulas and a harmonic target is bounded by Σ|a_k|', (d, s) => {
    const rng = createRng(s);
    const zetas = sampleSphere(rng, 3, d);
    const x = sampleSphere(rng, 20, d);
    const a = [0.5, -0.3, 0.2];
    const f = harmonicTarget(d, [1, 2, 4], a, zetas);
    const zeta = zetas.subarray(0, d + 1);
    const y = evaluateTarget(f, x, d + 1);
    const yc = evaluateTarget(cosineTarget(d + 1, [1, 3], Float64Array.from(zeta)), x, d + 1);
    const yp = evaluateTarget(powerTarget(d + 1, [1, 4], Float64Array.from(zeta)), x, d + 1);
    for (let i = 0; i < 20; i++) {
      const dots = [0, 1, 2].map((j) => {
        let t = 0;
        for (let c = 0; c <= d; c++) t += zetas[j * (d + 1) + c]! * x[i * (d + 1) + c]!;
        return Math.max(-1, Math.min(1, t));
      });
      const expected = a[0]! * gegenbauer(d, 1, dots[0]!) + a[1]! * gegenbauer(d, 2, dots[1]!) + a[2]! * gegenbauer(d, 4, dots[2]!);
      expect(Math.abs(y[i]! - expected)).toBeLessThanOrEqual(1e-15);
      expect(Math.abs(y[i]!)).toBeLessThanOrEqual(1 + 1e-15);
      expect(Math.abs(yc[i]! - Math.cos(dots[0]!) - Math.cos(3 * dots[0]!))).toBeLessThanOrEqual(1e-15);
      expect(Math.abs(yp[i]! - dots[0]! - dots[0]! ** 4)).toBeLessThanOrEqual(1e-15);
    }
  });

  test.prop([fc.integer({ min: 2, max: 9 }), fc.constantFrom(1, 2, 4), seed], { numRuns: 30 })(
    '‖v_k‖² estimates E[P_k²] = 1/N(d, k) (Monte Carlo, 5σ) and â_k = |v_kᵀr|',
    (d, k, s) => {
      const rng = createRng(s);
      const n = 4000;
      const zeta = sampleSphere(rng, 1, d);
      const x = sampleSphere(rng, n, d);
      const p = projectionVectors(x, d, [k], zeta);
      const v = p.vectors[0]!;
      let norm2 = 0;
      let fourth = 0;
      for (let i = 0; i < n; i++) {
        norm2 += v[i]! ** 2;
        fourth += n * v[i]! ** 4;
      }
      // ‖v_k‖² = mean of P_k² over the sample; its standard deviation is √(Var P_k²/n) ≤ √(E P_k⁴/n).
      const sigma = Math.sqrt(fourth / n);
      expect(Math.abs(norm2 - 1 / Number(harmonicDimension(d, k)))).toBeLessThanOrEqual(5 * sigma);
      const r = Float64Array.from({ length: n }, () => rng.normal());
      const dot = v.reduce((acc, vi, i) => acc + vi * r[i]!, 0);
      expect(p.lengths(r)[0]).toBeCloseTo(Math.abs(dot), 12);
    },
  );

  it('names the argument on bad parameters', () => {
    const rng = createRng(1);
    expect(() => sampleInputs(rng, 'gauss' as never, 5, 3)).toThrow(/kind must be one of/);
    expect(() => sampleInputs(rng, 'pud', 0, 3)).toThrow(/n must be/);
    expect(() => harmonicTarget(3, [1, 2], [1], sampleSphere(rng, 2, 3))).toThrow(/coefficients/);
    expect(() => harmonicTarget(3, [1], [1], new Float64Array([1, 1, 0, 0]))).toThrow(/unit vector/);
    expect(() => projectionVectors(new Float64Array(7), 2, [1], new Float64Array([1, 0, 0]))).toThrow(/points/);
    expect(() => projectionVectors(new Float64Array(6), 2, [1], new Float64Array([1, 0, 0])).lengths([1])).toThrow(/residual/);
  });
});
