import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import type { Claim, Scale, Verdict } from '../claims/claim.js';
import { DEFAULT_SEED } from '../claims/defaults.js';
import { readExpectations } from '../claims/expectations.js';
import { runClaim } from '../claims/runClaim.js';

export interface ClaimTestOptions {
  /** The expected verdict; default: the claim's entry in `expectations` (or expectations.json beside `pack`). */
  readonly expected?: Verdict;
  /** An expectation file, as written by `spectral-conformance expectations`. */
  readonly expectations?: string;
  /** The pack's module URL (`import.meta.url` of the pack's entry), to find its expectations.json. */
  readonly pack?: string;
  readonly scale?: Scale;
  readonly seed?: number;
}

/**
 * A claim as a vitest test in a pack's own suite: run its check (default: quick scale, seed 42, as
 * `verify` does) and assert the measured verdict equals its expectation, so that the pack's CI fails
 * when a verdict changes in either direction. The failure message carries the reason and the command
 * that replays the claim (add the pack's `--pack` to it).
 */
export function claimTest(claim: Claim, options: ClaimTestOptions = {}): void {
  const scale = options.scale ?? 'quick';
  const seed = options.seed ?? DEFAULT_SEED;
  it(`${claim.id}: measured verdict equals the expectation`, async () => {
    let expected = options.expected ?? null;
    if (expected === null) {
      const file = options.expectations ?? (options.pack ? join(dirname(fileURLToPath(options.pack)), scale === 'paper' ? 'expectations.paper.json' : 'expectations.json') : undefined);
      if (!file) throw new Error(`claimTest(${claim.id}): give options.expected, options.expectations or options.pack`);
      expected = readExpectations(file).get(claim.id)?.verdict ?? null;
      if (expected === null) throw new Error(`claimTest(${claim.id}): ${file} has no expectation for it (record one with \`spectral-conformance expectations --from <run>\`)`);
    }
    const result = await runClaim(claim, { seed, scale }, expected);
    expect(result.error, result.error?.stack).toBeUndefined();
    expect(result.verdict, `${result.reason}; replay: ${result.replay}`).toBe(expected);
  });
}
