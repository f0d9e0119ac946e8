import { test } from '@fast-check/vitest';
import { beforeAll, describe, expect } from 'vitest';
import { eq1LayerSum } from '../../src/claims/dandi21/eq1LayerSum.js';
import { initBackend } from '../../src/networks/backend.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

beforeAll(async () => {
  await initBackend();
});

describe('dandi21 eq. (1): the NTK is the sum of the layer-wise kernels', () => {
  itMeasuresExpectedVerdict(eq1LayerSum.id);
  const law = eq1LayerSum.law('quick');
  test.prop([law.arbitrary], { numRuns: 8 })(`${eq1LayerSum.id}: every drawn network satisfies the law`, (params) => {
    const r = law.evaluate(params);
    expect(r.ok, JSON.stringify(r)).toBe(true);
  });
});
