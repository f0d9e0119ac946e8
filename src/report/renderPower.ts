import type { Power, WorstCase } from '../claims/claim.js';
import { escapeHtml } from './escapeHtml.js';
import { escapeProse } from './escapeProse.js';
import { formatScalar } from './formatScalar.js';

/** The worst case's parameters in one line: the first eight (the rest are in its table row and results.json). */
const params = (p: WorstCase['params']) => {
  const entries = Object.entries(p);
  const shown = entries.slice(0, 8).map(([k, v]) => `${k} = ${formatScalar(v)}`);
  return entries.length > 8 ? `${shown.join(', ')}, … (${entries.length - 8} more in the table)` : shown.join(', ');
};

/**
 * Whether the check could have failed: how many cases were decided (a false claim reaching the reference
 * would have failed them) and the distribution of their margins, and the worst case drawn.
 */
export function renderPower(power: Power, cases: number, worst?: WorstCase): string {
  const e = escapeHtml;
  const out = ['<h3>Could it have failed?</h3><dl class="method">'];
  out.push(`<dt>Decided cases<dd>${power.decided} of ${cases}${power.undecided > 0 ? ` (${power.undecided} undecided: no power)` : ''}`);
  out.push(`<dt>Power reference<dd>${escapeProse(power.reference)}`);
  if (power.margins) {
    const m = power.margins;
    out.push(`<dt>Margins of the decided cases<dd>min ${e(formatScalar(m.min))}, median ${e(formatScalar(m.median))}, max ${e(formatScalar(m.max))} — ${escapeProse(power.marginLabel)}`);
  }
  if (worst) {
    out.push(`<dt>Worst case<dd>${escapeProse(params(worst.params))}: measured ${e(formatScalar(worst.measured))} against ${e(worst.bound === null ? '—' : formatScalar(worst.bound))} (margin ${e(formatScalar(worst.margin))})`);
  }
  out.push('</dl>');
  return out.join('');
}
