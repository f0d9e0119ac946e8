import { anchorText } from '../catalogue/anchorText.js';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { ClaimRecord } from '../runner/runResults.js';
import { escapeHtml } from './escapeHtml.js';
import { claimAnchor } from './renderClaimSection.js';
import { verdictBadge } from './verdictBadge.js';

/**
 * A paper's coverage table: every formal statement of its catalogue, with the claims of this run that
 * check it (and their verdicts), or the recorded reason it cannot be checked, or that its claims were
 * not selected in this run.
 */
export function renderCoverage(catalogue: Catalogue, claims: readonly ClaimRecord[]): string {
  const e = escapeHtml;
  const rows = catalogue.statements.map((s) => {
    const checking = claims.filter((c) => c.paper === catalogue.paper && c.printed.key === s.key);
    const by = claims.filter((c) => s.checkedBy?.includes(c.id));
    const link = (c: ClaimRecord) => `<a href="#${e(claimAnchor(c.id))}">${e(c.id)}</a> ${verdictBadge(c.verdict, c.timedOut)}`;
    const status =
      checking.length > 0
        ? checking.map(link).join('<br>')
        : by.length > 0
          ? `restates what these check: ${by.map(link).join('<br>')}`
          : s.notCheckable
          ? `<span class="not-checkable">not checkable: ${e(s.notCheckable)}</span>`
          : '<span class="empty">checked by claims not selected in this run</span>';
    return `<tr><td>${e(anchorText(s))}</td><td class="printed-cell">${e(s.printed)}</td><td>${status}</td></tr>`;
  });
  const checked = catalogue.statements.filter((s) => claims.some((c) => (c.paper === catalogue.paper && c.printed.key === s.key) || s.checkedBy?.includes(c.id))).length;
  const notCheckable = catalogue.statements.filter((s) => s.notCheckable).length;
  return [
    `<section class="coverage" id="coverage-${e(catalogue.paper)}">`,
    `<h2>Coverage: ${e(catalogue.authors)}, <cite>${e(catalogue.title)}</cite>, ${e(catalogue.venue)} ${catalogue.year}</h2>`,
    `<p>${catalogue.statements.length} formal statements: ${checked} checked in this run, ${notCheckable} recorded as not checkable (with the reason). Line numbers refer to ${e(catalogue.source)}.</p>`,
    '<details><summary>Every statement of the paper</summary>',
    '<table class="coverage-table"><thead><tr><th scope="col">Where</th><th scope="col">Printed</th><th scope="col">Checked by</th></tr></thead>',
    `<tbody>${rows.join('')}</tbody></table></details>`,
    '</section>',
  ].join('\n');
}
