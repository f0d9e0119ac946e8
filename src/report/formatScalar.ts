import { minusSign } from './minusSign.js';

/**
 * A measured value for the page: integers in full, other numbers to 4 significant digits (the full value
 * stays in results.json and the CSV), with the minus sign (U+2212) for negative values and exponents, NaN
 * as "n/a" (not computed for that case) and ±Infinity as ±∞ — also in their JSON string form — other
 * strings and booleans as they are, a missing value as an em dash.
 */
export function formatScalar(value: number | string | boolean | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (value === 'NaN' || (typeof value === 'number' && Number.isNaN(value))) return 'n/a';
  if (value === 'Infinity' || value === Number.POSITIVE_INFINITY) return '∞';
  if (value === '-Infinity' || value === Number.NEGATIVE_INFINITY) return '−∞';
  if (typeof value !== 'number') return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return minusSign(String(value));
  return minusSign(String(Number(value.toPrecision(4))));
}
