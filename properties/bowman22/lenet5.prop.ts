import { fc, test } from '@fast-check/vitest';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mnistBatch } from '../../src/data/mnist.js';
import { initBackend, type BackendInfo } from '../../src/networks/backend.js';
import { lenet5, lenet5Forward, type LeNet5 } from '../../src/networks/lenet5.js';
import { lenet5Features, lenet5NtkGram } from '../../src/networks/lenet5NtkGram.js';
import { FLOAT32_GRADIENT_RELATIVE_ERROR } from '../../src/spectra/gramSpectrum.js';

let initial: BackendInfo;
beforeAll(async () => {
  initial = await initBackend();
});
afterAll(async () => {
  await initBackend(initial.name);
});

/**
 * Reference: per-example gradients of f_c(x_i) with respect to every weight tensor by autodiff
 * (tf.grads over the weights, one example at a time) on the pure-JavaScript cpu backend — a different
 * method (no pre-activation shifts, no im2col, no Gram identities) and different kernels from the
 * features under test (wasm has no Conv2DBackpropFilter, which this route needs). Flattened per tensor.
 */
async function referenceGradients(net: LeNet5, images: Float32Array, n: number, output: number): Promise<Float64Array[][]> {
  await initBackend('cpu');
  try {
    return Array.from({ length: n }, (_, i) =>
      tf.tidy(() => {
        const xi = tf.tensor2d(images.subarray(i * 784, (i + 1) * 784), [1, 784]);
        const f = (...w: tf.Tensor[]) => tf.sum(tf.slice(lenet5Forward({ ...net, weights: w as never }, xi).logits, [0, output], [1, 1]));
        return tf.grads(f)([...net.weights]).map((g) => g.dataSync());
      }).map((g) => Float64Array.from(g)),
    );
  } finally {
    await initBackend(initial.name);
  }
}

const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let s = 0;
  for (let p = 0; p < a.length; p++) s += a[p]! * b[p]!;
  return s;
};

const cases = fc.record({
  n: fc.integer({ min: 1, max: 4 }),
  output: fc.integer({ min: 0, max: 9 }),
  activation: fc.constantFrom('softplus', 'relu', 'tanh'),
  chunk: fc.integer({ min: 1, max: 4 }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
});

describe('LeNet-5 in the NTK parametrisation and its per-logit NTK Gram', () => {
  it('has the LeNet-5 shapes: 61 470 weights, 10 logits, and leaks no tensors', () => {
    const before = tf.memory().numTensors;
    const net = lenet5({ seed: 1 });
    expect(net.parameterCount).toBe(150 + 2400 + 48000 + 10080 + 840);
    const x = tf.tensor2d(mnistBatch({ count: 3, seed: 2, normalisation: 'standardize' }).images, [3, 784]);
    const logits = net.logits(x);
    expect(logits.shape).toEqual([3, 10]);
    const values = logits.dataSync();
    expect(values.every(Number.isFinite)).toBe(true);
    logits.dispose();
    lenet5NtkGram(net, x, { chunk: 2 });
    x.dispose();
    net.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  test.prop([cases], { numRuns: 4 })(
    'per-layer Grams and per-example gradients equal autodiff on the cpu backend to ρ = 64u (normwise)',
    async ({ n, output, activation, chunk, seed }) => {
      const images = mnistBatch({ count: n, seed, normalisation: 'standardize' }).images;
      const net = lenet5({ seed: seed + 1, activation });
      const x = tf.tensor2d(images, [n, 784]);
      try {
        const gram = lenet5NtkGram(net, x, { output, chunk });
        const features = lenet5Features(net, x, { output, chunk });
        const ref = await referenceGradients(net, images, n, output);
        // The error model of `gramSpectrum`: |K̂_ij − K_ij| ≤ ρ‖g_i‖‖g_j‖ per layer and ‖ĝ_i − g_i‖ ≤ ρ‖g_i‖.
        // Both sides are float32 computations, so this bounds the sum of their errors (measured ≈ 20u).
        for (let l = 0; l < 5; l++) {
          for (let i = 0; i < n; i++) {
            for (let j = 0; j < n; j++) {
              const exact = dot(ref[i]![l]!, ref[j]![l]!);
              const scale = Math.sqrt(dot(ref[i]![l]!, ref[i]![l]!) * dot(ref[j]![l]!, ref[j]![l]!));
              expect(Math.abs(gram.perLayer[l]![i * n + j]! - exact), `K_${l}[${i}][${j}]`).toBeLessThanOrEqual(FLOAT32_GRADIENT_RELATIVE_ERROR * scale);
            }
          }
        }
        for (let i = 0; i < n; i++) {
          // Dense layers: the per-example gradient is a_i ⊗ δ_i/√k (row-major [fan-in, fan-out] like W).
          const fast: number[][] = [Array.from(features.conv[0].subarray(i * 150, (i + 1) * 150)), Array.from(features.conv[1].subarray(i * 2400, (i + 1) * 2400))];
          for (const { a, delta, fanIn, fanOut } of features.dense) {
            const g: number[] = [];
            for (let r = 0; r < fanIn; r++) for (let c = 0; c < fanOut; c++) g.push((a[i * fanIn + r]! * delta[i * fanOut + c]!) / Math.sqrt(fanIn));
            fast.push(g);
          }
          // Conv features are ordered (c_out, ky, kx, c_in), the weights [ky, kx, c_in, c_out]: compare norms
          // and the Gram (above); dense features in the weights' own order entrywise.
          for (let l = 0; l < 5; l++) {
            const r = ref[i]![l]!;
            const norm = Math.sqrt(dot(r, r));
            if (l < 2) {
              expect(Math.abs(Math.sqrt(dot(fast[l]!, fast[l]!)) - norm)).toBeLessThanOrEqual(FLOAT32_GRADIENT_RELATIVE_ERROR * norm);
            } else {
              let diff = 0;
              for (let p = 0; p < r.length; p++) diff += (fast[l]![p]! - r[p]!) ** 2;
              expect(Math.sqrt(diff), `‖ĝ − g‖ layer ${l}, example ${i}`).toBeLessThanOrEqual(FLOAT32_GRADIENT_RELATIVE_ERROR * norm);
            }
          }
        }
        for (let i = 0; i < n * n; i++) expect(gram.full[i]).toBe(gram.perLayer.reduce((s, k) => s + k[i]!, 0));
      } finally {
        x.dispose();
        net.dispose();
      }
    },
  );

  it('rejects a bad logit index, chunk or input width', () => {
    const net = lenet5({ seed: 3 });
    const x = tf.zeros([2, 784]) as tf.Tensor2D;
    const wrong = tf.zeros([2, 783]) as tf.Tensor2D;
    expect(() => lenet5NtkGram(net, x, { output: 10 })).toThrow(/output/);
    expect(() => lenet5NtkGram(net, x, { chunk: 0 })).toThrow(/chunk/);
    expect(() => lenet5NtkGram(net, wrong)).toThrow(/x must be an n × 784/);
    expect(() => lenet5({ seed: 1, activation: 'swish' })).toThrow(/swish/);
    tf.dispose([x, wrong]);
    net.dispose();
  });
});
