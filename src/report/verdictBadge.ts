import type { Verdict } from '../claims/claim.js';
import { escapeHtml } from './escapeHtml.js';

/**
 * A verdict as a coloured, bordered badge (its word stays readable in black-and-white print); a check
 * stopped at its time budget reads `inconclusive (time budget)`, a missing expectation `none`.
 */
export function verdictBadge(verdict: Verdict | null, timedOut = false): string {
  const word = verdict ?? 'none';
  return `<span class="badge badge-${escapeHtml(word)}">${escapeHtml(word)}${timedOut ? ' (time budget)' : ''}</span>`;
}
