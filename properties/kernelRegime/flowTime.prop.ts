import { fc, test } from '@fast-check/vitest';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { deviationRun } from '../../src/kernelRegime/deviationRun.js';
import { recordTraining } from '../../src/kernelRegime/recordTraining.js';
import { networkInput, sphereNtk } from '../../src/kernelRegime/sphereNtk.js';
import { antisymmetricNetwork } from '../../src/networks/antisymmetricNetwork.js';
import { initBackend } from '../../src/networks/backend.js';
import { trainingSet } from '../../src/networks/trainingSet.js';
import { createRng } from '../../src/random/rng.js';
import { sampleSphere } from '../../src/sphere/sampleSphere.js';

beforeAll(async () => {
  await initBackend();
});

/**
 * How gradient-descent steps map to the flow time of Bowman & Montúfar §2.2: with Φ = (1/2n)‖r̂‖² and
 * θ ← θ − η∇Φ, one step moves f off the training set by η·(1/n)Σ_i K₀(x, x_i)(y_i − f(x_i)) + O(η²), i.e.
 * flow time η per step (t = η·S), the residual dynamics ∂_t r = −T_n^t r of eq. (4).
 */
describe('gradient-descent steps and flow time', () => {
  test.prop([fc.constantFrom('softplus' as const, 'tanh' as const), fc.integer({ min: 2, max: 4 }), fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 4 })(
    'one step of size η changes f on held-out points by (η/n)·K₀(x, X)y: relative error ≤ 1e−3 at η = 0.5/σ₁ and η/2 (a factor-2 error in the time map would be 1)',
    (activation, d, seed) => {
      const rng = createRng(seed);
      const dim = d + 1;
      const n = 32;
      const p = 16;
      const train = sampleSphere(rng, n, d);
      const test = sampleSphere(rng, p, d);
      const y = Float64Array.from({ length: n }, (_, i) => train[i * dim]! + train[i * dim + 1]! * train[i * dim + 2]!);
      const sigma1 = sphereNtk(activation, 1).value(1);
      const netSeed = rng.int(2 ** 31);
      const both = tf.tensor2d(Float32Array.from(networkInput(Float64Array.from([...test, ...train]), dim)), [p + n, dim]);
      const testX = tf.slice(both, [0, 0], [p, dim]) as tf.Tensor2D;
      const relError = (eta: number) => {
        const net = antisymmetricNetwork({ inputDim: dim, widths: [256], activation, seed: netSeed });
        const data = trainingSet(networkInput(train, dim), dim, y);
        const gram = net.ntkGram(both);
        const k = gram.full.dataSync();
        gram.dispose();
        const [f0, f1] = recordTraining(net, data, eta, [0, 1], testX);
        net.dispose();
        data.dispose();
        let num = 0;
        let den = 0;
        for (let i = 0; i < p; i++) {
          let pred = 0;
          for (let j = 0; j < n; j++) pred += k[i * (p + n) + p + j]! * y[j]!;
          pred *= eta / n;
          num += (f1![i]! - f0![i]! - pred) ** 2;
          den += pred * pred;
          expect(f0![i]).toBe(0);
        }
        return Math.sqrt(num / den);
      };
      const eta = 0.5 / sigma1;
      const e1 = relError(eta);
      const e2 = relError(eta / 2);
      both.dispose();
      testX.dispose();
      // Error sources: the O(η²) linearisation term, relative O(η·‖∇²f‖) = O(η/√m) in the NTK
      // parametrisation (measured ≤ 1e−5 here), and float32 rounding of the update (u·|W| per weight,
      // ≈ u·√m/|Δf| ≈ 1e−5 relative). 1e−3 leaves two orders of margin; a wrong time map is O(1).
      expect(e1).toBeLessThanOrEqual(1e-3);
      expect(e2).toBeLessThanOrEqual(1e-3);
    },
  );

  it('a step size beyond the kernel dynamics\' stability limit stops with a divergence error, not NaN', () => {
    const rng = createRng(3);
    const train = sampleSphere(rng, 16, 2);
    const net = antisymmetricNetwork({ inputDim: 3, widths: [64], activation: 'tanh', seed: 4 });
    const data = trainingSet(networkInput(train, 3), 3, Float64Array.from({ length: 16 }, (_, i) => train[3 * i]!));
    const x = tf.tensor2d(Float32Array.from(networkInput(train, 3)), [16, 3]);
    expect(() => recordTraining(net, data, 60, [0, 50], x)).toThrow(/diverged/);
    net.dispose();
    data.dispose();
    x.dispose();
  });
});

describe('the deviation experiment', () => {
  it('at step 0 the deviation is exactly 0 (antisymmetric initialisation) and each level residual is ‖P_ℓ f*‖² = 1/3 within 4 SE', () => {
    const run = deviationRun({ activation: 'softplus', hiddenLayers: 1, d: 2, width: 64, n: 16, seed: 5, checkpoints: [0, 2], stepScale: 0.5, heldOut: 2000, targetLevels: 3, projectionLevels: 3 });
    expect(run.deviation[0]!.estimate).toBe(0);
    run.levelResidual.forEach((series) => expect(Math.abs(series[0]!.estimate - 1 / 3)).toBeLessThanOrEqual(4 * series[0]!.standardError));
    run.idealLevelResidual.forEach((series) => expect(series[0]).toBeCloseTo(1 / 3, 12));
    expect(run.times).toEqual([0, 2 * run.eta]);
  });
});
