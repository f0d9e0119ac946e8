import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPORT_FILES, writeReportFiles } from '../report/writeReportFiles.js';
import { loadClaims } from '../runner/loadClaims.js';
import { mergeResults } from '../runner/mergeResults.js';
import { RESULTS_VERSION, type RunResults } from '../runner/runResults.js';
import { parseFlags, UsageError } from './flags.js';
import { runSummary } from './runSummary.js';

export const MERGE_USAGE = `spectral-conformance merge DIR… [--out DIR]
  Combine the outputs of \`verify --shard i/n\` runs (each DIR holding a results.json) into one
  results.json, index.html and junit.xml in --out (default: reports). Exit status as for verify.`;

function readResults(dir: string): RunResults {
  const file = join(dir, REPORT_FILES.results);
  let parsed: Partial<RunResults>;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<RunResults>;
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as Error).message.split('\n')[0]}`);
  }
  if (parsed.version !== RESULTS_VERSION || !Array.isArray(parsed.claims)) {
    throw new UsageError(`${file} is not a results.json of format version ${RESULTS_VERSION}`);
  }
  return parsed as RunResults;
}

/** `merge`: combine shard outputs into one report; returns the exit status (0 all verdicts as expected, 1 otherwise). */
export async function mergeCommand(argv: string[], out: (line: string) => void): Promise<number> {
  const { values, positionals } = parseFlags(argv, { out: { type: 'string' } });
  if (positionals.length === 0) throw new UsageError('merge needs at least one directory holding a results.json');
  if (values.out !== undefined && values.out.trim() === '') throw new UsageError('--out must not be empty');
  const parts = positionals.map(readResults);
  const order = (await loadClaims()).map((c) => c.id);
  let merged: RunResults;
  try {
    merged = mergeResults(parts, order);
  } catch (e) {
    throw new UsageError(`cannot merge ${positionals.join(' ')}: ${(e as Error).message}`);
  }
  const dir = values.out ?? 'reports';
  writeReportFiles(dir, merged);
  return runSummary(merged, dir, out);
}
