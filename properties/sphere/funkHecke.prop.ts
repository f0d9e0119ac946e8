import { fc, test } from '@fast-check/vitest';
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { describe, expect } from 'vitest';
import { dotProductKernels } from '../../src/kernels/kernelByName.js';
import { arcCosine0, arcCosine1, reluNtk } from '../../src/kernels/arcCosine.js';
import { createRng } from '../../src/random/rng.js';
import { funkHecke } from '../../src/sphere/funkHecke.js';
import { harmonicDimension } from '../../src/sphere/harmonicDimension.js';
import { sampleSphere } from '../../src/sphere/sampleSphere.js';

const kernel = fc.constantFrom(...dotProductKernels);
/** Closed-form relative accuracy: products of ≤ K + d/2 + 4 rational factors, squared, log-summed. */
const closedFormAccuracy = (d: number, K: number) => 4 * (K + d / 2 + 4) * Number.EPSILON;

describe('Funk–Hecke eigenvalues of the arc-cosine kernels and the ReLU NTK (Cao et al. Theorem 3.3, Remark 3.4)', () => {
  test.prop([kernel, fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 40 })], { numRuns: 40 })(
    'closed form = quadrature of c_d∫κ(cos θ)P_k(cos θ)sin^{d−1}θ dθ within the quadrature error bound',
    (ker, d, K) => {
      const closed = ker.mercerEigenvalues(d, K);
      const q = funkHecke(ker.value, d, K);
      for (let k = 0; k <= K; k++) {
        const bound = q.errorEstimate[k]! + q.roundingBound[k]! + closedFormAccuracy(d, K) * closed[k]!;
        expect(Math.abs(q.values[k]! - closed[k]!), `${ker.name} d=${d} k=${k}`).toBeLessThanOrEqual(bound);
      }
    },
  );

  // Mercer at t = 1: Σ_k N(d,k)μ_k = κ(1). Terms decay like k^{−2} or faster (N(d,k)μ_k ~ k^{d−1}·k^{−d−1}),
  // for which the tail beyond K is at most twice the sum over (K/2, K].
  test.prop([kernel, fc.integer({ min: 1, max: 6 })], { numRuns: 12 })('trace identity Σ_k N(d,k)μ_k = κ(1), with a tail bound', (ker, d) => {
    const K = 1200;
    const mu = ker.mercerEigenvalues(d, K);
    let total = 0;
    let lastHalf = 0;
    for (let k = 0; k <= K; k++) {
      const term = Number(harmonicDimension(d, k)) * mu[k]!;
      total += term;
      if (k > K / 2) lastHalf += term;
    }
    const gap = ker.value(1) - total;
    expect(gap).toBeGreaterThanOrEqual(-closedFormAccuracy(d, K) * ker.value(1));
    expect(gap).toBeLessThanOrEqual(2 * lastHalf + closedFormAccuracy(d, K) * ker.value(1));
  });

  // On the circle μ_k = (1/π)∫_0^π κ(cos θ)cos kθ dθ, integrated by hand: with F(m) = ∫_0^π(π−θ)cos mθ dθ and
  // G(k) = ∫_0^π sin θ cos kθ dθ, κ̂₁ ↦ F(k)/(2π²), κ̂₂ ↦ [(F(k+1) + F(|k−1|))/2 + G(k)]/(2π²),
  // κ = tκ̂₁ + 2κ̂₂ = [3(π−θ)cos θ + 2 sin θ]/(2π) ↦ [3(F(k+1) + F(|k−1|))/2 + 2G(k)]/(2π²).
  test.prop([fc.integer({ min: 0, max: 300 })])('at d = 1 the general routine gives the Fourier coefficients', (k) => {
    const F = (m: number) => (m === 0 ? (Math.PI * Math.PI) / 2 : (1 - Math.cos(m * Math.PI)) / (m * m));
    const G = (j: number) => (j === 1 ? 0 : (1 + Math.cos(j * Math.PI)) / (1 - j * j));
    const shift = (F(k + 1) + F(Math.abs(k - 1))) / 2;
    const expected = { arccos0: F(k), arccos1: shift + G(k), ntk: 3 * shift + 2 * G(k) };
    // The hand formula cancels (F ~ 2/k², G ~ −2/k², sum ~ k⁻⁴): its rounding error is ≤ 16ε·(sum of |terms|).
    const magnitude = { arccos0: F(k), arccos1: shift + Math.abs(G(k)), ntk: 3 * shift + 2 * Math.abs(G(k)) };
    for (const ker of [arcCosine0, arcCosine1, reluNtk]) {
      const name = ker.name as keyof typeof expected;
      const want = expected[name] / (2 * Math.PI * Math.PI);
      const got = ker.mercerEigenvalues(1, k)[k]!;
      const bound = 16 * Number.EPSILON * (magnitude[name] / (2 * Math.PI * Math.PI)) + closedFormAccuracy(1, k) * got;
      expect(Math.abs(got - want), `${ker.name} k=${k}`).toBeLessThanOrEqual(bound);
    }
  });

  // PSD: eigenvalues of the Gram matrix ≥ −n·ε·κ(1)·8 (backward error of the symmetric eigensolver, ‖K‖ ≤ n·κ(1)).
  test.prop([kernel, fc.integer({ min: 1, max: 20 }), fc.integer({ min: 2, max: 60 }), fc.integer()], { numRuns: 30 })(
    'Gram matrices of κ on random points are positive semi-definite',
    (ker, d, n, seed) => {
      const x = sampleSphere(createRng(seed), n, d);
      const gram = gramMatrix(ker.value, x, n, d + 1);
      const min = Math.min(...new EigenvalueDecomposition(gram, { assumeSymmetric: true }).realEigenvalues);
      expect(min).toBeGreaterThanOrEqual(-8 * n * Number.EPSILON * n * ker.value(1));
    },
  );

  // Rosasco, Belkin & De Vito (2010, Thm 7, from Pinelis' Hoeffding inequality in Hilbert space): with
  // probability ≥ 1 − 2e^{−τ}, ‖T_n − T‖_HS ≤ 2√2·sup κ·√τ/√n, and by Hoffman–Wielandt the sorted
  // spectra satisfy Σ_j (λ_j(K/n) − λ_j(T))² ≤ ‖T_n − T‖²_HS. τ = 14 (failure probability 2e^{−14} ≈ 1.7e−6).
  test.prop([kernel, fc.integer({ min: 1, max: 3 }), fc.integer()], { numRuns: 6 })(
    'the spectrum of the n×n Gram matrix divided by n approaches the Funk–Hecke eigenvalues (with multiplicity)',
    (ker, d, seed) => {
      const n = 400;
      const x = sampleSphere(createRng(seed), n, d);
      const empirical = new EigenvalueDecomposition(gramMatrix(ker.value, x, n, d + 1).div(n), { assumeSymmetric: true }).realEigenvalues.sort((a, b) => b - a);
      const mu = ker.mercerEigenvalues(d, 400);
      const population: number[] = [];
      for (let k = 0; k <= 400 && population.length < n; k++) {
        for (let j = 0n; j < harmonicDimension(d, k) && population.length < n; j++) population.push(mu[k]!);
      }
      population.sort((a, b) => b - a);
      let sq = 0;
      for (let j = 0; j < n; j++) sq += (empirical[j]! - (population[j] ?? 0)) ** 2;
      const bound = (2 * Math.SQRT2 * ker.value(1) * Math.sqrt(14)) / Math.sqrt(n);
      expect(Math.sqrt(sq)).toBeLessThanOrEqual(bound);
    },
  );

  test.prop([fc.oneof(fc.constant(0), fc.constant(-3), fc.constant(10_001), fc.constant(2.5))])('bad d is rejected by name', (d) => {
    expect(() => funkHecke(reluNtk.value, d, 3)).toThrow(/^d must be an integer in \[1, 10000\]/);
  });
});

function gramMatrix(kappa: (t: number) => number, x: Float64Array, n: number, dim: number): Matrix {
  const g = new Matrix(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      let t = 0;
      for (let c = 0; c < dim; c++) t += x[i * dim + c]! * x[j * dim + c]!;
      const v = kappa(t);
      g.set(i, j, v);
      g.set(j, i, v);
    }
  }
  return g;
}
