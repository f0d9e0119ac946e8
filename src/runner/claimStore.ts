import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nonFiniteAsString } from './nonFiniteAsString.js';
import type { ClaimRecord } from './runResults.js';
import { writeFilesAtomically } from './writeFilesAtomically.js';

/** What must match for a finished claim's result to be reused by `verify --resume`. */
export interface RunKey {
  readonly seed: number;
  readonly scale: string;
  readonly backend: string;
  readonly runs: number | null;
  readonly path: string | null;
  /** See codeVersion. */
  readonly code: string;
}

/** Where finished claims are kept: `<out>/claims/<id>.json`. */
export const CLAIMS_DIR = 'claims';

const sameKey = (a: RunKey, b: RunKey) => a.seed === b.seed && a.scale === b.scale && a.backend === b.backend && a.runs === b.runs && a.path === b.path && a.code === b.code;

/** Write one finished claim's record, atomically, as soon as it finishes (a killed run keeps it). */
export function storeClaim(out: string, key: RunKey, record: ClaimRecord): void {
  writeFilesAtomically(join(out, CLAIMS_DIR), [[`${record.id}.json`, () => `${JSON.stringify({ key, record }, nonFiniteAsString)}\n`]]);
}

/**
 * The finished claims stored in `out` under the same key, by id. Unreadable or foreign files and results
 * of another key are ignored (they are simply run again), as are `error` results.
 */
export function storedClaims(out: string, key: RunKey): Map<string, ClaimRecord> {
  const found = new Map<string, ClaimRecord>();
  let names: string[];
  try {
    names = readdirSync(join(out, CLAIMS_DIR)).filter((n) => n.endsWith('.json'));
  } catch {
    return found;
  }
  for (const name of names) {
    try {
      const { key: stored, record } = JSON.parse(readFileSync(join(out, CLAIMS_DIR, name), 'utf8')) as { key: RunKey; record: ClaimRecord };
      if (sameKey(stored, key) && record.verdict !== 'error' && `${record.id}.json` === name) found.set(record.id, record);
    } catch {
      // A half-written or foreign file: run that claim again.
    }
  }
  return found;
}
