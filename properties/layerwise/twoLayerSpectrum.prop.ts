import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ACTIVATION_NAMES } from '../../src/activations/activation.js';
import { activationByName } from '../../src/activations/activationByName.js';
import { powerSeriesSpectrum } from '../../src/layerwise/powerSeriesSpectrum.js';
import { quadratureTwoLayerSpectrum } from '../../src/layerwise/quadratureTwoLayerSpectrum.js';
import { reluTwoLayerSpectrum } from '../../src/layerwise/reluTwoLayerSpectrum.js';
import { sphereDimensionOfInput } from '../../src/layerwise/sphereDimensionOfInput.js';
import { tabulatedFunkHecke, tabulateKernel } from '../../src/layerwise/tabulatedFunkHecke.js';
import { twoLayerKernels } from '../../src/layerwise/twoLayerKernels.js';
import { twoLayerPowerSeries } from '../../src/layerwise/twoLayerPowerSeries.js';
import { twoLayerSpectrum } from '../../src/layerwise/twoLayerSpectrum.js';
import { funkHecke } from '../../src/sphere/funkHecke.js';
import { harmonicDimension } from '../../src/sphere/harmonicDimension.js';

interface Reference {
  twoLayer: { activation: string; inputDimension: number; eigenvalues: { degree: number; first: string; firstError: string; second: string; secondError: string }[] }[];
}
const reference = JSON.parse(readFileSync(new URL('../../fixtures/layerwise-reference.json', import.meta.url), 'utf8')) as Reference;

const activation = fc.constantFrom(...ACTIVATION_NAMES);

describe('λ_i⁽¹⁾, λ_i⁽²⁾ of the two-layer kernels (Dandi & Jacot eqs. (8)–(9), Corollary 1): three independent routes', () => {
  test.prop([activation, fc.integer({ min: 2, max: 201 })], { numRuns: 24 })(
    'power series (Lemma 1) or closed form = quadrature of the kernels from their Gaussian expectations, within both error bounds',
    (name, d) => {
      const act = activationByName(name);
      const a = twoLayerSpectrum(act, d, 16);
      const b = quadratureTwoLayerSpectrum(act, d, 16);
      for (const side of ['first', 'second'] as const) {
        for (let i = 0; i <= 16; i++) {
          expect(a[side].vanishes[i]).toBe(b[side].vanishes[i]);
          const gap = Math.abs(a[side].values[i]! - b[side].values[i]!);
          expect(gap, `${name} d=${d} ${side} i=${i}`).toBeLessThanOrEqual(a[side].error[i]! + b[side].error[i]!);
        }
      }
    },
  );

  test.prop([fc.integer({ min: 2, max: 1000 })], { numRuns: 30 })('relu: closed form = Lemma 1 power series within the series\' error bound', (d) => {
    const series = twoLayerPowerSeries(activationByName('relu'));
    const closed = reluTwoLayerSpectrum(sphereDimensionOfInput(d), 20);
    const first = powerSeriesSpectrum(series.first, d - 1, 20);
    const second = powerSeriesSpectrum(series.second, d - 1, 20);
    for (let i = 0; i <= 20; i++) {
      expect(Math.abs(first.values[i]! - closed.first.values[i]!), `first d=${d} i=${i}`).toBeLessThanOrEqual(first.error[i]! + closed.first.error[i]!);
      expect(Math.abs(second.values[i]! - closed.second.values[i]!), `second d=${d} i=${i}`).toBeLessThanOrEqual(second.error[i]! + closed.second.error[i]!);
    }
  });

  it('relu and erf against the 30-digit mpmath fixture (fixtures/layerwise_reference.py)', () => {
    for (const table of reference.twoLayer) {
      const s = twoLayerSpectrum(activationByName(table.activation), table.inputDimension, 12);
      for (const row of table.eigenvalues) {
        const i = row.degree;
        for (const [side, want, err] of [['first', row.first, row.firstError], ['second', row.second, row.secondError]] as const) {
          const gap = Math.abs(s[side].values[i]! - Number(want));
          const bound = s[side].error[i]! + Number(err) + 2 ** -53 * Math.abs(Number(want));
          expect(gap, `${table.activation} d=${table.inputDimension} ${side} i=${i}`).toBeLessThanOrEqual(bound);
        }
      }
    }
  });

  test.prop([fc.constantFrom('relu', 'erf'), fc.integer({ min: 1, max: 200 })], { numRuns: 20 })(
    'tabulated Funk–Hecke = src/sphere funkHecke on the same kernel within both error bounds',
    (name, sphereDim) => {
      const k = twoLayerKernels(activationByName(name));
      for (const kappa of [k.first, k.second]) {
        const a = funkHecke(kappa, sphereDim, 20);
        const b = tabulatedFunkHecke(tabulateKernel(kappa), sphereDim, 20);
        for (let i = 0; i <= 20; i++) {
          const bound = a.errorEstimate[i]! + a.roundingBound[i]! + b.errorEstimate[i]! + b.roundingBound[i]!;
          expect(Math.abs(a.values[i]! - b.values[i]!), `${name} d'=${sphereDim} i=${i}`).toBeLessThanOrEqual(bound);
        }
      }
    },
  );

  // Mercer at u = 1: κ(1) = Σ_i N(d', i)·μ_i, all terms ≥ 0, so every partial sum stays below κ(1).
  test.prop([activation, fc.integer({ min: 2, max: 100 })], { numRuns: 12 })('partial Mercer sums stay below κ(1)', (name, d) => {
    const act = activationByName(name);
    const s = twoLayerSpectrum(act, d, 30);
    for (const [side, atOne] of [['first', act.psi1(1)], ['second', act.psi0(1)]] as const) {
      let total = 0;
      let slack = 0;
      for (let i = 0; i <= 30; i++) {
        const N = Number(harmonicDimension(d - 1, i));
        total += N * s[side].values[i]!;
        slack += N * s[side].error[i]!;
      }
      expect(total, `${name} d=${d} ${side}`).toBeLessThanOrEqual(atOne * (1 + 1e-12) + slack);
    }
  });

  it('the input dimension d is the sphere S^{d−1}: d = 1 and non-integers are rejected by name', () => {
    expect(sphereDimensionOfInput(10)).toBe(9);
    expect(() => sphereDimensionOfInput(1)).toThrow(/inputDimension/);
    expect(() => sphereDimensionOfInput(2.5)).toThrow(/inputDimension/);
    expect(() => tabulatedFunkHecke(tabulateKernel(() => 1), 201, 3)).toThrow(/sphereDim/);
  });
});
