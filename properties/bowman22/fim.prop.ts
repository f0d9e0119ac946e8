import { fc, test } from '@fast-check/vitest';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { activationByName } from '../../src/activations/activationByName.js';
import { decideEffectiveRank, MAX_RANK_FRACTION } from '../../src/claims/bowman22/fimEffectiveRank.js';
import { shallowLimitGram } from '../../src/claims/bowman22/shallowLimitGram.js';
import { mnistBatch } from '../../src/data/mnist.js';
import { eigh } from '../../src/linalg/eigh.js';
import { initBackend } from '../../src/networks/backend.js';
import { fullyConnectedNetwork } from '../../src/networks/fullyConnectedNetwork.js';
import { createRng } from '../../src/random/rng.js';
import { effectiveRank, fisherTrace } from '../../src/spectra/effectiveRank.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

beforeAll(async () => {
  await initBackend();
});

const features = fc.record({
  n: fc.integer({ min: 1, max: 10 }),
  p: fc.integer({ min: 1, max: 14 }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  logEps: fc.double({ min: -3, max: 0.5, noNaN: true }),
});

describe('bowman22 §4: effective rank of the Fisher information matrix (eq. 6)', () => {
  test.prop([features], { numRuns: 100 })(
    'p̃ from eig(K/n) equals the count from the p × p matrix F̂ = JᵀJ/n itself (nonzero spectra agree), and p̃ ≤ tr F̂/ε²',
    ({ n, p, seed, logEps }) => {
      const rng = createRng(seed);
      const scale = Array.from({ length: p }, (_, c) => 2 ** (-c / 2));
      const j = Float64Array.from({ length: n * p }, (_, k) => rng.normal() * scale[k % p]!);
      const gram = new Float64Array(n * n);
      const fisher = new Float64Array(p * p);
      for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) for (let c = 0; c < p; c++) gram[a * n + b]! += j[a * p + c]! * j[b * p + c]!;
      for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) for (let r = 0; r < n; r++) fisher[a * p + b]! += (j[r * p + a]! * j[r * p + b]!) / n;
      const k = eigh(gram, n).values;
      const f = eigh(fisher, p).values;
      const eps = 10 ** logEps;
      // Skip ε² within rounding (1e−12 relative to λ₁) of an eigenvalue: there the count is ambiguous.
      const top = Math.max(k[0]! / n, 1e-300);
      fc.pre([...f].every((v) => Math.abs(v - eps * eps) > 1e-12 * top));
      const direct = [...f].filter((v) => Math.sqrt(Math.max(v, 0)) > eps).length;
      expect(effectiveRank(k, n, eps)).toBe(direct);
      expect(effectiveRank(k, n, eps)).toBeLessThanOrEqual(fisherTrace(k, n) / (eps * eps) + 1e-9);
    },
  );

  it('decides the width sweep by its rule: bounded holds, p̃ ∝ m refuted, p̃ ∝ m^0.3 or saturated inconclusive', () => {
    const widths = [64, 128, 256, 512, 1024];
    const params = widths.map((m) => 785 * m);
    expect(decideEffectiveRank(widths, [9, 10, 9, 8, 9], params, 300).decision).toBe('holds');
    expect(decideEffectiveRank(widths, widths.map((m) => m / 8), params, 300).decision).toBe('refuted');
    expect(decideEffectiveRank(widths, widths.map((m) => 3 * m ** 0.3), params, 300).decision).toBe('inconclusive');
    expect(decideEffectiveRank(widths, [80, 80, 80, 80, 80], params, 300).decision).toBe('inconclusive');
    expect(decideEffectiveRank(widths, [600, 600, 600, 600, 600], params, 10_000).decision).toBe('refuted');
    expect(600 > MAX_RANK_FRACTION * params[0]!).toBe(true);
    expect(() => decideEffectiveRank([64, 128], [1, 1], [1, 1], 10)).toThrow(/decade/);
  });

  it('the finite-width Gram averages to the closed-form K^∞ = ψ₀(ρ) + ρψ₁(ρ) (softplus, MNIST on the sphere)', () => {
    const n = 6;
    const inits = 16;
    const m = 128;
    const batch = mnistBatch({ count: n, seed: 7, normalisation: 'sphere' });
    const limit = shallowLimitGram(batch.images, n, 784, activationByName('softplus'));
    const x = tf.tensor2d(batch.images, [n, 784]);
    const sum = new Float64Array(n * n);
    const sq = new Float64Array(n * n);
    for (let s = 0; s < inits; s++) {
      const net = fullyConnectedNetwork({ inputDim: 784, widths: [m], activation: 'softplus', seed: 1000 + s });
      const gram = net.ntkGram(x);
      gram.full.dataSync().forEach((v, p) => {
        sum[p]! += v;
        sq[p]! += v * v;
      });
      gram.dispose();
      net.dispose();
    }
    x.dispose();
    // E[K_m] = K^∞ exactly (i.i.d. neurons, E v² = 1); the mean of `inits` draws is within 5 standard
    // errors (sample sd/√inits) except with probability < 1e−6 per entry (Gaussian approximation).
    for (let p = 0; p < n * n; p++) {
      const mean = sum[p]! / inits;
      const sd = Math.sqrt(Math.max(0, sq[p]! / inits - mean * mean) * (inits / (inits - 1)));
      expect(Math.abs(mean - limit[p]!), `entry ${p}`).toBeLessThanOrEqual((5 * sd) / Math.sqrt(inits) + 1e-6);
    }
  });

  it('the closed form rejects inputs off the sphere and activations whose Hermite series is too short (relu)', () => {
    const batch = mnistBatch({ count: 3, seed: 1 });
    expect(() => shallowLimitGram(batch.images, 3, 784, activationByName('softplus'))).toThrow(/sphere/);
    const sphere = mnistBatch({ count: 3, seed: 1, normalisation: 'sphere' });
    expect(() => shallowLimitGram(sphere.images, 3, 784, activationByName('relu'))).toThrow(/Hermite series/);
  });

  itMeasuresExpectedVerdict('bowman22.fim.effective-rank', (r) => {
    const rankRows = r.measurements.rows.filter((row) => 'parameters p' in row.params);
    expect(rankRows.length).toBeGreaterThanOrEqual(10);
    for (const row of rankRows) {
      expect(row.ok).toBe(true);
      // p̃ never exceeds the Markov bound tr F̂/ε² (a theorem for any PSD F̂).
      expect(row.measured as number).toBeLessThanOrEqual(row.params['Markov bound ⌊tr F̂/ε²⌋'] as number);
    }
  });
});
