import type { MeasurementTable, Scalar } from '../claims/claim.js';

/** A CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
function field(v: Scalar | null | undefined): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The columns of a measurement table: the deciding ones first, then every parameter in order of first appearance. */
export function measurementColumns(table: MeasurementTable): string[] {
  return [...new Set(table.rows.flatMap((r) => Object.keys(r.params)))];
}

/** The whole table as CSV in full precision: ok, decided, measured, bound, margin, then the parameters. */
export function measurementsCsv(table: MeasurementTable): string {
  const columns = measurementColumns(table);
  const head = ['ok', 'decided', table.measuredLabel || 'measured', table.boundLabel || 'bound', 'margin', ...columns];
  const rows = table.rows.map((r) => [r.ok, r.decided, r.measured, r.bound, r.margin, ...columns.map((c) => r.params[c])].map(field).join(','));
  return `${[head.map(field).join(','), ...rows].join('\r\n')}\r\n`;
}
