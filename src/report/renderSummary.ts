import { anchorText } from '../catalogue/anchorText.js';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { Verdict } from '../claims/claim.js';
import type { ClaimRecord, RunResults } from '../runner/runResults.js';
import { differsFromExpectation } from '../runner/runResults.js';
import { escapeHtml } from './escapeHtml.js';
import { escapeProse } from './escapeProse.js';
import { formatDuration } from './formatDuration.js';
import { readingSynthesis } from './readingSynthesis.js';
import { claimAnchor } from './renderClaimSection.js';
import type { PaperPart } from './reportOrder.js';
import { verdictBadge } from './verdictBadge.js';

const VERDICTS: readonly Verdict[] = ['holds', 'refuted', 'inconclusive', 'error'];

const countList = (claims: readonly ClaimRecord[]) =>
  `<ul class="counts"><li><span class="count">${claims.length}</span> claims</li>${VERDICTS.map((v) => `<li>${verdictBadge(v)} <span class="count">${claims.filter((c) => c.verdict === v).length}</span></li>`).join('')}</ul>`;

/** "Authors, Title, Venue Year" of a paper, or its id when the run has no catalogue for it. */
export function citation(paper: string, catalogues: readonly Catalogue[]): string {
  const c = catalogues.find((x) => x.paper === paper);
  return c ? `${escapeHtml(c.authors)}, <cite>${escapeHtml(c.title)}</cite>, ${escapeHtml(c.venue)} ${c.year}` : escapeHtml(paper);
}

/**
 * The top of the report: what a verdict and an expectation are, the verdict counts, whether every verdict
 * equals its expectation (and, prominently, which do not: expected vs measured).
 */
export function renderSummary(results: RunResults): string {
  const e = escapeHtml;
  const differing = results.claims.filter(differsFromExpectation);
  const expectation =
    differing.length === 0
      ? `<p class="expectations all-equal">All ${results.claims.length} verdicts equal their expectations.</p>`
      : `<div class="expectations differ"><p><strong>${differing.length} of ${results.claims.length} verdicts differ from their expectations:</strong></p><ul>${differing
          .map((c) => `<li><a href="#${e(claimAnchor(c.id))}">${e(c.id)}</a>: expected ${verdictBadge(c.expected)}, measured ${verdictBadge(c.verdict, c.timedOut)}</li>`)
          .join('')}</ul></div>`;
  return [
    '<section class="summary" id="top-summary">',
    '<p class="about">Each claim quotes a statement as printed, says how we read it, and checks it numerically; the verdict is measured: <em>holds</em> (every case that could have failed satisfies it), <em>refuted</em> (a case violates it beyond the stated tolerance — the finding and a replayable counterexample are shown), <em>inconclusive</em> (the numerics at these sizes cannot decide, or no case could have failed). ' +
      'An <em>expectation</em> is the verdict the same check measured when it was last recorded (fixtures/expectations*.json, written from a run by <code>spectral-conformance expectations</code>, never by hand); a verdict that differs from it is a regression signal, shown first. Matching expectations say the code did not change its findings, not that the findings are right.</p>',
    countList(results.claims),
    expectation,
    '</section>',
  ].join('\n');
}

/**
 * A paper's contents: its citation, verdict counts, and a table of its claims linking to their sections —
 * grouped by printed statement (findings first), with one line of synthesis where one statement is
 * checked under several readings, and each claim's one-line reason.
 */
export function renderPaperContents(part: PaperPart, results: RunResults): string {
  const e = escapeHtml;
  const claims = part.groups.flat();
  const catalogue = results.catalogues.find((c) => c.paper === part.paper);
  const rows = part.groups.flatMap((group) => {
    const first = group[0]!;
    const differ = catalogue?.statements.find((s) => s.key === first.printed.key)?.readingsDiffer;
    const synthesis = group.length > 1 ? `<br><span class="synthesis">${escapeProse(readingSynthesis(group, differ))}</span>` : '';
    return [
      `<tr class="statement-row"><th colspan="5" scope="rowgroup">${e(anchorText(first.printed))}${synthesis}</th></tr>`,
      ...group.map(
        (c) =>
          `<tr${differsFromExpectation(c) ? ' class="differs"' : ''}><td><a href="#${e(claimAnchor(c.id))}">${e(c.id)}</a>${c.readingName ? `<br><span class="reading-name">reading: ${e(c.readingName)}</span>` : ''}</td>` +
          `<td>${verdictBadge(c.verdict, c.timedOut)}${differsFromExpectation(c) ? `<br><strong class="ne">≠ expected</strong> ${verdictBadge(c.expected)}` : ''}</td>` +
          `<td class="num">${c.power.decided} / ${c.cases}</td><td class="num">${formatDuration(c.durationMs)}</td><td class="reason-cell">${escapeProse(c.reason)}</td></tr>`,
      ),
    ];
  });
  return [
    `<section class="paper" id="paper-${e(part.paper)}">`,
    `<h2><a class="permalink" href="#paper-${e(part.paper)}">§</a> ${citation(part.paper, results.catalogues)}</h2>`,
    countList(claims),
    '<table class="summary-table"><thead><tr><th scope="col">Claim</th><th scope="col">Verdict</th><th scope="col">Decided / cases</th><th scope="col">Time</th><th scope="col">Why</th></tr></thead>',
    `<tbody>${rows.join('')}</tbody></table>`,
    '</section>',
  ].join('\n');
}
