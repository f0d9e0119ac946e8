import type { MeasurementRow, Power, WorstCase } from './claim.js';

/** The median of a non-empty list (mean of the middle two for an even count). */
function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Count the decided cases of a measurement table and summarise their margins (min, median, max). */
export function powerSummary(rows: readonly MeasurementRow[], spec: { readonly reference: string; readonly marginLabel: string }): Power {
  const margins = rows.filter((r) => r.decided).map((r) => r.margin).sort((a, b) => a - b);
  return {
    reference: spec.reference,
    marginLabel: spec.marginLabel,
    decided: margins.length,
    undecided: rows.length - margins.length,
    margins: margins.length === 0 ? null : { min: margins[0]!, median: median(margins), max: margins[margins.length - 1]! },
  };
}

/** The row with the smallest margin (NaN margins count as worst): the largest violation relative to its bound. */
export function worstCase(rows: readonly MeasurementRow[]): WorstCase | undefined {
  let worst: MeasurementRow | undefined;
  for (const r of rows) {
    if (!worst || Number.isNaN(r.margin) || r.margin < worst.margin) worst = r;
    if (Number.isNaN(r.margin)) break;
  }
  return worst && { params: worst.params, measured: worst.measured, bound: worst.bound, margin: worst.margin };
}
