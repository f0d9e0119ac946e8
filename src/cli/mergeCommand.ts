import { writeReportFiles } from '../report/writeReportFiles.js';
import { loadClaims } from '../runner/loadClaims.js';
import { mergeResults } from '../runner/mergeResults.js';
import type { RunResults } from '../runner/runResults.js';
import { parseFlags, UsageError } from './flags.js';
import { PACK_OPTIONS, registriesFrom } from './packFlags.js';
import { readResults } from './readResults.js';
import { runSummary } from './runSummary.js';
import { writeStepSummary } from './writeStepSummary.js';

export const MERGE_USAGE = `spectral-conformance merge DIR… [--out DIR] [--summary FILE] [--pack P]… [--no-builtin]
  Combine the outputs of \`verify --shard i/n\` runs (each DIR holding a results.json) into one
  results.json, index.html and junit.xml in --out (default: reports); --summary FILE (default:
  $GITHUB_STEP_SUMMARY when set) appends the Markdown summary; --pack orders the packs' claims as verify
  does. Exit status as for verify.`;

/** `merge`: combine shard outputs into one report; returns the exit status (0 all verdicts as expected, 1 otherwise). */
export async function mergeCommand(argv: string[], out: (line: string) => void): Promise<number> {
  const { values, positionals } = parseFlags(argv, { out: { type: 'string' }, summary: { type: 'string' }, ...PACK_OPTIONS });
  if (values.summary !== undefined && values.summary.trim() === '') throw new UsageError('--summary must not be empty');
  if (positionals.length === 0) throw new UsageError('merge needs at least one directory holding a results.json');
  if (values.out !== undefined && values.out.trim() === '') throw new UsageError('--out must not be empty');
  const parts = positionals.map(readResults);
  let order: string[];
  try {
    order = (await loadClaims(registriesFrom(values).modules)).map((c) => c.id);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  let merged: RunResults;
  try {
    merged = mergeResults(parts, order);
  } catch (e) {
    throw new UsageError(`cannot merge ${positionals.join(' ')}: ${(e as Error).message}`);
  }
  const dir = values.out ?? 'reports';
  writeReportFiles(dir, merged);
  writeStepSummary(merged, values.summary);
  return runSummary(merged, dir, out);
}
