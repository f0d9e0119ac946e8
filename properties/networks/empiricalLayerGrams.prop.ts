import { fc, test } from '@fast-check/vitest';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../src/networks/backend.js';
import { empiricalLayerGrams } from '../../src/networks/empiricalLayerGrams.js';
import { fullyConnectedNetwork } from '../../src/networks/fullyConnectedNetwork.js';
import { createRng } from '../../src/random/rng.js';
import { sampleSphere } from '../../src/sphere/sampleSphere.js';

beforeAll(async () => {
  await initBackend();
});

describe('empiricalLayerGrams: a network\'s per-layer NTK Grams as float64 arrays', () => {
  test.prop([fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 6 })(
    'are the symmetrised ntkGram tensors, sum to the full Gram, and leak no tensors',
    (n, hidden, seed) => {
      const points = sampleSphere(createRng(seed), n, 2);
      const net = fullyConnectedNetwork({ inputDim: 3, widths: Array(hidden).fill(16), activation: 'tanh', seed });
      const before = tf.memory().numTensors;
      const grams = empiricalLayerGrams(net, points, 3);
      expect(tf.memory().numTensors).toBe(before);
      const x = tf.tensor2d(Float32Array.from(points), [n, 3]);
      const reference = net.ntkGram(x);
      const raw = reference.perLayer.map((k) => k.dataSync());
      reference.dispose();
      x.dispose();
      net.dispose();
      expect(grams.perLayer.length).toBe(hidden + 1);
      grams.perLayer.forEach((g, l) => {
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            expect(g[i * n + j]).toBe(g[j * n + i]);
            expect(g[i * n + j]).toBeCloseTo(0.5 * (raw[l]![i * n + j]! + raw[l]![j * n + i]!), 12);
          }
        }
      });
      for (let i = 0; i < n * n; i++) expect(grams.full[i]).toBeCloseTo(grams.perLayer.reduce((s, g) => s + g[i]!, 0), 12);
    },
  );

  it('rejects inputs that are not whole rows by name', () => {
    const net = fullyConnectedNetwork({ inputDim: 3, widths: [4], activation: 'relu', seed: 1 });
    expect(() => empiricalLayerGrams(net, Float64Array.of(1, 0), 3)).toThrow(/inputs must have length n·dim/);
    net.dispose();
  });
});
