import type { MeasurementTable } from '../claims/claim.js';
import { escapeHtml } from './escapeHtml.js';
import { formatScalar } from './formatScalar.js';
import { measurementColumns, measurementsCsv } from './measurementsCsv.js';

/** Tables longer than this are collapsed in a <details> (the summary line says what they hold). */
const OPEN_ROWS = 12;

/**
 * The measured table of a claim: one row per drawn case, the deciding columns first — the case's outcome,
 * whether it could have failed, measured, bound, margin — then the parameters; numbers to 4 significant
 * digits (the full value is in results.json and in the CSV, offered as a `data:` link).
 * Violating rows are marked; a long table is collapsed.
 */
export function renderMeasurements(table: MeasurementTable, id: string): string {
  const e = escapeHtml;
  if (table.rows.length === 0) return '<p class="empty">No cases were measured.</p>';
  const columns = measurementColumns(table);
  const head = ['case', 'could fail', table.measuredLabel || 'measured', table.boundLabel || 'bound', 'margin', ...columns].map((c) => `<th scope="col">${e(c)}</th>`).join('');
  const cell = (v: Parameters<typeof formatScalar>[0]) => `<td>${e(formatScalar(v))}</td>`;
  const rows = table.rows.map(
    (r) =>
      `<tr${r.ok ? '' : ' class="violation"'}><td>${r.ok ? 'holds' : '<strong>violated</strong>'}</td><td>${r.decided ? 'yes' : 'no'}</td>` +
      `${cell(r.measured)}${cell(r.bound)}${cell(r.margin)}${columns.map((c) => cell(r.params[c])).join('')}</tr>`,
  );
  const violated = table.rows.filter((r) => !r.ok).length;
  const decided = table.rows.filter((r) => r.decided).length;
  const csv = `<a class="csv" download="${e(id)}.csv" href="data:text/csv;charset=utf-8,${e(encodeURIComponent(measurementsCsv(table)))}">CSV, full precision</a>`;
  const summary = `${table.rows.length} cases: ${violated} violated, ${decided} could have failed`;
  const body = `<div class="table-scroll"><table class="measurements"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
  return table.rows.length > OPEN_ROWS
    ? `<details class="measurements-details"><summary>${e(summary)} — show the table</summary>${body}</details><p>${csv}</p>`
    : `<p>${e(summary)} · ${csv}</p>${body}`;
}
