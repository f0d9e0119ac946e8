import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { lemma31NearOrthonormal } from '../../src/claims/cao21/lemma31NearOrthonormal.js';
import { sec4AdditionFormula } from '../../src/claims/cao21/sec4AdditionFormula.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

describe('cao21 Lemma 3.1 and the addition formula of §4', () => {
  for (const claim of [lemma31NearOrthonormal, sec4AdditionFormula]) {
    const law = claim.law('quick');
    itMeasuresExpectedVerdict(claim.id);
    test.prop([law.arbitrary], { numRuns: 4 })(`${claim.id}: every drawn case satisfies the law`, (params) => {
      const r = law.evaluate(params as never);
      expect(r.ok, JSON.stringify(r)).toBe(true);
    });
  }
});
