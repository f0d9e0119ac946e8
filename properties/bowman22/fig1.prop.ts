import { fc, test } from '@fast-check/vitest';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decideTail, HOLD_CURVATURE, REFUTE_CURVATURE, tailWindow } from '../../src/claims/bowman22/fig1SpectrumPowerLaw.js';
import { fullyConnectedFeatureGram } from '../../src/claims/bowman22/fullyConnectedFeatureGram.js';
import { fitPowerLawTail } from '../../src/claims/bowman22/powerLawTail.js';
import { antisymmetricNetwork } from '../../src/networks/antisymmetricNetwork.js';
import { initBackend } from '../../src/networks/backend.js';
import { fullyConnectedNetwork } from '../../src/networks/fullyConnectedNetwork.js';
import { createRng } from '../../src/random/rng.js';
import { FLOAT32_GRADIENT_RELATIVE_ERROR, RELIABLE_RELATIVE_ERROR, spectrumOfFeatureGram, spectrumOfFloat32Gram } from '../../src/spectra/gramSpectrum.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

beforeAll(async () => {
  await initBackend();
});

const windowArb = fc.record({ i0: fc.integer({ min: 2, max: 30 }), decades: fc.double({ min: 1, max: 2, noNaN: true }) }).map(({ i0, decades }) => ({ i0, i1: Math.round(i0 * 10 ** decades) }));

describe('bowman22 Figure 1: power-law tail of the NTK spectrum', () => {
  test.prop([windowArb, fc.double({ min: 0.2, max: 4, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true })], { numRuns: 60 })(
    'an exact power law Λi^{−ν} is fitted exactly, with zero curvature, and holds',
    ({ i0, i1 }, nu, logScale) => {
      const values = Array.from({ length: i1 }, (_, i) => Math.exp(logScale) * (i + 1) ** -nu);
      const fit = fitPowerLawTail(values, i0, i1);
      expect(Math.abs(fit.nu - nu)).toBeLessThanOrEqual(1e-10 * nu);
      expect(Math.abs(fit.logScale - logScale)).toBeLessThanOrEqual(1e-9);
      expect(fit.curvatureInExponentialUnits).toBeLessThanOrEqual(1e-9);
      expect(fit.rSquared).toBeGreaterThan(1 - 1e-12);
      expect(decideTail(fit).decision).toBe('holds');
    },
  );

  // Windows starting at i₀ ≥ 10 as in the claim (below that the few integer indices distort the log spacing).
  test.prop([windowArb.filter(({ i0 }) => i0 >= 10), fc.double({ min: 0.1, max: 1, noNaN: true })], { numRuns: 60 })(
    'a stretched exponential e^{−c·i^β} has curvature β (up to index rounding, ≤ 7 %); β = 1 (exponential) is refuted',
    ({ i0, i1 }, beta) => {
      const c = 300 / i1 ** beta; // keeps e^{−c·i^β} ≥ e^{−300}, far from underflow
      const values = Array.from({ length: i1 }, (_, i) => Math.exp(-c * (i + 1) ** beta));
      const fit = fitPowerLawTail(values, i0, i1);
      expect(Math.abs(fit.curvatureInExponentialUnits - beta)).toBeLessThanOrEqual(0.07 * beta);
      const { decision } = decideTail(fit);
      if (fit.curvatureInExponentialUnits > REFUTE_CURVATURE) expect(decision).toBe('refuted');
      if (beta >= 0.55) expect(decision).toBe('refuted');
      if (fit.curvatureInExponentialUnits > HOLD_CURVATURE) expect(decision).not.toBe('holds');
    },
  );

  it('the tail window stops at n/4 and at the last reliable eigenvalue, and needs one decade', () => {
    const values = Float64Array.from({ length: 1000 }, (_, i) => (i + 1) ** -1.5);
    expect(tailWindow({ n: 2000, values, reliableAbove: 0 })).toEqual([10, 500]);
    expect(tailWindow({ n: 2000, values, reliableAbove: 300 ** -1.5 })).toEqual([10, 300]);
    expect(tailWindow({ n: 396, values, reliableAbove: 0 })).toBeUndefined();
  });

  test.prop(
    [
      fc.record({
        n: fc.integer({ min: 2, max: 8 }),
        widths: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 2 }),
        activation: fc.constantFrom('softplus', 'relu', 'tanh'),
        antisymmetric: fc.boolean(),
        seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      }),
    ],
    { numRuns: 15 },
  )('the float64 feature Gram of a fully connected network equals its float32 ntkGram to ρ·‖g_i‖‖g_j‖', ({ n, widths, activation, antisymmetric, seed }) => {
    const rng = createRng(seed);
    const dim = 5;
    const x = tf.tensor2d(Float32Array.from({ length: n * dim }, () => rng.normal()), [n, dim]);
    const options = { inputDim: dim, widths, activation, seed: seed + 1 };
    const net = antisymmetric ? antisymmetricNetwork(options) : fullyConnectedNetwork(options);
    const k64 = fullyConnectedFeatureGram(net, x);
    const gram = net.ntkGram(x);
    const k32 = gram.full.dataSync();
    gram.dispose();
    net.dispose();
    x.dispose();
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        // |K_ij| ≤ ‖g_i‖‖g_j‖ = √(K_ii K_jj); both carry float32 feature errors, the float32 one its sums too.
        const scale = Math.sqrt(k64[i * n + i]! * k64[j * n + j]!);
        expect(Math.abs(k64[i * n + j]! - k32[i * n + j]!), `K[${i}][${j}]`).toBeLessThanOrEqual(2 * FLOAT32_GRADIENT_RELATIVE_ERROR * scale + 1e-30);
      }
    }
  });

  it('spectrum floors: reliableAbove is where the worst-case relative error reaches 10 %', () => {
    const n = 3;
    const gram = Float64Array.from([4, 1, 0, 1, 3, 0, 0, 0, 1e-12]);
    const s = spectrumOfFeatureGram(gram, n);
    expect(s.values[0]! >= s.values[1]! && s.values[1]! >= s.values[2]!).toBe(true);
    expect(s.trace).toBe(7 + 1e-12);
    const root = Math.sqrt(s.reliableAbove);
    expect(2 * (s.floor / root) + (s.floor / root) ** 2).toBeCloseTo(RELIABLE_RELATIVE_ERROR, 12);
    const t = tf.tensor2d([[4, 1], [1, 3]]);
    const s32 = spectrumOfFloat32Gram(t);
    t.dispose();
    expect(s32.floor).toBe(Math.max(2 * 2 ** -24 * s32.values[0]!, FLOAT32_GRADIENT_RELATIVE_ERROR * 7));
    expect(s32.reliableAbove).toBe(s32.floor / RELIABLE_RELATIVE_ERROR);
  });

  itMeasuresExpectedVerdict('bowman22.fig1.spectrum-power-law', (r) => {
    const rows = r.measurements.rows.filter((row) => row.params['in verdict'] === true);
    expect(rows.length).toBe(6);
    for (const row of rows) {
      // ν > 0 on a window of at least one decade, for every initialisation of both networks.
      expect(row.params['ν (fitted exponent)'] as number).toBeGreaterThan(0);
      const [i0, i1] = String(row.params['fit window i₀–i₁']).split('–').map(Number);
      expect(i1! / i0!).toBeGreaterThanOrEqual(10);
    }
    expect(r.charts.map((c) => c.id)).toEqual(['fig1-spectrum-loglog', 'fig1-spectrum-as-paper']);
  });
});
