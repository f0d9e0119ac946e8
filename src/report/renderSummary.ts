import type { Verdict } from '../claims/claim.js';
import type { RunResults } from '../runner/runResults.js';
import { differsFromExpectation } from '../runner/runResults.js';
import { escapeHtml } from './escapeHtml.js';
import { formatDuration } from './formatDuration.js';
import { claimAnchor } from './renderClaimSection.js';
import { verdictBadge } from './verdictBadge.js';

const VERDICTS: readonly Verdict[] = ['holds', 'refuted', 'inconclusive', 'error'];

/**
 * The top of the report: verdict counts, whether every verdict equals its expectation (and, prominently,
 * which do not: expected vs measured), and the summary table linking to each claim's section.
 */
export function renderSummary(results: RunResults): string {
  const e = escapeHtml;
  const counts = VERDICTS.map((v) => `<li>${verdictBadge(v)} <span class="count">${results.claims.filter((c) => c.verdict === v).length}</span></li>`);
  const differing = results.claims.filter(differsFromExpectation);
  const expectation =
    differing.length === 0
      ? `<p class="expectations all-equal">All ${results.claims.length} verdicts equal their expectations.</p>`
      : `<div class="expectations differ"><p><strong>${differing.length} of ${results.claims.length} verdicts differ from their expectations:</strong></p><ul>${differing
          .map((c) => `<li><a href="#${e(claimAnchor(c.id))}">${e(c.id)}</a>: expected ${verdictBadge(c.expected)}, measured ${verdictBadge(c.verdict, c.timedOut)}</li>`)
          .join('')}</ul></div>`;
  const rows = results.claims.map(
    (c) =>
      `<tr${differsFromExpectation(c) ? ' class="differs"' : ''}><td><a href="#${e(claimAnchor(c.id))}">${e(c.id)}</a></td><td>${e(c.paper)}, ${e(c.section)}</td>` +
      `<td>${verdictBadge(c.verdict, c.timedOut)}</td><td>${verdictBadge(c.expected)}${differsFromExpectation(c) ? ' <strong class="ne">≠</strong>' : ''}</td>` +
      `<td class="num">${c.cases}</td><td class="num">${formatDuration(c.durationMs)}</td></tr>`,
  );
  return [
    '<section class="summary">',
    `<ul class="counts"><li><span class="count">${results.claims.length}</span> claims</li>${counts.join('')}</ul>`,
    expectation,
    '<table class="summary-table"><thead><tr><th scope="col">Claim</th><th scope="col">Paper and section</th><th scope="col">Verdict</th><th scope="col">Expected</th><th scope="col">Cases</th><th scope="col">Time</th></tr></thead>',
    `<tbody>${rows.join('')}</tbody></table>`,
    '</section>',
  ].join('\n');
}
