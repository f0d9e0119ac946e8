import { anchorText } from '../catalogue/anchorText.js';
import type { Printed, Reading } from '../claims/claim.js';
import { escapeHtml } from './escapeHtml.js';

/**
 * What the paper printed and how this claim reads it, apart: the verbatim words (the text conversion of
 * the PDF, markup included) under their anchor, then each interpretation with the line it rests on.
 */
export function renderPrinted(printed: Printed, reading: readonly Reading[], readingName?: string): string {
  const e = escapeHtml;
  const readings = reading.map((r) => `<li>${e(r.text)} <span class="rests-on">(rests on ${e(r.restsOn)})</span></li>`).join('');
  return [
    `<h3>Printed <span class="anchor">${e(anchorText(printed))}</span></h3>`,
    `<blockquote class="statement printed">${e(printed.text)}</blockquote>`,
    `<h3>How we read it${readingName ? ` — reading “${e(readingName)}”` : ''}</h3>`,
    reading.length > 0 ? `<ul class="reading">${readings}</ul>` : '<p class="empty">Read literally; no interpretation.</p>',
  ].join('\n');
}
