/**
 * A measured value for a table cell: integers in full, other numbers to 6 significant digits (the full
 * value stays in results.json), strings (including `NaN` / `Infinity` from the JSON form) and booleans
 * as they are, a missing value as an em dash.
 */
export function formatScalar(value: number | string | boolean | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'number') return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  return String(Number(value.toPrecision(6)));
}
