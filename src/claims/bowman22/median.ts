/** The median of a non-empty list (mean of the two middle values for an even count); NaN is rejected. */
export function median(values: readonly number[]): number {
  if (values.length === 0 || values.some(Number.isNaN)) throw new RangeError(`median needs a non-empty list without NaN, got [${values.join(', ')}]`);
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
