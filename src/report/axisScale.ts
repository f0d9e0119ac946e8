/** A tick on a chart axis: gridline and label when `label` is set, a short unlabelled mark otherwise. */
export interface Tick {
  readonly value: number;
  /** Position along the axis as a fraction of its length (computed exactly, not from `value`). */
  readonly position: number;
  readonly label: string | null;
}

/** A chart axis: where a data value sits along it, and its ticks (all inside the axis range). */
export interface AxisScale {
  /** Position of `value` as a fraction of the axis length: 0 at its start, 1 at its end. */
  fraction(value: number): number;
  readonly ticks: readonly Tick[];
}
