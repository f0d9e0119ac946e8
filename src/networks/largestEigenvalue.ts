import { requireInteger } from '../numerics/validate.js';

/**
 * λ_max of a symmetric positive semi-definite n × n matrix (row-major), by power iteration in float64.
 *
 * Method: x ← Kx/‖Kx‖ from a fixed all-ones-plus-alternating start; the Rayleigh quotient xᵀKx is a
 * lower bound on λ_max that increases monotonically for PSD K, and the iteration stops when it changes
 * by less than 1e−10 relatively or after `maxIterations`. Used to report the stability limit of a
 * diverging run, where two or three digits suffice.
 */
export function largestEigenvalue(matrix: ArrayLike<number>, n: number, maxIterations = 500): number {
  requireInteger('n', n, 1);
  if (matrix.length !== n * n) throw new RangeError(`matrix must have length n² = ${n * n}, got ${matrix.length}`);
  let x = Float64Array.from({ length: n }, (_, i) => 1 + (i % 2 === 0 ? 0.5 : -0.25));
  normalise(x);
  let lambda = 0;
  for (let it = 0; it < maxIterations; it++) {
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += matrix[i * n + j]! * x[j]!;
      y[i] = s;
    }
    let quotient = 0;
    for (let i = 0; i < n; i++) quotient += x[i]! * y[i]!;
    const converged = Math.abs(quotient - lambda) <= 1e-10 * Math.abs(quotient);
    lambda = quotient;
    if (!normalise(y) || converged) break;
    x = y;
  }
  return lambda;
}

function normalise(v: Float64Array): boolean {
  let s = 0;
  for (const a of v) s += a * a;
  const norm = Math.sqrt(s);
  if (!(norm > 0) || !Number.isFinite(norm)) return false;
  for (let i = 0; i < v.length; i++) v[i]! /= norm;
  return true;
}
