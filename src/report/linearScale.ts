import { minusSign } from './minusSign.js';
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
    return minusSign(v.toExponential(Math.min(digits, 20)).replace('e+', 'e'));
  }
  return minusSign(v.toFixed(Math.max(0, -Math.floor(Math.log10(step) + 1e-9))));
}

/**
 * A linear axis over exactly the finite range [min, max] (the caller adds any room), with labelled ticks
 * at the multiples of a nice step (1, 2 or 5 × 10^k, about five intervals) that fall inside it. A range
 * too narrow to tick apart in float64 (below 1e−9 of the values' magnitude, or at magnitudes below
 * 1e−290) is widened to ±10 % of its centre (±1 around 0). On an `integer` axis (degrees, layers, counts)
 * the step is a whole number, so every label is an integer.
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
  const first = Math.ceil(min / step - 1e-9);
  const last = Math.floor(max / step + 1e-9);
  const largest = Math.max(Math.abs(first * step), Math.abs(last * step));
  const ticks: Tick[] = [];
  for (let i = first; i <= last; i++) {
    const value = i * step;
    ticks.push({ value, position: Math.min(1, Math.max(0, (value - min) / (max - min))), label: tickLabel(value, step, largest) });
  }
  return { fraction: (v) => (v - min) / (max - min), ticks };
}
