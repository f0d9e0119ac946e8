import type { AxisScale, Tick } from './axisScale.js';

/** The "nice" tick step 1, 2 or 5 × 10^k closest above `raw` (at least 1 on an integer axis). */
function niceStep(raw: number, integer: boolean): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  const r = raw / p;
  const step = (r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10) * p;
  return integer ? Math.max(1, Math.round(step)) : step;
}

/** A tick value printed with as many digits as the step needs (exponent form for very large or small values). */
function tickLabel(v: number, step: number, largest: number): string {
  if (Math.abs(v) < step / 2) return '0';
  if (largest >= 1e6 || step < 1e-4) {
    const digits = Math.max(0, Math.floor(Math.log10(Math.abs(v))) - Math.floor(Math.log10(step)));
    return v.toExponential(Math.min(digits, 20)).replace('e+', 'e');
  }
  return v.toFixed(Math.max(0, -Math.floor(Math.log10(step) + 1e-9)));
}

/**
 * A linear axis over finite [min, max], widened to multiples of a nice step (1, 2 or 5 × 10^k, about
 * five intervals). A range too narrow to tick apart in float64 (below 1e−9 of the values' magnitude, or
 * at magnitudes below 1e−290) is widened to ±10 % of its centre (±1 around 0). Every tick is labelled.
 * On an `integer` axis (degrees, layers, counts) the step is a whole number, so every label is an integer.
 */
export function linearScale(min: number, max: number, integer = false): AxisScale {
  if (!Number.isFinite(min) || !Number.isFinite(max) || max < min) throw new RangeError(`linear axis needs finite min ≤ max, got [${min}, ${max}]`);
  const magnitude = Math.max(Math.abs(min), Math.abs(max));
  if (max - min <= magnitude * 1e-9 || magnitude < 1e-290) {
    const centre = magnitude < 1e-290 ? 0 : (min + max) / 2;
    const pad = Math.abs(centre) * 0.1 || 1;
    [min, max] = [centre - pad, centre + pad];
  }
  const step = niceStep((max - min) / 5, integer);
  // The quotients can round (or underflow) across a multiple: step outwards once more if they did.
  let lo = Math.floor(min / step) * step;
  let hi = Math.ceil(max / step) * step;
  if (lo > min) lo -= step;
  if (hi < max) hi += step;
  const n = Math.round((hi - lo) / step);
  const largest = Math.max(Math.abs(lo), Math.abs(hi));
  const ticks: Tick[] = Array.from({ length: n + 1 }, (_, i) => {
    const value = lo + i * step;
    return { value, position: i / n, label: tickLabel(value, step, largest) };
  });
  return { fraction: (v) => (v - lo) / (hi - lo), ticks };
}
