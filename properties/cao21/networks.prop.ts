import { test } from '@fast-check/vitest';
import { beforeAll, describe, expect } from 'vitest';
import { eq21NtkClosedForm } from '../../src/claims/cao21/eq21NtkClosedForm.js';
import { thm32ProjectedConvergence } from '../../src/claims/cao21/thm32ProjectedConvergence.js';
import { initBackend } from '../../src/networks/backend.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

/**
 * The network claims of Cao et al.: the verdict regression of each (verify's quick cases), and for the
 * two cheap ones a property drawn by this suite's own seed over the claim's domain.
 */
describe('cao21 networks: eq. 2.1, Theorem 3.2, Figures 1 and 2', () => {
  beforeAll(async () => {
    await initBackend();
  });

  for (const claim of [eq21NtkClosedForm, thm32ProjectedConvergence]) {
    const law = claim.law('quick');
    itMeasuresExpectedVerdict(claim.id);
    test.prop([law.arbitrary], { numRuns: 2 })(`${claim.id}: every drawn case satisfies the law`, (params) => {
      const r = law.evaluate(params as never);
      expect(r.ok, JSON.stringify(r)).toBe(true);
    });
  }

  itMeasuresExpectedVerdict('cao21.fig1.order-of-learning', (r) => {
    expect(r.charts.map((c) => c.id)).toEqual(['fig1-equal', 'fig1-increasing', 'fig1-cos', 'fig1-power', 'fig1-rates']);
  });
  itMeasuresExpectedVerdict('cao21.fig2.misspecified', (r) => {
    expect(r.charts.map((c) => c.id)).toEqual(['fig2-pud', 'fig2-nag', 'fig2-ngm', 'fig2-rates']);
  });
});
