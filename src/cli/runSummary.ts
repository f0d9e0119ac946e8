import { join } from 'node:path';
import type { Verdict } from '../claims/claim.js';
import { formatDuration } from '../report/formatDuration.js';
import { REPORT_FILES } from '../report/writeReportFiles.js';
import { differsFromExpectation, type RunResults } from '../runner/runResults.js';

const VERDICTS: readonly Verdict[] = ['holds', 'refuted', 'inconclusive', 'error'];

/**
 * Print the outcome of a run (verdict counts, every claim whose verdict differs from its expectation —
 * expected vs measured — and where the report is) and return the exit status: 0 when every verdict
 * equals its expectation, 1 otherwise. A claim without an expectation counts as differing.
 */
export function runSummary(results: RunResults, dir: string, out: (line: string) => void): number {
  const counts = VERDICTS.map((v) => `${results.claims.filter((c) => c.verdict === v).length} ${v}`).join(', ');
  out(`${results.claims.length} claims: ${counts} (${formatDuration(results.durationMs)})`);
  const differing = results.claims.filter(differsFromExpectation);
  if (differing.length === 0) out('every verdict equals its expectation');
  else {
    out(`${differing.length} verdict${differing.length === 1 ? '' : 's'} differ from their expectations:`);
    for (const c of differing) {
      out(`  ${c.id}: ${c.expected === null ? 'no expectation' : `expected ${c.expected}`}, measured ${c.verdict}${c.timedOut ? ' (time budget)' : ''} — replay: ${c.replay}`);
    }
  }
  out(`report: ${join(dir, REPORT_FILES.html)} (with ${REPORT_FILES.results} and ${REPORT_FILES.junit})`);
  return differing.length === 0 ? 0 : 1;
}
