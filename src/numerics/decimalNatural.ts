/**
 * Exact natural numbers held as base-10⁷ limbs (least significant first) in a growable Float64Array,
 * for the few operations that build a long table of big integers to print: multiply or divide exactly by
 * a small integer, in place into a second number. Printing is then a join of the limbs — linear, where
 * BigInt's decimal conversion is quadratic in the digits (10⁴ numbers of 6 000 digits: well under a
 * second instead of several). Every intermediate limb·m + carry stays below 10⁷·2³¹ < 2⁵³, so the
 * float64 arithmetic is exact.
 */
const BASE = 10_000_000;
const MAX_FACTOR = 2 ** 31;

export interface DecimalNatural {
  limbs: Float64Array;
  length: number;
}

export function decimalNatural(n: number): DecimalNatural {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`n must be a safe non-negative integer, got ${n}`);
  const out: DecimalNatural = { limbs: new Float64Array(4), length: 0 };
  do {
    out.limbs[out.length++] = n % BASE;
    n = Math.floor(n / BASE);
  } while (n > 0);
  return out;
}

function requireFactor(name: string, m: number): void {
  if (!Number.isInteger(m) || m < 1 || m >= MAX_FACTOR) throw new RangeError(`${name} must be an integer in [1, 2^31), got ${m}`);
}

/** Make room for `size` limbs in `a`. */
function reserve(a: DecimalNatural, size: number): void {
  if (a.limbs.length >= size) return;
  const grown = new Float64Array(Math.max(size, 2 * a.limbs.length));
  grown.set(a.limbs.subarray(0, a.length));
  a.limbs = grown;
}

/** out ← a·m for an integer 1 ≤ m < 2³¹ (`out` must not be `a`). */
export function timesSmall(a: DecimalNatural, m: number, out: DecimalNatural): void {
  requireFactor('m', m);
  reserve(out, a.length + 2);
  const x = a.limbs;
  const y = out.limbs;
  let carry = 0;
  for (let i = 0; i < a.length; i++) {
    const v = x[i]! * m + carry;
    carry = Math.floor(v / BASE);
    y[i] = v - carry * BASE;
  }
  let n = a.length;
  while (carry > 0) {
    y[n++] = carry % BASE;
    carry = Math.floor(carry / BASE);
  }
  out.length = n;
}

/** out ← a/q for an integer 1 ≤ q < 2³¹ that divides a exactly (a RangeError otherwise; `out` must not be `a`). */
export function divideExactSmall(a: DecimalNatural, q: number, out: DecimalNatural): void {
  requireFactor('q', q);
  reserve(out, a.length);
  const x = a.limbs;
  const y = out.limbs;
  let rem = 0;
  for (let i = a.length - 1; i >= 0; i--) {
    const v = rem * BASE + x[i]!;
    const digit = Math.floor(v / q);
    y[i] = digit;
    rem = v - digit * q;
  }
  if (rem !== 0) throw new RangeError(`${q} does not divide the number exactly`);
  let n = a.length;
  while (n > 1 && y[n - 1] === 0) n--;
  out.length = n;
}

/** Decimal digits of a, without leading zeros. */
export function decimalString(a: DecimalNatural): string {
  const parts = new Array<string>(a.length);
  parts[0] = String(a.limbs[a.length - 1]);
  for (let i = 1; i < a.length; i++) parts[i] = String(a.limbs[a.length - 1 - i]).padStart(7, '0');
  return parts.join('');
}
