import type { Verdict } from '../claims/claim.js';
import { differsFromExpectation, type RunResults } from '../runner/runResults.js';
import { formatDuration } from './formatDuration.js';

const VERDICTS: readonly Verdict[] = ['holds', 'refuted', 'inconclusive', 'error'];

/** Markdown table cells: no line breaks, pipes escaped. */
const cell = (s: string) => s.replace(/\s+/g, ' ').replace(/\|/g, '\\|');

/**
 * A run as a Markdown summary for CI job pages (GitHub's GITHUB_STEP_SUMMARY): the verdict counts, whether
 * every verdict equals its expectation, and one row for each refuted, inconclusive, erroneous or
 * differing claim with its one-line reason and replay command.
 */
export function renderMarkdownSummary(results: RunResults): string {
  const counts = VERDICTS.map((v) => `${results.claims.filter((c) => c.verdict === v).length} ${v}`).join(', ');
  const differing = results.claims.filter(differsFromExpectation);
  const listed = results.claims.filter((c) => c.verdict !== 'holds' || differsFromExpectation(c));
  const lines = [
    `## Spectral-bias conformance (${results.scale} scale, seed ${results.seed})`,
    '',
    `${results.claims.length} claims: ${counts} — ${formatDuration(results.durationMs)}.`,
    differing.length === 0 ? 'Every verdict equals its expectation.' : `**${differing.length} verdict${differing.length === 1 ? ' differs' : 's differ'} from ${differing.length === 1 ? 'its expectation' : 'their expectations'}.**`,
  ];
  if (listed.length > 0) {
    lines.push('', '| claim | verdict | expected | why | replay |', '| --- | --- | --- | --- | --- |');
    for (const c of listed) {
      const verdict = `${differsFromExpectation(c) ? '**' : ''}${c.verdict}${c.timedOut ? ' (time budget)' : ''}${differsFromExpectation(c) ? '**' : ''}`;
      lines.push(`| \`${cell(c.id)}\` | ${verdict} | ${c.expected ?? 'none'} | ${cell(c.reason)} | \`${cell(c.replay)}\` |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
