/**
 * Argument checks shared by every public routine: a bad argument gets an error that names the
 * parameter and its allowed range, never a silent NaN.
 */

/** Throw unless `value` is an integer in [min, max]. */
export function requireInteger(name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `an integer ≥ ${min}` : `an integer in [${min}, ${max}]`;
    throw new RangeError(`${name} must be ${range}, got ${String(value)}`);
  }
}

/** Throw unless `value` is a finite number in [min, max]. */
export function requireFinite(name: string, value: number, min = -Infinity, max = Infinity): void {
  if (!Number.isFinite(value) || value < min || value > max) {
    const lo = min === -Infinity ? '' : ` ≥ ${min}`;
    const hi = max === Infinity ? '' : ` ≤ ${max}`;
    const range = lo && hi ? ` in [${min}, ${max}]` : lo || hi;
    throw new RangeError(`${name} must be a finite number${range}, got ${String(value)}`);
  }
}
