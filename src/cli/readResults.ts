import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPORT_FILES } from '../report/writeReportFiles.js';
import { RESULTS_VERSION, type RunResults } from '../runner/runResults.js';
import { UsageError } from './flags.js';

/** The results.json in `dir` (written by verify or merge); an unreadable or foreign file is a usage error. */
export function readResults(dir: string): RunResults {
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
