import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Scale, Verdict } from './claim.js';

/**
 * Each claim's expected verdict as measured, with one line of reason, per scale: a claim can be
 * inconclusive at quick scale and decided at the papers' sizes. fixtures/expectations.json holds the
 * quick-scale verdicts (what `npm test` and a plain `verify` check), fixtures/expectations.paper.json
 * those of `verify --scale paper`, each measured with the default seed.
 */
export interface Expectation {
  readonly verdict: Verdict;
  readonly reason: string;
  /** Wall seconds the claim took in the run it was recorded from (for scheduling: longest first, shard balance). */
  readonly seconds?: number;
}

export const DEFAULT_EXPECTATIONS = fileURLToPath(new URL('../../fixtures/expectations.json', import.meta.url));
export const DEFAULT_PAPER_EXPECTATIONS = fileURLToPath(new URL('../../fixtures/expectations.paper.json', import.meta.url));

/** The expectation file `verify` compares with at a scale unless --expect names another. */
export function defaultExpectations(scale: Scale): string {
  return scale === 'paper' ? DEFAULT_PAPER_EXPECTATIONS : DEFAULT_EXPECTATIONS;
}

const VERDICTS: readonly Verdict[] = ['holds', 'refuted', 'inconclusive', 'error'];

export function readExpectations(file = DEFAULT_EXPECTATIONS): Map<string, Expectation> {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { claims?: Record<string, Expectation> };
  if (!raw.claims || typeof raw.claims !== 'object') throw new RangeError(`${file}: expected an object with a "claims" map`);
  const out = new Map<string, Expectation>();
  for (const [id, e] of Object.entries(raw.claims)) {
    if (!VERDICTS.includes(e.verdict)) throw new RangeError(`${file}: claim ${id} has verdict ${JSON.stringify(e.verdict)}, expected one of ${VERDICTS.join('|')}`);
    if (e.seconds !== undefined && !(typeof e.seconds === 'number' && e.seconds >= 0 && Number.isFinite(e.seconds))) {
      throw new RangeError(`${file}: claim ${id} has seconds ${JSON.stringify(e.seconds)}, expected a number ≥ 0`);
    }
    out.set(id, e);
  }
  return out;
}
