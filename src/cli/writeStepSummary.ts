import { appendFileSync } from 'node:fs';
import { renderMarkdownSummary } from '../report/renderMarkdownSummary.js';
import type { RunResults } from '../runner/runResults.js';

/**
 * Append the run's Markdown summary to `file` (--summary), or else to $GITHUB_STEP_SUMMARY when set —
 * appended, as GitHub expects of each step. Returns the file written, if any.
 */
export function writeStepSummary(results: RunResults, file: string | undefined): string | undefined {
  const target = file ?? process.env.GITHUB_STEP_SUMMARY;
  if (!target) return undefined;
  appendFileSync(target, renderMarkdownSummary(results));
  return target;
}
