import { expect, it } from 'vitest';
import { DEFAULT_SEED } from '../../src/claims/defaults.js';
import { readExpectations } from '../../src/claims/expectations.js';
import { claimById } from '../../src/claims/registry.js';
import { runClaim, type ClaimResult } from '../../src/claims/runClaim.js';

const expectations = readExpectations();

/**
 * The regression on a claim: run its check at quick scale with the default seed (the cases `verify`
 * measures) and assert the measured verdict equals fixtures/expectations.json — so CI fails when a
 * verdict changes in either direction. On a mismatch the message carries the replay command.
 */
export function itMeasuresExpectedVerdict(id: string, inspect?: (result: ClaimResult) => void): void {
  it(`${id}: measured verdict equals the expectation`, async () => {
    const expected = expectations.get(id)?.verdict ?? null;
    const result = await runClaim(claimById(id), { seed: DEFAULT_SEED, scale: 'quick' }, expected);
    expect(result.error, result.error?.stack).toBeUndefined();
    expect(result.verdict, `${result.reason}; replay: ${result.replay}`).toBe(expected);
    inspect?.(result);
  });
}
