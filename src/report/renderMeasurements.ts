import type { MeasurementTable } from '../claims/claim.js';
import { csvDataUrl } from './csvDataUrl.js';
import { escapeHtml } from './escapeHtml.js';
import { escapeProse } from './escapeProse.js';
import { formatScalar } from './formatScalar.js';
import { measurementColumns, measurementsCsv } from './measurementsCsv.js';

/** Tables longer than this are collapsed in a <details> (the summary line says what they hold). */
const OPEN_ROWS = 12;
/** At most this many rows are drawn on the page (the violated ones first); every row is in the CSV and results.json. */
const SHOWN_ROWS = 25;

/**
 * The measured table of a claim: one row per drawn case, the deciding columns first — the case's outcome,
 * whether it could have failed, measured, bound, margin — then the parameters; numbers to 4 significant
 * digits (the full value is in results.json and in the CSV, offered as a `data:` link).
 * Parameters with one value in every case are said once above the table (the CSV keeps them as columns).
 * Violating rows are marked; a long table is collapsed, and at most SHOWN_ROWS rows are drawn (violated
 * first) so that the page stays under 1 MB — every row stays in the CSV.
 */
export function renderMeasurements(table: MeasurementTable, id: string): string {
  const e = escapeHtml;
  if (table.rows.length === 0) return '<p class="empty">No cases were measured.</p>';
  // A parameter with one value in every case (n, width, backend, …) is said once above the table, not in every row.
  const all = measurementColumns(table);
  const constant = table.rows.length > 1 ? all.filter((c) => table.rows.every((r) => r.params[c] !== undefined && String(r.params[c]) === String(table.rows[0]!.params[c]))) : [];
  const columns = all.filter((c) => !constant.includes(c));
  const same = constant.length === 0 ? '' : `<p class="same">In every case: ${constant.map((c) => `${escapeProse(c)} = ${escapeProse(formatScalar(table.rows[0]!.params[c]!))}`).join('; ')}.</p>`;
  const head = ['case', 'could fail', table.measuredLabel || 'measured', table.boundLabel || 'bound', 'margin', ...columns].map((c) => `<th scope="col">${escapeProse(c)}</th>`).join('');
  // Cells and rows without end tags (HTML closes them at the next <td>/<tr>): a long table is mostly these.
  const cell = (v: Parameters<typeof formatScalar>[0]) => `<td>${escapeProse(formatScalar(v))}`;
  const shown = [...table.rows.filter((r) => !r.ok), ...table.rows.filter((r) => r.ok)].slice(0, SHOWN_ROWS);
  const rows = shown.map(
    (r) =>
      `<tr${r.ok ? '' : ' class="violation"'}><td>${r.ok ? 'holds' : '<strong>violated</strong>'}<td>${r.decided ? 'yes' : 'no'}` +
      `${cell(r.measured)}${cell(r.bound)}${cell(r.margin)}${columns.map((c) => cell(r.params[c])).join('')}`,
  );
  const violated = table.rows.filter((r) => !r.ok).length;
  const decided = table.rows.filter((r) => r.decided).length;
  const csv = `<a class="csv" download="${e(id)}.csv" href="${csvDataUrl(measurementsCsv(table))}">CSV, full precision</a>`;
  const omitted = table.rows.length - shown.length;
  const summary = `${table.rows.length === 1 ? '1 case' : `${table.rows.length} cases`}: ${violated} violated, ${decided} could have failed${omitted > 0 ? ` (the first ${shown.length} shown, violated ones first; all ${table.rows.length} in the CSV)` : ''}`;
  const body = `<div class="table-scroll"><table class="measurements"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
  // A short table is whole on the page (4 digits; full precision in results.json); a long one is collapsed and downloadable.
  return table.rows.length > OPEN_ROWS
    ? `<details class="measurements-details"><summary>${e(summary)} — show the table</summary>${same}${body}</details><p>${csv}</p>`
    : `<p>${e(summary)}</p>${same}${body}`;
}
