import { fc, test } from '@fast-check/vitest';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect } from 'vitest';
import { networkInput, sphereNtk } from '../../src/kernelRegime/sphereNtk.js';
import { initBackend } from '../../src/networks/backend.js';
import { fullyConnectedNetwork } from '../../src/networks/fullyConnectedNetwork.js';
import { createRng } from '../../src/random/rng.js';
import { sampleSphere } from '../../src/sphere/sampleSphere.js';

beforeAll(async () => {
  await initBackend();
});

/**
 * K^∞ of `sphereNtk` (src/layerwise's recursion, inputs √D·x) is the NTK of src/networks' fully connected
 * network: exactly in expectation for one hidden layer (E_θ₀ K₀ = K^∞ at every width, per layer), and in
 * the limit for deeper ones.
 */
const smooth = fc.constantFrom('softplus' as const, 'tanh' as const, 'sigmoid' as const);

describe('analytic K^∞ for the networks of src/networks', () => {
  test.prop([smooth, fc.integer({ min: 1, max: 3 }), fc.double({ min: -1, max: 1, noNaN: true })], { numRuns: 30 })(
    'the Chebyshev interpolant equals the layer recursion to 1e−12',
    (activation, hidden, u) => {
      const k = sphereNtk(activation, hidden);
      expect(k.interpolationError).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(k.value(u) - k.direct(u))).toBeLessThanOrEqual(1e-12);
      expect(k.perLayer(u).reduce((s, v) => s + v, 0)).toBeCloseTo(k.direct(u), 13);
    },
  );

  test.prop([smooth, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 4 })(
    'one hidden layer: the mean of the empirical per-layer Grams over 24 initialisations is K^∞ within 5 standard errors',
    (activation, d, seed) => {
      const rng = createRng(seed);
      const p = 5;
      const dim = d + 1;
      const points = sampleSphere(rng, p, d);
      const x = tf.tensor2d(Float32Array.from(networkInput(points, dim)), [p, dim]);
      const reps = 24;
      const sums = [new Float64Array(p * p), new Float64Array(p * p)];
      const squares = [new Float64Array(p * p), new Float64Array(p * p)];
      for (let r = 0; r < reps; r++) {
        const net = fullyConnectedNetwork({ inputDim: dim, widths: [64], activation, seed: rng.int(2 ** 31) });
        const g = net.ntkGram(x);
        g.perLayer.forEach((t, l) => {
          t.dataSync().forEach((v, i) => {
            sums[l]![i]! += v;
            squares[l]![i]! += v * v;
          });
        });
        g.dispose();
        net.dispose();
      }
      x.dispose();
      const k = sphereNtk(activation, 1);
      for (let i = 0; i < p; i++) {
        for (let j = 0; j < p; j++) {
          let u = 0;
          for (let c = 0; c < dim; c++) u += points[i * dim + c]! * points[j * dim + c]!;
          const theta = k.perLayer(Math.max(-1, Math.min(1, u)));
          for (let l = 0; l < 2; l++) {
            const mean = sums[l]![i * p + j]! / reps;
            const se = Math.sqrt(Math.max(0, squares[l]![i * p + j]! / reps - mean * mean) / (reps - 1));
            // 5 SE of a t_23 mean (two-sided 4e−5 per entry) plus float32 rounding of the Gram (≤ 1e−5·|Θ|).
            expect(Math.abs(mean - theta[l]!)).toBeLessThanOrEqual(5 * se + 1e-5 * Math.abs(theta[l]!) + 1e-7);
          }
        }
      }
    },
  );

  test.prop([fc.constantFrom('softplus' as const, 'tanh' as const), fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 2 })(
    'two hidden layers: the per-layer deviation from the analytic components shrinks from m = 64 to m = 512 (by ≥ 35 %; m^{−1/2} predicts 65 %)',
    (activation, seed) => {
      const rng = createRng(seed);
      const d = 2;
      const dim = 3;
      const p = 8;
      const points = sampleSphere(rng, p, d);
      const x = tf.tensor2d(Float32Array.from(networkInput(points, dim)), [p, dim]);
      const k = sphereNtk(activation, 2);
      const deviation = (m: number) => {
        let total = 0;
        for (let r = 0; r < 3; r++) {
          const net = fullyConnectedNetwork({ inputDim: dim, widths: [m, m], activation, seed: rng.int(2 ** 31) });
          const g = net.ntkGram(x);
          const layers = g.perLayer.map((t) => t.dataSync());
          g.dispose();
          net.dispose();
          for (let i = 0; i < p; i++) {
            for (let j = 0; j < p; j++) {
              let u = 0;
              for (let c = 0; c < dim; c++) u += points[i * dim + c]! * points[j * dim + c]!;
              const theta = k.perLayer(Math.max(-1, Math.min(1, u)));
              layers.forEach((layer, l) => (total += Math.abs(layer[i * p + j]! - theta[l]!)));
            }
          }
        }
        return total;
      };
      const narrow = deviation(64);
      const wide = deviation(512);
      x.dispose();
      expect(wide).toBeLessThan(0.65 * narrow);
    },
  );
});
