import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { ACTIVATION_NAMES, type Activation } from '../../src/activations/activation.js';
import { activationByName } from '../../src/activations/activationByName.js';
import { layerwiseContributions } from '../../src/layerwise/layerwiseContributions.js';
import { layerwiseDotProductKernels } from '../../src/layerwise/layerwiseDotProductKernels.js';
import { layerwiseNtkEntry } from '../../src/layerwise/layerwiseNtkEntry.js';
import { layerwiseNtkGrams } from '../../src/layerwise/layerwiseNtkGrams.js';
import { twoLayerKernels } from '../../src/layerwise/twoLayerKernels.js';
import { varianceChain } from '../../src/layerwise/varianceChain.js';
import { createRng, type Rng } from '../../src/random/rng.js';
import { sampleSphere } from '../../src/sphere/sampleSphere.js';

interface Reference {
  deep: { activation: string; depth: number; squaredNormX: string; squaredNormY: string; inner: string; perLayer: string[] }[];
}
const reference = JSON.parse(readFileSync(new URL('../../fixtures/layerwise-reference.json', import.meta.url), 'utf8')) as Reference;

/**
 * The finite network of `layerwiseNtkEntry`'s parametrisation, written out in float64 for this test
 * only: h⁽¹⁾ = W⁽⁰⁾x, h⁽ℓ+1⁾ = W⁽ℓ⁾σ(h⁽ℓ⁾)/√m, f = W⁽L−1⁾σ(h⁽L−1⁾)/√m, weights N(0, 1); returns the per-layer
 * gradient inner products ⟨∂f(x)/∂W⁽ℓ⁾, ∂f(y)/∂W⁽ℓ⁾⟩ by hand-written back-propagation.
 */
function empiricalLayerwise(act: Activation, depth: number, width: number, x: Float64Array, y: Float64Array, rng: Rng): Float64Array {
  const d = x.length;
  const weights: Float64Array[] = [];
  for (let l = 0; l < depth; l++) {
    const rows = l === depth - 1 ? 1 : width;
    const cols = l === 0 ? d : width;
    const w = new Float64Array(rows * cols);
    for (let i = 0; i < w.length; i++) w[i] = rng.normal();
    weights.push(w);
  }
  const s = 1 / Math.sqrt(width);
  const forward = (input: Float64Array) => {
    const pre: Float64Array[] = [];
    const post: Float64Array[] = [input];
    let a = input;
    for (let l = 0; l < depth - 1; l++) {
      const cols = a.length;
      const scale = l === 0 ? 1 : s;
      const h = new Float64Array(width);
      for (let r = 0; r < width; r++) {
        let t = 0;
        for (let c = 0; c < cols; c++) t += weights[l]![r * cols + c]! * a[c]!;
        h[r] = scale * t;
      }
      pre.push(h);
      a = h.map((v) => act.sigma(v));
      post.push(a);
    }
    // Back-propagated signals g⁽ℓ⁾ = ∂f/∂h⁽ℓ⁾, ℓ = L−1 down to 1.
    const grads: Float64Array[] = new Array(depth);
    let g = pre[depth - 2]!.map((v, r) => s * weights[depth - 1]![r]! * act.sigmaPrime(v));
    grads[depth - 1] = g;
    for (let l = depth - 2; l >= 1; l--) {
      const below = new Float64Array(width);
      for (let c = 0; c < width; c++) {
        let t = 0;
        for (let r = 0; r < width; r++) t += weights[l]![r * width + c]! * g[r]!;
        below[c] = s * t * act.sigmaPrime(pre[l - 1]![c]!);
      }
      g = below;
      grads[l] = g;
    }
    return { post, grads };
  };
  const fx = forward(x);
  const fy = forward(y);
  const dot = (a: Float64Array, b: Float64Array) => a.reduce((t, v, i) => t + v * b[i]!, 0);
  const theta = new Float64Array(depth);
  theta[depth - 1] = dot(fx.post[depth - 1]!, fy.post[depth - 1]!) / width;
  for (let l = 0; l < depth - 1; l++) {
    const inputs = dot(fx.post[l]!, fy.post[l]!) / (l === 0 ? 1 : width);
    theta[l] = dot(fx.grads[l + 1]!, fy.grads[l + 1]!) * inputs;
  }
  return theta;
}

describe('analytic per-layer NTK components Θ⁽ℓ⁾ of an L-layer network (Dandi & Jacot eq. (1), §5.4, §6)', () => {
  test.prop([fc.constantFrom(...ACTIVATION_NAMES), fc.double({ min: -1, max: 1, noNaN: true })], { numRuns: 30 })(
    'L = 2 gives the two-layer kernels of eqs. (8)–(9): Θ⁽0⁾ = u·ψ₁(u), Θ⁽1⁾ = ψ₀(u)',
    (name, u) => {
      const act = activationByName(name);
      const k = twoLayerKernels(act);
      const theta = layerwiseDotProductKernels(act, 2).all(u);
      expect(Math.abs(theta[0]! - k.first(u))).toBeLessThanOrEqual(4 * Number.EPSILON * Math.abs(k.first(u)));
      expect(Math.abs(theta[1]! - k.second(u))).toBeLessThanOrEqual(4 * Number.EPSILON * Math.abs(k.second(u)));
    },
  );

  // Jacot et al.'s recursion for the whole NTK, without biases: Θ^(1) = Σ^(1), Θ^(ℓ+1) = Θ^(ℓ)·Σ̇^(ℓ) + Σ^(ℓ+1).
  test.prop([fc.constantFrom('relu', 'erf', 'sigmoid'), fc.integer({ min: 2, max: 8 }), fc.double({ min: 0.2, max: 3, noNaN: true }), fc.double({ min: 0.2, max: 3, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true })], { numRuns: 30 })(
    'Σ_ℓ Θ⁽ℓ⁾ equals the standard NTK recursion (independently written) up to rounding',
    (name, depth, qx, qy, r) => {
      const act = activationByName(name);
      const c = r * Math.sqrt(qx * qy);
      const theta = layerwiseNtkEntry(act, depth, varianceChain(act, depth, qx), varianceChain(act, depth, qy), c);
      let a = qx;
      let b = qy;
      let cov = c;
      let ntk = c;
      let magnitude = Math.abs(c);
      for (let l = 1; l < depth; l++) {
        const dot = act.psi1Covariance(a, b, cov);
        const next = act.psi0Covariance(a, b, cov);
        [a, b, cov] = [act.psi0Covariance(a, a, a), act.psi0Covariance(b, b, b), next];
        ntk = ntk * dot + next;
        magnitude = magnitude * Math.abs(dot) + Math.abs(next);
      }
      const sum = theta.reduce((s, v) => s + v, 0);
      expect(Math.abs(sum - ntk)).toBeLessThanOrEqual(8 * depth * Number.EPSILON * magnitude + 1e-300);
    },
  );

  it('relu and erf, L = 4: every Θ⁽ℓ⁾ equals the 40-digit mpmath recursion (fixtures/layerwise_reference.py)', () => {
    for (const row of reference.deep) {
      const act = activationByName(row.activation);
      const qx = Number(row.squaredNormX);
      const qy = Number(row.squaredNormY);
      const theta = layerwiseNtkEntry(act, row.depth, varianceChain(act, row.depth, qx), varianceChain(act, row.depth, qy), Number(row.inner));
      row.perLayer.forEach((want, l) => {
        // ≤ 2L closed-form dual-kernel evaluations, each a few ulps (acos/asin/sqrt), chained: 64ε relative.
        expect(Math.abs(theta[l]! - Number(want)), `${row.activation} ${row.inner} layer ${l}`).toBeLessThanOrEqual(64 * Number.EPSILON * Math.abs(Number(want)) + 1e-300);
      });
    }
  });

  // Finite width: each network's Θ⁽ℓ⁾ fluctuates by O(1/√m) around a mean that is O(L/m) from the limit
  // (Hanin & Nica 2019). With R independent networks: |mean − Θ∞| ≤ 5·SE + 2L·max|Θ∞|/m.
  test.prop([fc.constantFrom('relu', 'tanh'), fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 2 })(
    'the empirical per-layer Grams of wide float64 networks (L = 4, m = 256, 32 networks) agree with Θ⁽ℓ⁾',
    (name, seed) => {
      const act = activationByName(name);
      const depth = 4;
      const width = 256;
      const R = 32;
      const rng = createRng(seed);
      // Non-unit inputs (‖x‖² = 1.69, ‖y‖² = 0.64) at correlation 1/2, in R⁵.
      const x = Float64Array.from([1.3, 0, 0, 0, 0]);
      const y = Float64Array.from([0.4, 0.4 * Math.sqrt(3), 0, 0, 0]);
      const inner = x.reduce((t, v, i) => t + v * y[i]!, 0);
      const limit = layerwiseNtkEntry(act, depth, varianceChain(act, depth, 1.69), varianceChain(act, depth, 0.64), inner);
      const runs = Array.from({ length: R }, () => empiricalLayerwise(act, depth, width, x, y, rng.fork()));
      const scale = Math.max(...limit.map(Math.abs));
      for (let l = 0; l < depth; l++) {
        const values = runs.map((t) => t[l]!);
        const mean = values.reduce((s, v) => s + v, 0) / R;
        const se = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (R - 1) / R);
        expect(Math.abs(mean - limit[l]!), `${name} layer ${l}: mean ${mean}, limit ${limit[l]}, se ${se}`).toBeLessThanOrEqual(5 * se + (2 * depth * scale) / width);
      }
    },
  );

  // The Gram uses q = ‖x_i‖² (1 up to 2ε) where the dot-product kernel uses q = 1: the correlation fed to the
  // dual kernels differs by Δ ≤ 4ε. Relu's arc-cosine kernels are Lipschitz with constant 1/√(1 − u²) away
  // from |u| = 1 and only Hölder-½ at it (acos(1 − Δ) ≈ √(2Δ)), so the allowance per layer is
  // 64ε + 4ε/√(1 − u²) off the diagonal and 64ε + √(8ε) on it.
  test.prop([fc.constantFrom('relu', 'erf'), fc.integer({ min: 2, max: 6 }), fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 10 })(
    'Grams on sphere points: symmetric, positive semi-definite, and equal to the dot-product kernels κ⁽ℓ⁾(⟨x_i, x_j⟩)',
    (name, depth, seed) => {
      const act = activationByName(name);
      const n = 12;
      const pts = sampleSphere(createRng(seed), n, 3);
      const grams = layerwiseNtkGrams(act, depth, pts, 4);
      const kernels = layerwiseDotProductKernels(act, depth);
      for (let l = 0; l < depth; l++) {
        const g = grams.perLayer[l]!;
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            expect(g[i * n + j]).toBe(g[j * n + i]);
            let u = 0;
            for (let c = 0; c < 4; c++) u += pts[i * 4 + c]! * pts[j * 4 + c]!;
            const conditioning = i === j ? Math.sqrt(8 * Number.EPSILON) : (4 * Number.EPSILON) / Math.sqrt(1 - u * u);
            expect(Math.abs(g[i * n + j]! - kernels.layer(l)(u))).toBeLessThanOrEqual(depth * (64 * Number.EPSILON + conditioning));
          }
        }
        const eig = new EigenvalueDecomposition(new Matrix(Array.from({ length: n }, (_, i) => Array.from(g.subarray(i * n, i * n + n)))), { assumeSymmetric: true });
        expect(Math.min(...eig.realEigenvalues)).toBeGreaterThanOrEqual(-64 * n * Number.EPSILON * Math.max(...eig.realEigenvalues));
      }
    },
  );

  test.prop([fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 10 })('appendix 13 contributions: c_ℓ = yᵀG⁽ℓ⁾y, relative to the last layer', (seed) => {
    const rng = createRng(seed);
    const n = 8;
    const grams = layerwiseNtkGrams(activationByName('relu'), 4, sampleSphere(rng, n, 2), 3);
    const y = Float64Array.from({ length: n }, () => rng.normal());
    const { contributions, relative } = layerwiseContributions(grams.perLayer, y);
    expect(relative[3]).toBe(1);
    grams.perLayer.forEach((g, l) => {
      const m = new Matrix([Array.from(y)]);
      const direct = m.mmul(new Matrix(Array.from({ length: n }, (_, i) => Array.from(g.subarray(i * n, i * n + n))))).mmul(m.transpose()).get(0, 0);
      expect(Math.abs(contributions[l]! - direct)).toBeLessThanOrEqual(4 * n * Number.EPSILON * Math.abs(direct) + 1e-15);
      expect(contributions[l]).toBeGreaterThanOrEqual(0);
    });
  });

  it('rejects bad arguments by name', () => {
    const relu = activationByName('relu');
    expect(() => layerwiseNtkGrams(relu, 1, [1, 0], 2)).toThrow(/depth/);
    expect(() => layerwiseNtkGrams(relu, 3, [1, 0, 0], 2)).toThrow(/points/);
    expect(() => layerwiseNtkGrams(relu, 3, [1, Number.NaN], 2)).toThrow(/points\[1\]/);
    expect(() => layerwiseDotProductKernels(relu, 3).layer(3)).toThrow(/l must/);
    expect(() => varianceChain(relu, 3, 0)).toThrow(/squaredNorm/);
    expect(() => layerwiseContributions([new Float64Array(4)], [1, 2, 3])).toThrow(/grams\[0\]/);
  });
});
