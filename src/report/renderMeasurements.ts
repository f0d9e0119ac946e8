import type { MeasurementTable } from '../claims/claim.js';
import { escapeHtml } from './escapeHtml.js';
import { formatScalar } from './formatScalar.js';

/**
 * The measured table of a claim: one row per drawn case (parameters → measured → bound → ok), the
 * columns being the union of the parameter names in order of first appearance. Violating rows are marked.
 */
export function renderMeasurements(table: MeasurementTable): string {
  if (table.rows.length === 0) return '<p class="empty">No cases were measured.</p>';
  const columns = [...new Set(table.rows.flatMap((r) => Object.keys(r.params)))];
  const head = [...columns, table.measuredLabel || 'measured', table.boundLabel || 'bound', 'ok'].map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const cell = (v: Parameters<typeof formatScalar>[0]) => `<td title="${escapeHtml(String(v))}">${escapeHtml(formatScalar(v))}</td>`;
  const rows = table.rows.map(
    (r) =>
      `<tr${r.ok ? '' : ' class="violation"'}>${columns.map((c) => cell(r.params[c])).join('')}${cell(r.measured)}${cell(r.bound)}<td>${r.ok ? 'yes' : '<strong>no</strong>'}</td></tr>`,
  );
  return `<div class="table-scroll"><table class="measurements"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}
