import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ACTIVATION_NAMES } from '../../src/activations/activation.js';
import { activationByName } from '../../src/activations/activationByName.js';
import { cor1Case } from '../../src/claims/dandi21/cor1LayerRatio.js';
import { cor2Case } from '../../src/claims/dandi21/cor2DecrementRatio.js';
import { reluTwoLayerSpectrum } from '../../src/layerwise/reluTwoLayerSpectrum.js';
import { twoLayerPowerSeries } from '../../src/layerwise/twoLayerPowerSeries.js';
import { twoLayerSpectrum } from '../../src/layerwise/twoLayerSpectrum.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

const activation = fc.constantFrom(...ACTIVATION_NAMES);

describe('Dandi & Jacot Corollaries 1–2: λ_i⁽¹⁾ ≥ i²·λ_i⁽²⁾ for two-layer networks', () => {
  itMeasuresExpectedVerdict('dandi21.cor1.layer-ratio-i2', (r) => {
    expect(r.counterexample?.params.status).toBe('violated');
    // Measured form: the largest power p with λ⁽¹⁾ ≥ i^p λ⁽²⁾ on the sweep is just above 1.
    expect(r.tightest?.value).toBeGreaterThanOrEqual(1);
    expect(r.tightest?.value).toBeLessThan(1.1);
  });
  itMeasuresExpectedVerdict('dandi21.cor2.decrement-ratio', (r) => {
    expect(r.counterexample?.params.status).toBe('violated');
    expect(r.tightest?.value).toBeGreaterThanOrEqual(1);
    expect(r.tightest?.value).toBeLessThan(1.1);
  });

  // Regression example, exact: on the circle (d = 2) relu's ĥ_k = sin(kπ/2)/(kπ) give, for even i ≥ 2,
  // μ_i⁽¹⁾ = (ĥ²_{i−1} + ĥ²_{i+1})/2 and μ_i⁽²⁾ = 2ĥ²_{i−1}/(i + 1)², so the ratio is (i² + 1)/2 < i².
  test.prop([fc.integer({ min: 1, max: 30 }).map((j) => 2 * j)])('relu on the circle: λ⁽¹⁾_i/λ⁽²⁾_i = (i² + 1)/2 exactly for even i', (i) => {
    const s = reluTwoLayerSpectrum(1, i);
    const ratio = s.first.values[i]! / s.second.values[i]!;
    expect(Math.abs(ratio - (i * i + 1) / 2)).toBeLessThanOrEqual(16 * (i + 8) * Number.EPSILON * ratio);
  });

  // The measured corrected form: Theorem 2 with one consistent Hermite convention gives r(i) = i, and
  // Lemma 3 then gives λ⁽¹⁾_i ≥ i·λ⁽²⁾_i — by both routes, on the whole domain.
  test.prop([activation, fc.integer({ min: 2, max: 100 }), fc.integer({ min: 0, max: 12 })], { numRuns: 80 })(
    'corrected form λ⁽¹⁾_i ≥ i·λ⁽²⁾_i is never violated (power series / closed form and kernel quadrature)',
    (name, d, i) => {
      for (const r of [cor1Case({ activation: name, d, i }, 1), cor2Case({ activation: name, d, i }, 1)]) expect(r.ok, JSON.stringify(r)).toBe(true);
    },
  );

  // Independent high-dimensional limit: λ_i = Σ_{m ≥ i} c_m E[t^m P_i] is dominated by m = i as d → ∞ (the
  // m = i + 2 term is O(1/d) relative), so λ⁽¹⁾_i/λ⁽²⁾_i → c⁽¹⁾_i/c⁽²⁾_i = h'²_{i−1}/h_i², the power-series
  // ratio of Theorem 2 — which, from σ and σ' coefficients computed separately, is i (not i²).
  test.prop([activation, fc.integer({ min: 1, max: 10 })], { numRuns: 40 })(
    'Theorem 2 ratio: c⁽¹⁾_i/c⁽²⁾_i = i, and λ⁽¹⁾_i/λ⁽²⁾_i approaches it from above like 1/d',
    (name, i) => {
      const series = twoLayerPowerSeries(activationByName(name));
      fc.pre(!series.second.vanishes(i) && series.second.coefficients[i]! > 1e3 * series.second.coefficientError[i]!);
      const c1 = series.first.coefficients[i]!;
      const c2 = series.second.coefficients[i]!;
      const e = series.first.coefficientError[i]! / c1 + series.second.coefficientError[i]! / c2;
      expect(Math.abs(c1 / c2 - i)).toBeLessThanOrEqual(e * i + 8 * Number.EPSILON * i);
      const gap = (d: number) => {
        const s = twoLayerSpectrum(activationByName(name), d, i);
        return s.first.values[i]! / s.second.values[i]! - i;
      };
      const [g1, g2] = [gap(1001), gap(10001)];
      expect(g1).toBeGreaterThanOrEqual(-1e-9 * i);
      expect(g2).toBeGreaterThanOrEqual(-1e-9 * i);
      // 1/d convergence: a tenfold d shrinks the excess ≈ tenfold (allow 2×).
      expect(g2).toBeLessThanOrEqual(0.2 * g1 + 1e-9 * i);
    },
  );

  it('both layers vanish together at the degrees fixed by the symmetry of σ (relu odd i ≥ 3, tanh/erf even i)', () => {
    const relu = twoLayerSpectrum(activationByName('relu'), 10, 8);
    const tanh = twoLayerSpectrum(activationByName('tanh'), 10, 8);
    expect([3, 5, 7].every((i) => relu.first.vanishes[i] && relu.second.vanishes[i])).toBe(true);
    expect([0, 2, 4, 6, 8].every((i) => tanh.first.vanishes[i] && tanh.second.vanishes[i])).toBe(true);
    expect(cor1Case({ activation: 'relu', d: 10, i: 3 }).extra?.status).toBe('both vanish (skipped)');
  });
});
