import { fc, test } from '@fast-check/vitest';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../src/networks/backend.js';
import { DivergenceError, gradientDescent } from '../../src/networks/gradientDescent.js';
import { trainingSet } from '../../src/networks/trainingSet.js';
import { type StepKernel, twoLayerFromWeights, twoLayerNetwork } from '../../src/networks/twoLayerNetwork.js';
import { twoLayerNtkGram } from '../../src/networks/twoLayerNtkGram.js';
import { effectiveStep, stepSizeFor } from '../../src/networks/effectiveStep.js';
import { createRng } from '../../src/random/rng.js';
import { sampleSphere } from '../../src/sphere/sampleSphere.js';

/** Unit roundoff of float32. */
const U32 = 2 ** -24;
/** Higham's γ_k = k·u/(1 − k·u): the relative error bound of a k-term float32 sum of products. */
const gamma = (k: number): number => (k * U32) / (1 - k * U32);

const small = fc.record({
  n: fc.integer({ min: 1, max: 24 }),
  m: fc.integer({ min: 1, max: 48 }),
  d: fc.integer({ min: 1, max: 5 }),
  theta: fc.double({ min: 0.05, max: 2, noNaN: true }),
  s: fc.double({ min: 0.01, max: 1, noNaN: true }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
});

function sample(n: number, d: number, seed: number) {
  const rng = createRng(seed);
  const points = sampleSphere(rng, n, d);
  return trainingSet(points, d + 1, Array.from({ length: n }, () => 2 * rng.uniform() - 1));
}

beforeAll(async () => {
  await initBackend();
});

describe('two-layer network of Cao et al. §2', () => {
  // Both implementations of the step (tfjs ops; the WebAssembly kernels, activations never stored) against autodiff.
  test.prop([small, fc.constantFrom<StepKernel>('tfjs', 'wasm')], { numRuns: 60 })('the hand-derived GD step equals −η·∇L from tf.grads (float32 bound from sizes)', ({ n, m, d, theta, s, seed }, stepKernel) => {
    const data = sample(n, d, seed);
    const net = twoLayerNetwork({ inputDim: d + 1, width: m, theta, seed: seed + 1, stepKernel });
    const eta = stepSizeFor(s, theta, m);
    const w1 = net.first.arraySync();
    const w2 = net.second.arraySync().map((row) => row[0]!);
    const [g1, g2] = tf.tidy(() => {
      const loss = (a: tf.Tensor, b: tf.Tensor) =>
        tf.mean(tf.square(tf.sub(data.y, tf.mul(tf.matMul(tf.relu(tf.matMul(data.x, a, false, true)), b), theta * Math.sqrt(m)))));
      const [ga, gb] = tf.grads(loss)([net.first, net.second]);
      return [tf.mul(ga!, -eta).arraySync() as number[][], tf.mul(gb!, -eta).arraySync() as number[][]];
    });
    net.step(data, eta).dispose();
    const new1 = net.first.arraySync();
    const new2 = net.second.arraySync().map((row) => row[0]!);
    // Float64 magnitude bounds: every computed quantity is a sum of products, so its float32 error is at
    // most γ_k times the same sum of absolute values (Higham, Thm 3.5); k counts the longest chain.
    const x = data.points;
    const dim = d + 1;
    const scale = (2 * eta * theta * Math.sqrt(m)) / n;
    const hAbs = (i: number, r: number) => w1[r]!.reduce((acc, w, c) => acc + Math.abs(w * x[i * dim + c]!), 0);
    const h = (i: number, r: number) => w1[r]!.reduce((acc, w, c) => acc + w * x[i * dim + c]!, 0);
    const rAbs = Array.from({ length: n }, (_, i) => Math.abs(data.targets[i]!) + theta * Math.sqrt(m) * w2.reduce((acc, w, r) => acc + Math.abs(w) * hAbs(i, r), 0));
    const k = gamma(2 * (m + n + dim) + 16);
    for (let r = 0; r < m; r++) {
      // A pre-activation within rounding of 0 may get either mask value in either computation: for W₁
      // its whole term may differ; for W₂ its term is h·q with |h| ≤ γ·Σ|W₁x|, inside the γ bound.
      const ambiguous = Array.from({ length: n }, (_, i) => Math.abs(h(i, r)) <= gamma(dim + 2) * hAbs(i, r));
      const active = Array.from({ length: n }, (_, i) => h(i, r) > 0 || ambiguous[i]!);
      let bound2 = 0;
      for (let i = 0; i < n; i++) if (active[i]) bound2 += 2 * k * scale * hAbs(i, r) * rAbs[i]!;
      for (let c = 0; c < dim; c++) {
        let bound1 = 0;
        for (let i = 0; i < n; i++) {
          const term = scale * Math.abs(w2[r]! * x[i * dim + c]!) * rAbs[i]!;
          if (active[i]) bound1 += ambiguous[i] ? term : 2 * k * term;
        }
        const g = g1[r]![c]!;
        const diff = Math.abs(new1[r]![c]! - w1[r]![c]! - g);
        // + the rounding of the update w + Δ itself: ≤ u·(|w| + |Δ|), twice (both sides).
        expect(diff, `W1[${r}][${c}]`).toBeLessThanOrEqual(bound1 + 2 * U32 * (Math.abs(w1[r]![c]!) + Math.abs(g)));
      }
      const g = g2[r]![0]!;
      const diff2 = Math.abs(new2[r]! - w2[r]! - g);
      expect(diff2, `W2[${r}]`).toBeLessThanOrEqual(bound2 + 2 * U32 * (Math.abs(w2[r]!) + Math.abs(g)));
    }
    net.dispose();
    data.dispose();
  });

  test.prop([small.map((c) => ({ ...c, n: Math.min(c.n, 6), m: Math.min(c.m, 16) }))], { numRuns: 20 })(
    'the batch Gram (XXᵀ)⊙(ΔΔᵀ) + m·AAᵀ equals inner products of per-example autodiff gradients',
    ({ n, m, d, theta, seed }) => {
      const data = sample(n, d, seed);
      const net = twoLayerNetwork({ inputDim: d + 1, width: m, theta, seed: seed + 1 });
      const gram = twoLayerNtkGram(net, data.x);
      const perLayer = gram.perLayer.map((k) => k.arraySync());
      const full = gram.full.arraySync();
      gram.dispose();
      const jac = tf.tidy(() =>
        Array.from({ length: n }, (_, i) => {
          const xi = tf.slice(data.x, [i, 0], [1, d + 1]);
          const f = (a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(tf.matMul(tf.relu(tf.matMul(xi, a, false, true)), b), Math.sqrt(m)));
          return tf.grads(f)([net.first, net.second]).map((g) => Array.from(g.dataSync()));
        }),
      );
      // Each Gram entry is a sum of ≤ m·(d + 1) products of float32 values that carry relative error
      // ≤ γ_{d+3} (the pre-activation dot product and one scaling): bound 2γ_{m(d+1)+2d+8}·|J_i|·|J_j|.
      const k = gamma(m * (d + 1) + 2 * d + 8);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          let total = 0;
          let totalAbs = 0;
          for (let l = 0; l < 2; l++) {
            const a = jac[i]![l]!;
            const b = jac[j]![l]!;
            let dot = 0;
            let abs = 0;
            for (let p = 0; p < a.length; p++) {
              dot += a[p]! * b[p]!;
              abs += Math.abs(a[p]! * b[p]!);
            }
            expect(Math.abs(perLayer[l]![i]![j]! - dot), `K${l + 1}[${i}][${j}]`).toBeLessThanOrEqual(2 * k * abs);
            total += dot;
            totalAbs += abs;
          }
          expect(Math.abs(full[i]![j]! - total), `K[${i}][${j}]`).toBeLessThanOrEqual(2 * k * totalAbs);
        }
      }
      net.dispose();
      data.dispose();
    },
  );

  test.prop([fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 8 })(
    'kernel dynamics: one GD step changes the residual by −2ηθ²·(K/n)·r to first order (the effective step of eq. 2.1)',
    (d, seed) => {
      const n = 30;
      const m = 1024;
      const theta = 0.5;
      const s = 0.05;
      const data = sample(n, d, seed);
      const net = twoLayerNetwork({ inputDim: d + 1, width: m, theta, seed: seed + 1 });
      const eta = stepSizeFor(s, theta, m);
      // s = 2ηθ²m = kernelStep(η)·m: the step of r ← (I − s·G/n)r for the κ-Gram G ≈ K/m.
      expect(Math.abs(effectiveStep(eta, theta, m) - s)).toBeLessThanOrEqual(4 * Number.EPSILON * s);
      expect(Math.abs(net.kernelStep(eta) * m - s)).toBeLessThanOrEqual(4 * Number.EPSILON * s);
      const gram = twoLayerNtkGram(net, data.x);
      const k = gram.full.arraySync();
      gram.dispose();
      const r0 = net.step(data, eta);
      const before = Array.from(r0.dataSync());
      r0.dispose();
      const yHat = net.predict(data.x);
      const after = Array.from(yHat.dataSync(), (v, i) => data.targets[i]! - v);
      yHat.dispose();
      let err = 0;
      let size = 0;
      for (let i = 0; i < n; i++) {
        let kr = 0;
        for (let j = 0; j < n; j++) kr += k[i]![j]! * before[j]!;
        const predicted = -net.kernelStep(eta) * (kr / n);
        err += (after[i]! - before[i]! - predicted) ** 2;
        size += predicted ** 2;
      }
      // f is bilinear in (W₂, W₁ on a fixed ReLU pattern): the remainder is the W₁–W₂ cross term and
      // the pattern flips, both of the order of the relative weight step ≈ s·‖r‖/(θ√m) ≈ 1e−3 here;
      // a wrong factor (2, θ², m) in the effective step would give a relative error ≥ 1/2.
      expect(Math.sqrt(err / size)).toBeLessThanOrEqual(0.05);
      net.dispose();
      data.dispose();
    },
  );

  it('leaks no tensor over a training run or a Gram computation', () => {
    const data = sample(50, 4, 1);
    const before = tf.memory().numTensors;
    const net = twoLayerNetwork({ inputDim: 5, width: 64, theta: 0.5, seed: 2 });
    gradientDescent(net, data, { eta: stepSizeFor(1, 0.5, 64), steps: 20 });
    twoLayerNtkGram(net, data.x).dispose();
    net.dispose();
    expect(tf.memory().numTensors).toBe(before);
    data.dispose();
  });

  it('reports divergence with the step size and the largest Gram eigenvalue instead of carrying NaN', () => {
    const data = sample(40, 3, 5);
    const net = twoLayerNetwork({ inputDim: 4, width: 64, theta: 1, seed: 6 });
    const before = tf.memory().numTensors;
    // s = 50 is far beyond the stability limit 2/λ_max(G/n) ≈ 2/(μ_0 + …) ≈ 4 on S^3.
    const eta = stepSizeFor(50, 1, 64);
    let error: unknown;
    try {
      gradientDescent(net, data, { eta, steps: 200 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DivergenceError);
    const div = error as DivergenceError;
    expect(div.eta).toBe(eta);
    expect(Number.isFinite(div.largestGramEigenvalue) && div.largestGramEigenvalue > 0).toBe(true);
    expect(div.stableEtaLimit).toBeLessThan(eta);
    expect(div.message).toMatch(/step size η = .*λ_max/);
    expect(tf.memory().numTensors).toBe(before);
    net.dispose();
    data.dispose();
  });

  test.prop([small, fc.integer({ min: 1, max: 24 }), fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 30 })(
    'the WebAssembly step returns the residual y − ŷ before it (float32 bound), and moving between two samples keeps the weights exactly',
    ({ n, m, d, theta, s, seed }, n2, seed2) => {
      const a = sample(n, d, seed);
      const b = sample(n2, d, seed2);
      const eta = stepSizeFor(s, theta, m);
      const net = twoLayerNetwork({ inputDim: d + 1, width: m, theta, seed: seed + 1, stepKernel: 'wasm' });
      // The residual: |r_wasm − (y − ŷ)| ≤ 2γ_k·(|y| + θ√m·Σ_r |W₂r|·Σ_c |W₁rc x_c|), k = D + m + 4 (two float32 evaluations).
      const w1 = net.first.arraySync();
      const w2 = net.second.arraySync().map((row) => row[0]!);
      const yHat = net.predict(a.x);
      const predicted = yHat.dataSync();
      yHat.dispose();
      const r = net.step(a, eta);
      const residual = r.dataSync();
      r.dispose();
      const k = gamma(d + 1 + m + 4);
      for (let i = 0; i < n; i++) {
        const scale = Math.abs(a.targets[i]!) + theta * Math.sqrt(m) * w2.reduce((acc, w, j) => acc + Math.abs(w) * w1[j]!.reduce((t, v, c) => t + Math.abs(v * a.points[i * (d + 1) + c]!), 0), 0);
        expect(Math.abs(residual[i]! - (Math.fround(a.targets[i]!) - predicted[i]!)), `r[${i}]`).toBeLessThanOrEqual(2 * k * scale);
      }
      // Steps on b, then on a again: the same as a fresh network made from the weights at each point (exactly:
      // the weights are float32 values, and the step is the same arithmetic).
      for (const data of [b, a]) {
        const copy = twoLayerFromWeights(tf.tensor2d(net.first.arraySync()), tf.tensor2d(net.second.arraySync()), theta, 'wasm');
        net.step(data, eta).dispose();
        copy.step(data, eta).dispose();
        expect(net.first.arraySync()).toEqual(copy.first.arraySync());
        expect(net.second.arraySync()).toEqual(copy.second.arraySync());
        copy.dispose();
      }
      net.dispose();
      // A disposed network says so instead of making tensors nobody frees.
      expect(() => net.first).toThrow(/disposed/);
      expect(() => net.step(a, eta)).toThrow(/disposed/);
      a.dispose();
      b.dispose();
    },
  );

  it('names the argument on bad shapes and parameters', () => {
    expect(() => twoLayerNetwork({ inputDim: 0, width: 4, theta: 1, seed: 1 })).toThrow(/inputDim/);
    expect(() => twoLayerNetwork({ inputDim: 3, width: 2.5, theta: 1, seed: 1 })).toThrow(/width/);
    expect(() => twoLayerNetwork({ inputDim: 3, width: 4, theta: NaN, seed: 1 })).toThrow(/theta/);
    expect(() => twoLayerFromWeights(tf.zeros([4, 3]), tf.zeros([5, 1]), 1)).toThrow(/second/);
    const net = twoLayerNetwork({ inputDim: 3, width: 4, theta: 1, seed: 1 });
    const data = sample(5, 3, 1);
    const wrong = tf.zeros([5, 2]) as tf.Tensor2D;
    expect(() => net.predict(wrong)).toThrow(/x must be an n × 3/);
    expect(() => net.step(data, 0.1)).toThrow(/data.x must be an n × 3/);
    expect(() => twoLayerNtkGram(net, wrong)).toThrow(/x must be an n × 3/);
    expect(() => gradientDescent(net, sample(5, 2, 1), { eta: -1, steps: 1 })).toThrow(/eta/);
    expect(() => trainingSet([1, 2, 3], 2, [1, 2])).toThrow(/points/);
    wrong.dispose();
    net.dispose();
    data.dispose();
  });
});
