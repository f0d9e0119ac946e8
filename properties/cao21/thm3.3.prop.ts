import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { decideAsymptoticRatio, twoDecadeSweep } from '../../src/claims/asymptoticRatio.js';
import { thm33LowPositive } from '../../src/claims/cao21/thm33LowPositive.js';
import { thm33OddZero } from '../../src/claims/cao21/thm33OddZero.js';
import { thm33Ordering } from '../../src/claims/cao21/thm33Ordering.js';
import { thm33RateKLarge } from '../../src/claims/cao21/thm33RateKLarge.js';
import { logExplicitBound } from '../../src/claims/cao21/thm33ExplicitBound.js';
import { reluNtk } from '../../src/kernels/arcCosine.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

/**
 * Theorem 3.3 of Cao et al. Each claim: the verdict regression (verify's cases), plus a property drawn
 * by this suite's own seed over the claim's domain — the claim's law for the claims that hold, and the
 * measured corrected form for the refuted ones.
 */
describe('cao21 Theorem 3.3', () => {
  for (const claim of [thm33OddZero, thm33LowPositive, thm33Ordering, thm33RateKLarge]) {
    const law = claim.law('quick');
    itMeasuresExpectedVerdict(claim.id);
    test.prop([law.arbitrary], { numRuns: 10 })(`${claim.id}: every drawn case satisfies the law`, (params) => {
      const r = law.evaluate(params as never);
      expect(r.ok, JSON.stringify(r)).toBe(true);
    });
  }

  itMeasuresExpectedVerdict('cao21.thm3.3.rate-d-large', (r) => {
    expect(r.counterexample?.params.k, 'fast-check shrinks to the smallest even degree').toBe(2);
    expect(r.tightest?.value).toBeGreaterThan(0.5);
  });
  itMeasuresExpectedVerdict('cao21.thm3.3.explicit-bound', (r) => {
    expect(r.counterexample?.params.direction).toBe('d→∞');
  });

  // The measured corrected form of rate-d-large: μ_k·d^k is bounded away from 0 (same asymptotic rule).
  test.prop([fc.integer({ min: 1, max: 10 }).map((j) => 2 * j)], { numRuns: 10 })(
    'cao21.thm3.3.rate-d-large (measured form): μ_k = Ω(d^{−k}) for fixed even k as d → ∞',
    (k) => {
      const ds = twoDecadeSweep(10 * k, 8);
      const logRatio = ds.map((d) => reluNtk.logMercerEigenvalues(d, k)[k]! + k * Math.log(d));
      expect(decideAsymptoticRatio(ds, logRatio).decision).toBe('holds');
    },
  );

  // The measured corrected form of explicit-bound along d → ∞: μ_k/max{…} ≍ 1/d.
  test.prop([fc.integer({ min: 1, max: 10 }).map((j) => 2 * j)], { numRuns: 10 })(
    'cao21.thm3.3.explicit-bound (measured form): d·μ_k/max{…} is bounded away from 0 as d → ∞',
    (k) => {
      const ds = twoDecadeSweep(10 * k, 8);
      const logRatio = ds.map((d) => reluNtk.logMercerEigenvalues(d, k)[k]! - logExplicitBound(d, k) + Math.log(d));
      expect(decideAsymptoticRatio(ds, logRatio).decision).toBe('holds');
    },
  );
});
