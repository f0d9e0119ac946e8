import type { AxisScale, Tick } from './axisScale.js';

const SUPERSCRIPT: Readonly<Record<string, string>> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** `10ᵏ` with a Unicode superscript exponent (plain text, so it needs no markup or font). */
export function powerOfTen(k: number): string {
  return `10${Array.from(String(k), (ch) => SUPERSCRIPT[ch]!).join('')}`;
}

/** log10 snapped to the nearest integer when within rounding of it (Math.log10(1e-3) may miss −3). */
function snappedLog10(v: number): number {
  const l = Math.log10(v);
  return Math.abs(l - Math.round(l)) < 1e-9 ? Math.round(l) : l;
}

/** The smallest step 1, 2 or 5 × 10^j that is ≥ `raw` (≥ 1). */
function niceDecadeStep(raw: number): number {
  let p = 1;
  for (;;) {
    for (const m of [1, 2, 5]) if (m * p >= raw) return m * p;
    p *= 10;
  }
}

/**
 * A base-10 logarithmic axis over positive [min, max], widened to whole decades 10^lo ≤ min ≤ max ≤ 10^hi
 * (at least one decade). Labelled ticks at decades: every decade when there are at most 8, else at the
 * exponents divisible by s, the smallest of 1, 2, 5, 10, 20, … with at most 8 intervals between labels.
 * Unlabelled minor ticks at 2…9 × 10^k when the axis spans at most 6 decades, at the unlabelled decades
 * up to 60 decades; on a single decade 2 and 5 × 10^k are labelled too.
 */
export function logScale(min: number, max: number): AxisScale {
  if (!(min > 0) || !(max >= min) || !Number.isFinite(max)) throw new RangeError(`log axis needs 0 < min ≤ max < ∞, got [${min}, ${max}]`);
  const lo = Math.floor(snappedLog10(min));
  const hi = Math.max(Math.ceil(snappedLog10(max)), lo + 1);
  const decades = hi - lo;
  const step = niceDecadeStep(decades / 8);
  const ticks: Tick[] = [];
  for (let k = lo; k <= hi; k++) {
    if (k % step === 0) ticks.push({ value: 10 ** k, position: (k - lo) / decades, label: powerOfTen(k) });
    else if (decades <= 60) ticks.push({ value: 10 ** k, position: (k - lo) / decades, label: null });
    if (k === hi || decades > 6) continue;
    for (let m = 2; m <= 9; m++) {
      const labelled = decades === 1 && (m === 2 || m === 5);
      ticks.push({ value: m * 10 ** k, position: (k + Math.log10(m) - lo) / decades, label: labelled ? minorLabel(m, k) : null });
    }
  }
  return { fraction: (v) => (Math.log10(v) - lo) / decades, ticks };
}

function minorLabel(m: number, k: number): string {
  return k >= -3 && k <= 3 ? String(Number((m * 10 ** k).toPrecision(1))) : `${m}×${powerOfTen(k)}`;
}
