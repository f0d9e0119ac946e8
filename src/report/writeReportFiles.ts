import { nonFiniteAsString } from '../runner/nonFiniteAsString.js';
import type { RunResults } from '../runner/runResults.js';
import { writeFilesAtomically } from '../runner/writeFilesAtomically.js';
import { renderJunit } from './renderJunit.js';
import { renderReport } from './renderReport.js';

/** The files a run leaves in its output directory. */
export const REPORT_FILES = { results: 'results.json', html: 'index.html', junit: 'junit.xml' } as const;

/**
 * Write results.json (non-finite numbers as strings, see nonFiniteAsString), and index.html and
 * junit.xml rendered from results.json as written — parsed back, so the report cannot show anything the
 * JSON does not hold — all three atomically together.
 */
export function writeReportFiles(dir: string, run: RunResults): void {
  const json = `${JSON.stringify(run, nonFiniteAsString, 2)}\n`;
  const results = JSON.parse(json) as RunResults;
  writeFilesAtomically(dir, [
    [REPORT_FILES.results, () => json],
    [REPORT_FILES.junit, () => renderJunit(results)],
    [REPORT_FILES.html, () => renderReport(results)],
  ]);
}
