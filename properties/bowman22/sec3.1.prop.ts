import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { rkhsCase, rkhsDecay } from '../../src/claims/bowman22/rkhsDecay.js';
import { sphereKernelTarget } from '../../src/claims/bowman22/sphereKernelTarget.js';
import { stoppingCase } from '../../src/claims/bowman22/stoppingTime.js';
import { createRng } from '../../src/random/rng.js';
import { sampleSphere } from '../../src/sphere/sampleSphere.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

/** Bowman & Montúfar §3.1: the stopping-time inequality and the O(‖f*‖²_H/t) decay, in closed form. */
describe('bowman22 §3.1 (stopping time, RKHS decay)', () => {
  itMeasuresExpectedVerdict('bowman22.sec3.1.stopping-time');
  itMeasuresExpectedVerdict('bowman22.sec3.1.rkhs-decay');

  it('the closed-form target: ‖f*‖_{L²} from the coefficients matches Monte Carlo over the sphere within 5 standard errors, and ≤ the sampled sup', () => {
    const s = sphereKernelTarget({ activation: 'softplus', hiddenLayers: 1, d: 3, levels: 4, seed: 7 });
    const l2 = s.c.reduce((a, c) => a + c * c, 0);
    const values = s.target.values(sampleSphere(createRng(8), 20000, 3)).map((v) => v * v);
    const mean = values.reduce((a, v) => a + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1));
    expect(Math.abs(mean - l2)).toBeLessThanOrEqual((5 * sd) / Math.sqrt(values.length));
    expect(Math.sqrt(l2)).toBeLessThanOrEqual(s.supLower);
    expect(s.sigma.every((v, i) => i === 0 || v <= s.sigma[i - 1]!)).toBe(true);
  });

  it('can fail: with the top rate σ₁ in place of σ_k the projected bound is violated (decided cases exist)', () => {
    const r = stoppingCase({ activation: 'softplus', hiddenLayers: 1, d: 3, j: 3, tScale: 1, epsilonFraction: 1e-3, seed: 11 });
    expect(r.sigma1).toBeGreaterThan(r.sigmaK);
    expect(r.projectedAtT / r.topRateBound).toBeGreaterThan(1);
    expect(Math.max(r.rate, r.l2BelowSup, r.stoppingTime)).toBeLessThanOrEqual(1);
  });

  test.prop([fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 10 })('the RKHS constant 1/(2e) is attained: a single level at t = 1/(2σ) gives exactly 1/(2e)', (seed) => {
    const r = rkhsCase({ activation: 'tanh', hiddenLayers: 1, d: 2, levels: 1, tScale: 0.5, seed });
    expect(r.constant * 2 * Math.E).toBeCloseTo(1, 12);
  });

  it('can fail: the same bound with the L² norm is violated by a target weighted on small eigenvalues', () => {
    const law = rkhsDecay.law('quick');
    const r = law.evaluate({ activation: 'softplus', hiddenLayers: 1, d: 3, levels: 6, tScale: 0.5, seed: 3 });
    expect(r.decided).toBe(true);
    expect(Number(r.extra!['same with the L² norm'])).toBeGreaterThan(1 / (2 * Math.E));
  });
});
