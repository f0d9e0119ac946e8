import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { requirements } from '../../src/claims/cao21/sec31FewerSamples.js';
import { corollaryOrders, orderGrowth, sec31FewerSamplesOrders } from '../../src/claims/cao21/sec31FewerSamplesOrders.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

/**
 * §3.1's "smaller sample size and narrower networks" under its two readings: Theorem 3.2's printed
 * expressions (refuted on the circle, k = 1, by a factor 1.6) and the orders of Corollaries 3.6/3.7
 * (this file's claim): the verdict regression and a test that the orders' check can fail.
 */
describe('cao21 §3.1 fewer samples: orders of Corollaries 3.6/3.7', () => {
  itMeasuresExpectedVerdict('cao21.sec3.1.fewer-samples.corollary-orders');

  // The rule fails when an order falls: the orders fed in reverse (k + 1 before k) are caught at every d.
  test.prop([fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 8 })], { numRuns: 30 })('orders: growing from k to k + 1, falling in reverse', (d, k) => {
    const a = corollaryOrders(d, k);
    const b = corollaryOrders(d, k + 1);
    expect(orderGrowth(a, b).samples).toBeGreaterThan(0);
    expect(orderGrowth(a, b).all).toBeGreaterThanOrEqual(0);
    expect(orderGrowth(b, a).samples).toBeLessThan(0);
  });

  // The two readings differ at the refuting case: Theorem 3.2's n falls from k = 1 to 2 on the circle by 1.6,
  // the corollaries' orders grow there.
  test('the readings differ on the circle at k = 1', () => {
    expect(requirements(1, 1).n / requirements(1, 2).n).toBeCloseTo(1.6, 1);
    const r = sec31FewerSamplesOrders.law('quick').evaluate({ k: 1 });
    expect(r.ok && r.decided).toBe(true);
  });
});
