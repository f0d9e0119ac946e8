/**
 * JSON.stringify replacer that keeps non-finite numbers: NaN, Infinity and −Infinity are written as the
 * strings `NaN`, `Infinity`, `-Infinity` (plain JSON would turn them into null and lose a measurement).
 */
export function nonFiniteAsString(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
}
