import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { decideAsymptoticRatio, twoDecadeSweep } from '../../src/claims/asymptoticRatio.js';
import { abstractLowerDegreeEasier, abstractLowerDegreeEasierNonzero } from '../../src/claims/cao21/abstractLowerDegreeEasier.js';
import { cor36RateOddK } from '../../src/claims/cao21/corollaryRate.js';
import { footnote2LambdaBelowOne } from '../../src/claims/cao21/footnote2LambdaBelowOne.js';
import { remark35MaxRate } from '../../src/claims/cao21/maxRate.js';
import { remark34Index, remark34IndexByDegree } from '../../src/claims/cao21/remark34Index.js';
import { sec2PositiveSemidefinite } from '../../src/claims/cao21/sec2PositiveSemidefinite.js';
import { sec31FewerSamples } from '../../src/claims/cao21/sec31FewerSamples.js';
import { thm32HighFrequency } from '../../src/claims/cao21/thm32HighFrequency.js';
import { thm33ExplicitBoundFixedD } from '../../src/claims/cao21/thm33ExplicitBound.js';
import { binomial, thm33HarmonicDimension } from '../../src/claims/cao21/thm33HarmonicDimension.js';
import { thm33LowPositiveUniform } from '../../src/claims/cao21/thm33LowPositive.js';
import { thm33MercerSeries } from '../../src/claims/cao21/thm33MercerSeries.js';
import { reluNtk } from '../../src/kernels/arcCosine.js';
import { funkHecke } from '../../src/sphere/funkHecke.js';
import { gegenbauer } from '../../src/sphere/gegenbauer.js';
import { harmonicDimension } from '../../src/sphere/harmonicDimension.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

/**
 * The claims added for the catalogue of Cao et al. (readings, corollaries, remarks): each verdict
 * regression, and for each a test that its check can fail (or, for a refuted claim, can hold) — fed
 * the alternative reading or a perturbed quantity.
 */
describe('cao21 readings, remarks and corollaries', () => {
  for (const id of [
    'cao21.thm3.3.low-positive.uniform-in-d',
    'cao21.thm3.3.explicit-bound.fixed-d',
    'cao21.thm3.3.mercer-series',
    'cao21.thm3.3.harmonic-dimension',
    'cao21.remark3.4.index',
    'cao21.remark3.4.index.by-degree',
    'cao21.remark3.5.max-rate',
    'cao21.sec2.positive-semidefinite',
    'cao21.thm3.2.high-frequency',
    'cao21.sec3.1.fewer-samples',
    'cao21.footnote2.lambda-below-one',
    'cao21.cor3.6.rate',
    'cao21.cor3.6.rate.odd-k',
    'cao21.cor3.7.rate',
    'cao21.abstract.lower-degree-easier',
    'cao21.abstract.lower-degree-easier.nonzero-degrees',
    'cao21.intro.max-rate',
  ]) {
    itMeasuresExpectedVerdict(id);
  }

  // Uniform-in-d: the rule can hold — μ_0 → 1/π is bounded away from 0, decided by the same rule.
  test.prop([fc.integer({ min: 1, max: 100 })], { numRuns: 5 })('low-positive.uniform-in-d holds for μ_0 (the rule can pass)', (d0) => {
    const r = thm33LowPositiveUniform.law('quick').evaluate({ k: 0, d0 });
    expect(r.ok && r.decided, JSON.stringify(r)).toBe(true);
  });

  // Fixed d can fail: the same law on the ray d → ∞ (the uniform reading) is violated.
  test.prop([fc.integer({ min: 1, max: 10 }).map((j) => 2 * j)], { numRuns: 5 })('explicit-bound.fixed-d: its law fails on the ray d → ∞', (base) => {
    const r = thm33ExplicitBoundFixedD.law('quick').evaluate({ direction: 'd→∞', base });
    expect(r.ok).toBe(false);
  });

  // The brace repair does not change the verdict: the two-term max{A, B} also decays like 1/d along d → ∞.
  test.prop([fc.integer({ min: 1, max: 10 }).map((j) => 2 * j)], { numRuns: 5 })('explicit-bound: the two-term reading max{A, B} is refuted along d → ∞ too', (k) => {
    const ds = twoDecadeSweep(10 * k, 8);
    const logTwoTerm = (d: number) => Math.max((d + 1) * Math.log(d) + (k - 1) * Math.log(k) - (k + d) * Math.log(k + d), (d + 1) * Math.log(d) + k * Math.log(k) - (k + d + 1) * Math.log(k + d));
    const logRatio = ds.map((d) => reluNtk.logMercerEigenvalues(d, k)[k]! - logTwoTerm(d));
    expect(decideAsymptoticRatio(ds, logRatio).decision).toBe('refuted');
  });

  // A series without its degree-2 term would miss by μ_2·N(d, 2) at t = 1, above the bound.
  test.prop([fc.integer({ min: 1, max: 50 })], { numRuns: 5 })('mercer-series: dropping the degree-2 term would violate the bound', (d) => {
    const r = thm33MercerSeries.law('quick').evaluate({ d, t: 1 });
    expect(r.ok).toBe(true);
    expect(Number(r.bound)).toBeLessThan(Number(r.extra!['μ_2 N(d,2)']));
  });

  // An off-by-one binomial in the printed formula would differ from the count.
  test.prop([fc.integer({ min: 2, max: 500 }), fc.integer({ min: 1, max: 100 })], { numRuns: 20 })('harmonic-dimension: a perturbed formula differs from the count', (d, k) => {
    const counted = binomial(k + d, d) - binomial(k + d - 2, d);
    expect(harmonicDimension(d, k)).toBe(counted);
    expect((BigInt(2 * k + d - 1) * binomial(k + d - 1, d - 1)) / BigInt(k)).not.toBe(counted);
    expect(thm33HarmonicDimension.law('quick').evaluate({ d, k }).ok).toBe(true);
  });

  // Remark 3.4 holds where the odd zeros play no role (k ≤ 3), under both readings.
  test.prop([fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 3 })], { numRuns: 10 })('remark3.4: λ_{r_k} = μ_{k−1} for k ≤ 3 under both readings', (d, k) => {
    expect(remark34Index.law('quick').evaluate({ d, k }).ok).toBe(true);
    expect(remark34IndexByDegree.law('quick').evaluate({ d, k }).ok).toBe(true);
  });

  // Remark 3.5's rule can hold: along k → ∞ at fixed d the k^{−d−1} part is satisfied.
  test.prop([fc.integer({ min: 1, max: 10 }).map((j) => 2 * j)], { numRuns: 5 })('remark3.5: holds along k → ∞ (the rule can pass)', (base) => {
    const r = remark35MaxRate.law('quick').evaluate({ direction: 'k→∞', base });
    expect(r.ok && r.decided, JSON.stringify(r)).toBe(true);
  });

  // A kernel with one negative eigenvalue (μ_2 flipped) is caught by the same quadrature bound.
  test.prop([fc.integer({ min: 1, max: 20 })], { numRuns: 5 })('sec2.positive-semidefinite: a kernel with μ_2 < 0 is detected', (d) => {
    const mu2 = reluNtk.mercerEigenvalues(d, 2)[2]!;
    const n2 = Number(harmonicDimension(d, 2));
    const flipped = (t: number) => reluNtk.value(t) - 2 * mu2 * n2 * gegenbauer(d, 2, t);
    const q = funkHecke(flipped, d, 2);
    expect(q.values[2]! + q.errorEstimate[2]! + q.roundingBound[2]!).toBeLessThan(0);
    expect(sec2PositiveSemidefinite.law('quick').evaluate({ d, K: 2 }).ok).toBe(true);
  });

  // The kernel dynamics leave the degree-3 component (μ_3 = 0) in place while the bound on degrees < 2 decides.
  test.prop([fc.integer({ min: 2, max: 9 }), fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 2 })('thm3.2.high-frequency: decided, and the degree-3 part is not learned', (d, seed) => {
    const r = thm32HighFrequency.law('quick').evaluate({ d, seed });
    expect(r.ok && r.decided, JSON.stringify(r)).toBe(true);
    expect(Number(r.extra!['degree-3 projection kept (final/initial)'])).toBeGreaterThan(0.5);
  });

  // The requirements grow from k = 2 on (the rule can hold); the refutation is the circle's k = 1.
  test('sec3.1.fewer-samples: holds for k = 2, fails at d = 1, k = 1', () => {
    const law = sec31FewerSamples.law('quick');
    expect(law.evaluate({ k: 2 }).ok).toBe(true);
    const r = law.evaluate({ k: 1 });
    expect(r.ok).toBe(false);
    expect(r.extra!['d with the smallest margin']).toBe(1);
  });

  // Under the surface measure (|S^1| = 2π) the check would fail: μ_0·2π > 1.
  test('footnote2: the check fails under the surface-measure normalisation', () => {
    const r = footnote2LambdaBelowOne.law('quick').evaluate({ d: 1, K: 10 });
    expect(r.ok).toBe(true);
    expect(reluNtk.mercerEigenvalues(1, 0)[0]! * 2 * Math.PI).toBeGreaterThan(1);
  });

  // The odd-k reading fails when fed the even k it excludes.
  test.prop([fc.integer({ min: 1, max: 30 })], { numRuns: 5 })('cor3.6.rate.odd-k: its law fails on even k', (d) => {
    expect(cor36RateOddK.law('quick').evaluate({ d, parity: 'even' }).ok).toBe(false);
  });

  // Corollary 3.7 with the measured exponent: μ_{k−1}·d^{k−1} is bounded away from 0 (same rule).
  test.prop([fc.integer({ min: 1, max: 10 }).map((j) => 2 * j + 1)], { numRuns: 5 })('cor3.7 (measured form): λ_{r_k} = Ω(d^{−k+1})', (k) => {
    const ds = twoDecadeSweep(10 * k, 8);
    const logRatio = ds.map((d) => reluNtk.logMercerEigenvalues(d, k)[k - 1]! + (k - 1) * Math.log(d));
    expect(decideAsymptoticRatio(ds, logRatio).decision).toBe('holds');
  });

  // The nonzero-degree reading passes where the every-degree reading fails (K ≥ 4 meets μ_3 = 0).
  test.prop([fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 4, max: 40 })], { numRuns: 10 })('abstract.lower-degree-easier: every degree fails, nonzero degrees hold', (d, K) => {
    expect(abstractLowerDegreeEasier.law('quick').evaluate({ d, K }).ok).toBe(false);
    expect(abstractLowerDegreeEasierNonzero.law('quick').evaluate({ d, K }).ok).toBe(true);
  });
});
