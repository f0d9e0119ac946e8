import { powerOfTwoFactors } from './powerOfTwoFactors.js';

/**
 * Largest accepted asymmetry, relative to max |a_ij|: |a_ij − a_ji| ≤ 1e-12 · max |a|.
 * Rounding noise is far below this (a float64 dot product of d terms is off by ≤ d·u·Σ|x||y|, i.e.
 * < 1e-12 for d < 9000 unit-scale terms), while float32 data (asymmetry ~1e-7), a transposed layout or a
 * non-symmetric kernel are rejected. The accepted matrix is replaced by its symmetric part, whose
 * distance to a is ‖(a − aᵀ)/2‖₂ ≲ 1e-12·n·max|a| at worst and ~1e-12·√n·max|a| for rounding noise.
 */
export const SYMMETRY_TOLERANCE = 1e-12;

const TILE = 32;

/** Throw a RangeError naming `a` unless it is a Float64Array of length n² (n already validated). */
export function requireSquareMatrix(a: Float64Array, n: number): void {
  if (!(a instanceof Float64Array) || a.length !== n * n) {
    const got = a instanceof Float64Array ? `length ${a.length}` : typeof a;
    throw new RangeError(`a must be a Float64Array of length n² = ${n * n} (row-major n × n), got ${got}`);
  }
}

/**
 * Check that the n × n matrix `a` (shape checked by `requireSquareMatrix`) is finite and symmetric,
 * and copy its symmetric part (a + aᵀ)/2, multiplied by 2^−exponent, into `into` (length ≥ n²); throw
 * a RangeError naming `a` otherwise. The exponent, chosen so the largest entry lies in [1/2, 1), is
 * returned: scaling by a power of two is exact, and it keeps every intermediate quantity of the
 * eigensolver far from overflow and underflow (eigenvalues are scaled back by 2^exponent).
 * Walks 32 × 32 tile pairs so the transposed reads stay in cache.
 */
export function copySymmetricPart(a: Float64Array, n: number, into: Float64Array): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) {
    const x = Math.abs(a[i]!);
    if (!(x <= Number.MAX_VALUE)) {
      throw new RangeError(`a must have finite entries, got a[${Math.floor(i / n)}][${i % n}] = ${a[i]}`);
    }
    if (x > max) max = x;
  }
  const exponent = max === 0 ? 0 : binaryExponent(max);
  const [f1, f2] = powerOfTwoFactors(-exponent);
  const tolerance = SYMMETRY_TOLERANCE * max;
  for (let i0 = 0; i0 < n; i0 += TILE) {
    for (let j0 = 0; j0 <= i0; j0 += TILE) {
      for (let i = i0; i < Math.min(i0 + TILE, n); i++) {
        for (let j = j0; j < Math.min(j0 + TILE, i + 1); j++) {
          const x = a[i * n + j]!;
          const y = a[j * n + i]!;
          if (Math.abs(x - y) > tolerance) {
            throw new RangeError(
              `a must be symmetric to within ${SYMMETRY_TOLERANCE}·max|a|, got a[${i}][${j}] = ${x} and a[${j}][${i}] = ${y}`,
            );
          }
          const s = (x * f1 * f2 + y * f1 * f2) / 2;
          into[i * n + j] = s;
          into[j * n + i] = s;
        }
      }
    }
  }
  return exponent;
}

/** The e with x·2^−e ∈ [1/2, 1) for finite x > 0, exactly (Math.log2 alone may round across a power of two). */
function binaryExponent(x: number): number {
  let e = Math.floor(Math.log2(x)) + 1;
  const scaled = (k: number) => {
    const [f1, f2] = powerOfTwoFactors(-k);
    return x * f1 * f2;
  };
  while (scaled(e) >= 1) e++;
  while (scaled(e) < 0.5) e--;
  return e;
}
