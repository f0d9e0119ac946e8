import { test } from '@fast-check/vitest';
import { beforeAll, describe, expect } from 'vitest';
import { asiCase, asiZeroOutput } from '../../src/claims/bowman22/asiZeroOutput.js';
import { initBackend } from '../../src/networks/backend.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

beforeAll(async () => {
  await initBackend();
});

/** Bowman & Montúfar §2.3: the antisymmetric initialisation gives f ≡ 0 and leaves the NTK unchanged. */
describe('bowman22 antisymmetric initialisation', () => {
  itMeasuresExpectedVerdict('bowman22.asi.zero-output');

  const law = asiZeroOutput.law('quick');
  test.prop([law.arbitrary], { numRuns: 8 })('bowman22.asi.zero-output: every drawn network satisfies the law', (params) => {
    const r = asiCase(params);
    expect(r.maxOutput).toBe(0);
    expect(r.wrapperGap).toBeLessThanOrEqual(r.wrapperBound);
    expect(r.refRatio).toBeLessThanOrEqual(1);
    // Not vacuous: the underlying network is far from 0 at the same points.
    expect(r.underlyingOutput).toBeGreaterThan(1e-3);
  });
});
