import { fc, test } from '@fast-check/vitest';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIVATION_NAMES } from '../../src/activations/activation.js';
import { activationByName } from '../../src/activations/activationByName.js';
import { antisymmetricNetwork } from '../../src/networks/antisymmetricNetwork.js';
import { initBackend } from '../../src/networks/backend.js';
import { float32Gamma as gamma, magnitudeGrams, outputOf, perExampleJacobians } from '../../src/networks/autodiffNtk.js';

const U32 = 2 ** -24;
import { fullyConnectedNetwork } from '../../src/networks/fullyConnectedNetwork.js';
import { gradientDescent } from '../../src/networks/gradientDescent.js';
import { trainingSet } from '../../src/networks/trainingSet.js';
import { createRng } from '../../src/random/rng.js';
import { sampleSphere } from '../../src/sphere/sampleSphere.js';


const architecture = fc.record({
  n: fc.integer({ min: 1, max: 6 }),
  d: fc.integer({ min: 1, max: 4 }),
  widths: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 }),
  activation: fc.constantFrom(...ACTIVATION_NAMES),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
});

function sample(n: number, d: number, seed: number) {
  const rng = createRng(seed);
  return trainingSet(sampleSphere(rng, n, d), d + 1, Array.from({ length: n }, () => 2 * rng.uniform() - 1));
}

beforeAll(async () => {
  await initBackend();
});

describe('deep fully connected networks (NTK parametrisation) and the antisymmetric initialisation', () => {
  for (const [label, make] of [
    ['plain', fullyConnectedNetwork],
    ['antisymmetric', antisymmetricNetwork],
  ] as const) {
    test.prop([architecture], { numRuns: 25 })(
      `${label}: per-layer Grams (A Aᵀ/m)⊙(ΔΔᵀ) from one forward/backward pass equal per-example autodiff, and sum to the full autodiff Gram`,
      ({ n, d, widths, activation, seed }) => {
        const data = sample(n, d, seed);
        const net = make({ inputDim: d + 1, widths, activation, seed: seed + 1 });
        const gram = net.ntkGram(data.x);
        const perLayer = gram.perLayer.map((k) => k.arraySync());
        const full = gram.full.arraySync();
        gram.dispose();
        const jac = perExampleJacobians(net, data.x);
        const bound = magnitudeGrams(net, data.x);
        // Each gradient entry is a product along ≤ L + 1 layers of dot products of length ≤ max fan-in,
        // each carrying relative error ≤ γ_{fan-in + 4} (activations are evaluated to ≤ a few ulp, tf.erf
        // to 1.5e−7 absolute: covered by the +16); the Gram sums those products.
        const fanIn = Math.max(d + 1, ...widths);
        const k = gamma((widths.length + 2) * (fanIn + 16) + n);
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            let total = 0;
            let totalBound = 0;
            for (let l = 0; l < net.layerCount; l++) {
              let dot = 0;
              net.signs.forEach((_, c) => {
                const a = jac[i]![c * net.layerCount + l]!;
                const b = jac[j]![c * net.layerCount + l]!;
                for (let p = 0; p < a.length; p++) dot += a[p]! * b[p]!;
              });
              const b = bound[l]![i]![j]!;
              expect(Math.abs(perLayer[l]![i]![j]! - dot), `K_${l}[${i}][${j}] (${activation})`).toBeLessThanOrEqual(4 * k * b);
              total += dot;
              totalBound += b;
            }
            expect(Math.abs(full[i]![j]! - total), `K[${i}][${j}]`).toBeLessThanOrEqual(4 * k * totalBound);
          }
        }
        net.dispose();
        data.dispose();
      },
    );
  }

  test.prop([architecture], { numRuns: 25 })('antisymmetric: f ≡ 0 at initialisation and its NTK equals the plain network’s, layer by layer', ({ n, d, widths, activation, seed }) => {
    const data = sample(n, d, seed);
    const plain = fullyConnectedNetwork({ inputDim: d + 1, widths, activation, seed });
    const asi = antisymmetricNetwork({ inputDim: d + 1, widths, activation, seed });
    const out = asi.predict(data.x);
    expect(Array.from(out.dataSync()).every((v) => v === 0)).toBe(true);
    out.dispose();
    const a = plain.ntkGram(data.x);
    const b = asi.ntkGram(data.x);
    a.perLayer.forEach((k, l) => {
      const x = k.dataSync();
      const y = b.perLayer[l]!.dataSync();
      // ½K + ½K in float32: two roundings of the halves and one of the sum.
      x.forEach((v, p) => expect(Math.abs(y[p]! - v)).toBeLessThanOrEqual(3 * U32 * Math.abs(v)));
    });
    a.dispose();
    b.dispose();
    plain.dispose();
    asi.dispose();
    data.dispose();
  });

  test.prop([architecture, fc.nat()], { numRuns: 25 })('a step trains exactly the chosen weight matrix and matches −η·∇L from tf.grads', ({ n, d, widths, activation, seed }, pick) => {
    const data = sample(n, d, seed);
    const layer = pick % (widths.length + 1);
    const net = fullyConnectedNetwork({ inputDim: d + 1, widths, activation, seed: seed + 1, trainable: layer });
    const eta = 0.3;
    const before = net.copies[0]!.weights.map((w) => Array.from(w.dataSync()));
    const expected = tf.tidy(() => {
      const weights = [...net.copies[0]!.weights];
      const loss = (...w: tf.Tensor[]) => tf.div(tf.sum(tf.square(tf.sub(outputOf(net, data.x, w), data.y))), 2 * n);
      return tf.grads(loss)(weights).map((g) => Array.from(tf.mul(g, -eta).dataSync()));
    });
    // Bound: the update is (η/n)Σ_i r_i ∂f(x_i)/∂W; each factor carries the relative error of the
    // Gram test's chain, r_i = y_i − f_i that of f_i, so |error| ≤ 4γ·(η/n)Σ_i (|y_i| + |f_i|)|∂f_i/∂W|.
    const jac = perExampleJacobians(net, data.x);
    const f = net.predict(data.x);
    const fv = f.dataSync();
    f.dispose();
    const fanIn = Math.max(d + 1, ...widths);
    const k = gamma((widths.length + 2) * (fanIn + 16) + n);
    net.step(data, eta).dispose();
    net.copies[0]!.weights.forEach((w, l) => {
      const after = w.dataSync();
      after.forEach((v, p) => {
        const delta = v - before[l]![p]!;
        if (l !== layer) {
          expect(delta).toBe(0);
          return;
        }
        let scale = 0;
        for (let i = 0; i < n; i++) scale += (eta / n) * (Math.abs(data.targets[i]!) + Math.abs(fv[i]!)) * Math.abs(jac[i]![l]![p]!);
        const g = expected[l]![p]!;
        expect(Math.abs(delta - g), `W_${l}[${p}]`).toBeLessThanOrEqual(4 * k * scale + 2 * U32 * (Math.abs(before[l]![p]!) + Math.abs(g)));
      });
    });
    net.dispose();
    data.dispose();
  });

  it('leaks no tensor over training (all layers, one layer, antisymmetric) or a Gram computation', () => {
    const data = sample(30, 3, 9);
    const before = tf.memory().numTensors;
    for (const net of [
      fullyConnectedNetwork({ inputDim: 4, widths: [16, 16], activation: 'tanh', seed: 1 }),
      fullyConnectedNetwork({ inputDim: 4, widths: [16, 16], activation: 'relu', seed: 1, trainable: 1 }),
      antisymmetricNetwork({ inputDim: 4, widths: [16], activation: 'gelu', seed: 2 }),
    ]) {
      gradientDescent(net, data, { eta: 0.5, steps: 10 });
      net.ntkGram(data.x).dispose();
      net.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
    data.dispose();
  });

  it('names the argument on bad shapes and parameters', () => {
    expect(() => fullyConnectedNetwork({ inputDim: 3, widths: [], activation: 'relu', seed: 1 })).toThrow(/widths/);
    expect(() => fullyConnectedNetwork({ inputDim: 3, widths: [4, 0], activation: 'relu', seed: 1 })).toThrow(/widths\[1\]/);
    expect(() => fullyConnectedNetwork({ inputDim: 3, widths: [4], activation: 'swish', seed: 1 })).toThrow(/name must be one of/);
    expect(() => fullyConnectedNetwork({ inputDim: 3, widths: [4], activation: activationByName('tanh'), seed: 1, trainable: 2 })).toThrow(/trainable/);
    const net = fullyConnectedNetwork({ inputDim: 3, widths: [4], activation: 'erf', seed: 1 });
    const wrong = tf.zeros([2, 4]) as tf.Tensor2D;
    expect(() => net.predict(wrong)).toThrow(/x must be an n × 3/);
    expect(() => net.ntkGram(wrong)).toThrow(/x must be an n × 3/);
    wrong.dispose();
    net.dispose();
  });
});
