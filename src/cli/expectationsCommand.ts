import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { defaultExpectations } from '../claims/expectations.js';
import { writeFilesAtomically } from '../runner/writeFilesAtomically.js';
import { parseFlags, UsageError } from './flags.js';
import { selectClaims } from '../runner/selectClaims.js';
import { readResults } from './readResults.js';

export const EXPECTATIONS_USAGE = `spectral-conformance expectations --from DIR [--into FILE] [--claims <id or glob>,…]
  Record the measured verdict, reason and wall seconds of every claim in DIR/results.json (a verify run) — or of those
  --claims selects — as its expectation, in FILE (default: the expectation file of the run's scale).
  Claims not recorded keep their entries. Prints every verdict that changed; a recorded claim with an
  \`error\` verdict is refused (exit 2).`;

interface ExpectationFile {
  readonly about?: string;
  readonly claims: Record<string, { verdict: string; reason: string; seconds?: number }>;
}

/**
 * `expectations`: expectations are measured, never written by hand — this writes a run's verdicts into
 * the expectation file and lists each change (old → new) so that it can be justified in the issue note.
 */
export function expectationsCommand(argv: string[], out: (line: string) => void): number {
  const { values, positionals } = parseFlags(argv, { from: { type: 'string' }, into: { type: 'string' }, claims: { type: 'string' } });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  if (values.from === undefined || values.from.trim() === '') throw new UsageError('--from is required: the directory of a verify run (holding results.json)');
  const all = readResults(values.from);
  let chosen = all.claims.map((c) => c.id);
  if (values.claims !== undefined) {
    try {
      chosen = selectClaims(chosen, values.claims);
    } catch (e) {
      throw new UsageError(`--claims: ${(e as Error).message}`);
    }
  }
  const run = { ...all, claims: all.claims.filter((c) => chosen.includes(c.id)) };
  const errors = run.claims.filter((c) => c.verdict === 'error').map((c) => c.id);
  if (errors.length > 0) throw new UsageError(`--from ${values.from}: ${errors.join(', ')} ended in error; an error is never an expectation`);
  const file = values.into ?? defaultExpectations(run.scale);
  let current: ExpectationFile;
  try {
    current = JSON.parse(readFileSync(file, 'utf8')) as ExpectationFile;
  } catch (e) {
    throw new UsageError(`--into ${file}: cannot read it as an expectation file (${(e as Error).message.split('\n')[0]})`);
  }
  const claims = { ...current.claims };
  let changed = 0;
  for (const c of run.claims) {
    const before = claims[c.id]?.verdict;
    if (before !== c.verdict) {
      out(`${c.id}: ${before ?? 'new'} → ${c.verdict} (${c.reason})`);
      changed++;
    }
    // Its wall time too (to 0.1 s): verify starts the longest claims first and --shard balances by it.
    claims[c.id] = { verdict: c.verdict, reason: c.reason, seconds: Math.round(c.durationMs / 100) / 10 };
  }
  writeFilesAtomically(dirname(file), [[basename(file), () => `${JSON.stringify({ ...current, claims }, null, 2)}\n`]]);
  out(`${run.claims.length} claims recorded in ${file} (scale ${run.scale}, seed ${run.seed}); ${changed} verdicts changed`);
  return 0;
}
