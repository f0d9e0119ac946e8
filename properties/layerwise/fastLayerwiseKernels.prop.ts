import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { activationByName } from '../../src/activations/activationByName.js';
import { fastLayerwiseKernels } from '../../src/layerwise/fastLayerwiseKernels.js';
import { layerwiseDotProductKernels } from '../../src/layerwise/layerwiseDotProductKernels.js';
import { layerwiseNtkGrams } from '../../src/layerwise/layerwiseNtkGrams.js';
import { layerwiseSpectrum } from '../../src/layerwise/layerwiseSpectrum.js';
import { sphereLayerwiseGrams } from '../../src/layerwise/sphereLayerwiseGrams.js';
import { twoLayerSpectrum } from '../../src/layerwise/twoLayerSpectrum.js';
import { createRng } from '../../src/random/rng.js';
import { sampleSphere } from '../../src/sphere/sampleSphere.js';

const depth = 4;

describe('fast per-layer kernels, their Grams on the sphere and their Funk–Hecke spectra (Dandi & Jacot §5.5–6)', () => {
  test.prop([fc.constantFrom('relu' as const, 'tanh' as const), fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 })], { numRuns: 4 })(
    'equal the layer recursion (layerwiseDotProductKernels) within their error bound; relu is the recursion itself',
    (name, us) => {
      const act = activationByName(name);
      const fast = fastLayerwiseKernels(act, depth);
      const direct = layerwiseDotProductKernels(act, depth);
      const out = new Float64Array(depth);
      if (name === 'relu') expect(Array.from(fast.error)).toEqual([0, 0, 0, 0]);
      else fast.error.forEach((e) => expect(e).toBeLessThanOrEqual(1e-10));
      for (const u of us) {
        fast.evaluate(u, out);
        const exact = direct.all(u);
        // The measured midpoint error, ×2 away from the midpoints, plus rounding of the recursion.
        for (let l = 0; l < depth; l++) expect(Math.abs(out[l]! - exact[l]!)).toBeLessThanOrEqual(2 * fast.error[l]! + 64 * Number.EPSILON);
      }
    },
  );

  test.prop([fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 6 })(
    'sphereLayerwiseGrams equals layerwiseNtkGrams (the recursion per pair) for relu on unit-norm points',
    (d, seed) => {
      const n = 10;
      const points = sampleSphere(createRng(seed), n, d);
      const act = activationByName('relu');
      const fast = sphereLayerwiseGrams(fastLayerwiseKernels(act, depth), points, d + 1);
      const direct = layerwiseNtkGrams(act, depth, points, d + 1);
      // The recursion per pair uses ‖x‖² = 1 ± 2ε: relu's kernels are Hölder-½ at u = 1, so √(8ε) per layer.
      for (let l = 0; l < depth; l++) {
        for (let i = 0; i < n * n; i++) expect(Math.abs(fast.perLayer[l]![i]! - direct.perLayer[l]![i]!)).toBeLessThanOrEqual(depth * (64 * Number.EPSILON + Math.sqrt(8 * Number.EPSILON)));
      }
      for (let i = 0; i < n * n; i++) expect(fast.full[i]).toBeCloseTo(fast.perLayer.reduce((s, g) => s + g[i]!, 0), 14);
    },
  );

  it('sphereLayerwiseGrams rejects points off the unit sphere by name', () => {
    const kernels = fastLayerwiseKernels(activationByName('relu'), depth);
    expect(() => sphereLayerwiseGrams(kernels, Float64Array.of(1, 0, 0, 1.5), 2)).toThrow(/points\[1\] must have unit norm/);
    expect(() => sphereLayerwiseGrams(kernels, Float64Array.of(1, 0, 0), 2)).toThrow(/points must have length n·dim/);
  });

  test.prop([fc.constantFrom('relu' as const, 'erf' as const, 'tanh' as const), fc.integer({ min: 2, max: 30 })], { numRuns: 8 })(
    'at depth 2 the spectra equal the two-layer spectra of Corollary 1 (closed form / Lemma 1 power series: an independent route)',
    (name, inputDimension) => {
      const act = activationByName(name);
      const s = layerwiseSpectrum(fastLayerwiseKernels(act, 2), inputDimension - 1, 8);
      const ref = twoLayerSpectrum(act, inputDimension, 8);
      for (let k = 0; k <= 8; k++) {
        // Layer 0 of layerwiseSpectrum is κ⁽¹⁾ = u·ψ₁ (first layer), layer 1 is κ⁽²⁾ = ψ₀.
        for (const [l, b] of [[0, ref.first], [1, ref.second]] as const) {
          expect(Math.abs(s.values[l]![k]! - b.values[k]!), `${name} d = ${inputDimension} layer ${l} degree ${k}`).toBeLessThanOrEqual(s.error[l]![k]! + b.error[k]! + 1e-15);
        }
      }
    },
  );

  it('for odd σ (tanh) every layer\'s even-degree components vanish (flagged, and below the quadrature error); relu has none', () => {
    const tanh = layerwiseSpectrum(fastLayerwiseKernels(activationByName('tanh'), depth), 9, 6);
    expect(tanh.vanishes).toEqual([true, false, true, false, true, false, true]);
    for (let l = 0; l < depth; l++) {
      for (const k of [0, 2, 4, 6]) expect(Math.abs(tanh.values[l]![k]!)).toBeLessThanOrEqual(tanh.error[l]![k]!);
      for (const k of [1, 3, 5]) expect(tanh.values[l]![k]!).toBeGreaterThan(100 * tanh.error[l]![k]!);
    }
    const relu = layerwiseSpectrum(fastLayerwiseKernels(activationByName('relu'), depth), 1, 8);
    expect(relu.vanishes.every((v) => !v)).toBe(true);
    for (let l = 0; l < depth; l++) for (let k = 0; k <= 8; k++) expect(relu.values[l]![k]!).toBeGreaterThan(100 * relu.error[l]![k]!);
  });

  it('the population ratios of the §6 claim (degrees 1–4 on S¹ and S⁹; tanh: odd degrees) are resolved to 1e−5 relative', () => {
    for (const [name, sphereDim] of [['relu', 1], ['relu', 9], ['tanh', 9]] as const) {
      const s = layerwiseSpectrum(fastLayerwiseKernels(activationByName(name), depth), sphereDim, 4);
      for (let k = 1; k <= 4; k++) {
        if (s.vanishes[k]) continue;
        for (let l = 0; l < depth; l++) expect(s.error[l]![k]! / s.values[l]![k]!, `${name} S^${sphereDim} layer ${l} degree ${k}`).toBeLessThanOrEqual(1e-5);
      }
    }
  });
});
