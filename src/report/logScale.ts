import type { AxisScale, Tick } from './axisScale.js';

const SUPERSCRIPT: Readonly<Record<string, string>> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** `10ᵏ` with a Unicode superscript exponent (plain text, so it needs no markup or font). */
export function powerOfTen(k: number): string {
  return `10${Array.from(String(k), (ch) => SUPERSCRIPT[ch]!).join('')}`;
}

/** The smallest step 1, 2 or 5 × 10^j that is ≥ `raw` (≥ 1). */
function niceDecadeStep(raw: number): number {
  let p = 1;
  for (;;) {
    for (const m of [1, 2, 5]) if (m * p >= raw) return m * p;
    p *= 10;
  }
}

/** m × 10^k as a label: plain digits (`plain`, for axes whose labels are all near 1), else `10ᵏ` or `m×10ᵏ`. */
function multipleLabel(m: number, k: number, plain: boolean): string {
  if (plain) return String(Number((m * 10 ** k).toPrecision(1)));
  return m === 1 ? powerOfTen(k) : `${m}×${powerOfTen(k)}`;
}

/**
 * A base-10 logarithmic axis over exactly the positive range [min, max] (the caller adds any room).
 * Labelled ticks at the decades inside it: every decade when there are at most 8, else at the exponents
 * divisible by s, the smallest of 1, 2, 5, 10, 20, … with at most 8 intervals between labels. When at
 * most two decades fall inside, the multiples 2 and 5 × 10^k are labelled too, and on a still narrower
 * range every m × 10^k (m = 1…9); the labels of an axis are all plain digits or all powers of ten. Unlabelled minor ticks at the other m × 10^k on ranges of at most 6
 * decades, at the unlabelled decades up to 60 decades.
 */
export function logScale(min: number, max: number): AxisScale {
  if (!(min > 0) || !(max >= min) || !Number.isFinite(max)) throw new RangeError(`log axis needs 0 < min ≤ max < ∞, got [${min}, ${max}]`);
  if (max === min) [min, max] = [min / 1.5, max * 1.5];
  const lo = Math.log10(min);
  const hi = Math.log10(max);
  const span = hi - lo;
  const position = (v: number) => (Math.log10(v) - lo) / span;
  const inside = (v: number) => v >= min * (1 - 1e-12) && v <= max * (1 + 1e-12);
  const first = Math.floor(lo);
  const last = Math.ceil(hi);
  const decadesInside = Array.from({ length: last - first + 1 }, (_, i) => first + i).filter((k) => inside(10 ** k)).length;
  const labelled = (m: number, k: number): boolean => {
    if (m === 1) return k % niceDecadeStep(span / 8) === 0;
    if (decadesInside >= 3) return false;
    if (m === 2 || m === 5) return true;
    return span < Math.log10(5);
  };
  const marks: Array<{ m: number; k: number; v: number }> = [];
  for (let k = first; k <= last; k++) {
    for (let m = 1; m <= 9; m++) {
      const v = m * 10 ** k;
      if (!inside(v) || (m > 1 && span > 6)) continue;
      if (m === 1 && !labelled(1, k) && span > 60) continue;
      marks.push({ m, k, v });
    }
  }
  // One style of label per axis: plain digits when multiples are labelled and every label lies in
  // 10⁻³ … 9×10³ (0.002, 0.005, 0.01), else powers of ten (10⁻³, 2×10⁻³), never the two mixed.
  const plain = decadesInside < 3 && marks.every(({ m, k }) => !labelled(m, k) || (k >= -3 && k <= 3));
  const ticks: Tick[] = marks.map(({ m, k, v }) => ({ value: v, position: Math.min(1, Math.max(0, position(v))), label: labelled(m, k) ? multipleLabel(m, k, plain) : null }));
  return { fraction: position, ticks };
}
