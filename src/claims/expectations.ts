import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Verdict } from './claim.js';

/** fixtures/expectations.json: each claim's expected verdict as measured, with one line of reason. */
export interface Expectation {
  readonly verdict: Verdict;
  readonly reason: string;
}

export const DEFAULT_EXPECTATIONS = fileURLToPath(new URL('../../fixtures/expectations.json', import.meta.url));

const VERDICTS: readonly Verdict[] = ['holds', 'refuted', 'inconclusive', 'error'];

export function readExpectations(file = DEFAULT_EXPECTATIONS): Map<string, Expectation> {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { claims?: Record<string, Expectation> };
  if (!raw.claims || typeof raw.claims !== 'object') throw new RangeError(`${file}: expected an object with a "claims" map`);
  const out = new Map<string, Expectation>();
  for (const [id, e] of Object.entries(raw.claims)) {
    if (!VERDICTS.includes(e.verdict)) throw new RangeError(`${file}: claim ${id} has verdict ${JSON.stringify(e.verdict)}, expected one of ${VERDICTS.join('|')}`);
    out.set(id, e);
  }
  return out;
}
