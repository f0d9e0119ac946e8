import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { capLowerBound, footnote2AnyDistribution } from '../../src/claims/cao21/footnote2AnyDistribution.js';
import { reluNtk } from '../../src/kernels/arcCosine.js';
import { eigvalsh } from '../../src/linalg/eigh.js';
import { gaussLegendre } from '../../src/numerics/gaussLegendre.js';
import { createRng } from '../../src/random/rng.js';
import { capGegenbauerMeans } from '../../src/sphere/capGegenbauerMeans.js';
import { gegenbauerAll } from '../../src/sphere/gegenbauer.js';
import { sampleCap } from '../../src/sphere/sampleCap.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

/** κ(⟨x_i, x_j⟩) for row-major points x (n × dim). */
function gram(x: Float64Array, n: number, dim: number): Float64Array {
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      let t = 0;
      for (let c = 0; c < dim; c++) t += x[i * dim + c]! * x[j * dim + c]!;
      a[i * n + j] = a[j * n + i] = reluNtk.value(Math.max(-1, Math.min(1, t)));
    }
  }
  return a;
}

/**
 * Footnote 2 under an arbitrary input distribution (τ uniform on a spherical cap): the verdict
 * regression, the closed-form cap means against quadrature, and the Rayleigh-quotient lower bound on λ_1
 * against two independent routes — Monte Carlo over pairs of cap samples and the top eigenvalue of the
 * Nyström Gram matrix (the project's eigensolver).
 */
describe('cao21 footnote 2 under any input distribution', () => {
  itMeasuresExpectedVerdict('cao21.footnote2.lambda-below-one.any-distribution');

  // The check can fail (a small cap) and can pass (a cap that is nearly the whole sphere, λ_1 ≈ μ_0).
  test('footnote2.any-distribution: fails on a small cap, not on the whole sphere', () => {
    const law = footnote2AnyDistribution.law('quick');
    const small = law.evaluate({ d: 2, r: 5 });
    expect(small.ok).toBe(false);
    expect(small.measured).toBeGreaterThan(1.49);
    const whole = law.evaluate({ d: 2, r: 314 });
    expect(whole.ok).toBe(true);
    expect(whole.decided).toBe(false);
  });

  // m_k = E_cap[P_k(cos α)]: the Rodrigues closed form against Gauss–Legendre in α (1000 nodes).
  test.prop([fc.integer({ min: 1, max: 40 }), fc.double({ min: 0.01, max: Math.PI, noNaN: true }), fc.integer({ min: 1, max: 60 })], { numRuns: 40 })(
    'cap means: closed form equals quadrature',
    (d, rho, K) => {
      const { values, absError } = capGegenbauerMeans(d, K, rho);
      const { nodes, weights } = gaussLegendre(1000);
      const num = new Float64Array(K + 1);
      let den = 0;
      for (let i = 0; i < nodes.length; i++) {
        const alpha = (rho * (nodes[i]! + 1)) / 2;
        const w = weights[i]! * Math.pow(Math.sin(alpha) / Math.sin(Math.min(rho, Math.PI / 2)), d - 1);
        den += w;
        const p = gegenbauerAll(d, K, Math.cos(alpha));
        for (let k = 0; k <= K; k++) num[k]! += w * p[k]!;
      }
      for (let k = 0; k <= K; k++) expect(Math.abs(values[k]! - num[k]! / den), `k = ${k}`).toBeLessThan(1e-10 + 100 * absError[k]!);
    },
  );

  // ρ = π is the uniform τ_d: every m_k (k ≥ 1) vanishes and R = μ_0.
  test.prop([fc.integer({ min: 1, max: 50 })], { numRuns: 10 })('whole sphere: the bracket contains μ_0', (d) => {
    const { lower, upper } = capLowerBound(d, Math.PI);
    const mu0 = reluNtk.mercerEigenvalues(d, 0)[0]!;
    expect(lower).toBeLessThanOrEqual(mu0 * (1 + 1e-12));
    expect(upper).toBeGreaterThanOrEqual(mu0 * (1 - 1e-12));
    expect(upper - lower).toBeLessThan(5e-3);
  });

  // An elementary floor: on a cap of radius ρ ≤ π/4 every ⟨x, x′⟩ ≥ cos 2ρ ≥ 0, where κ increases.
  test.prop([fc.integer({ min: 1, max: 50 }), fc.double({ min: 0.01, max: Math.PI / 4, noNaN: true })], { numRuns: 30 })('R ≥ κ(cos 2ρ) on caps of radius ≤ π/4', (d, rho) => {
    expect(capLowerBound(d, rho).upper).toBeGreaterThanOrEqual(reluNtk.value(Math.cos(2 * rho)));
  });

  // Monte Carlo over independent pairs of cap samples: the mean of κ lies within 5 standard errors of R.
  test.prop([fc.integer({ min: 1, max: 30 }), fc.double({ min: 0.01, max: Math.PI, noNaN: true }), fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 8 })(
    'Monte Carlo: E[κ(⟨x, x′⟩)] over cap pairs equals the series',
    (d, rho, seed) => {
      const n = 20_000;
      const dim = d + 1;
      const rng = createRng(seed);
      const x = sampleCap(rng, n, d, rho);
      const y = sampleCap(rng.fork(), n, d, rho);
      let s = 0;
      let s2 = 0;
      for (let i = 0; i < n; i++) {
        let t = 0;
        for (let c = 0; c < dim; c++) t += x[i * dim + c]! * y[i * dim + c]!;
        const v = reluNtk.value(Math.max(-1, Math.min(1, t)));
        s += v;
        s2 += v * v;
      }
      const mean = s / n;
      const se = Math.sqrt(Math.max(s2 / n - mean * mean, 0) / n);
      const { lower, upper } = capLowerBound(d, rho);
      expect(mean).toBeGreaterThan(lower - 5 * se - 1e-9);
      expect(mean).toBeLessThan(upper + 5 * se + 1e-9);
    },
  );

  // The referee's Nyström estimates on S² (λ_1 ≈ 1.49 for ρ = 0.05, 1.40 for ρ = 0.3): the top eigenvalue
  // of the Gram matrix / n on 1000 cap samples is ≥ its constant-vector Rayleigh quotient (exactly), within
  // Monte Carlo error of the series R, and above 1.
  test.each([
    [0.05, 1.49],
    [0.3, 1.4],
  ])('Nyström on S², cap radius %s: top eigenvalue ≈ %s > 1, consistent with the series', (rho, referee) => {
    const n = 1000;
    const d = 2;
    const a = gram(sampleCap(createRng(20260), n, d, rho), n, d + 1);
    let sum = 0;
    for (let i = 0; i < n * n; i++) {
      sum += a[i]!;
      a[i]! /= n;
    }
    const top = eigvalsh(a, n, 1)[0]!;
    const rayleighOfOnes = sum / (n * n);
    const { lower, upper } = capLowerBound(d, rho);
    expect(top).toBeGreaterThanOrEqual(rayleighOfOnes - 1e-12);
    expect(Math.abs(rayleighOfOnes - (lower + upper) / 2)).toBeLessThan(0.01);
    expect(Math.abs(top - referee)).toBeLessThan(0.01);
    expect(top).toBeGreaterThan(1);
    expect(lower).toBeGreaterThan(1);
  });
});
