import { requireFinite, requireInteger } from '../numerics/validate.js';
import { gegenbauer } from '../sphere/gegenbauer.js';

/**
 * The target functions of Cao et al. §4 on S^d ⊂ R^{d+1}, as plain float64 functions of one point:
 *
 *   harmonic:  f*(x) = Σ_j a_j P_{k_j}(⟨ζ_j, x⟩)      (Figure 1 (a),(b): k = 1, 2, 4, ζ_j uniform on S^9),
 *   cosine:    f*(x) = Σ_i cos(a_i⟨ζ, x⟩)             (Figure 1 (c)),
 *   power:     f*(x) = Σ_i ⟨ζ, x⟩^{p_i}               (Figure 1 (f)),
 *
 * P_k the Gegenbauer polynomial of S^d normalised P_k(1) = 1 (`gegenbauer`), so each P_k(⟨ζ, ·⟩) is a
 * degree-k spherical harmonic by the addition formula. `zetas` are unit vectors (row-major, d + 1 each).
 */
export type TargetFunction = (x: ArrayLike<number>) => number;

export function harmonicTarget(d: number, degrees: readonly number[], coefficients: readonly number[], zetas: Float64Array): TargetFunction {
  requireInteger('d', d, 1);
  if (coefficients.length !== degrees.length) throw new RangeError(`coefficients must have one entry per degree (${degrees.length}), got ${coefficients.length}`);
  degrees.forEach((k, j) => requireInteger(`degrees[${j}]`, k, 0));
  coefficients.forEach((a, j) => requireFinite(`coefficients[${j}]`, a));
  requireZetas(zetas, degrees.length, d + 1);
  return (x) => {
    let s = 0;
    for (let j = 0; j < degrees.length; j++) s += coefficients[j]! * gegenbauer(d, degrees[j]!, clampedDot(zetas, j, x, d + 1));
    return s;
  };
}

export function cosineTarget(dim: number, frequencies: readonly number[], zeta: Float64Array): TargetFunction {
  frequencies.forEach((a, i) => requireFinite(`frequencies[${i}]`, a));
  requireZetas(zeta, 1, dim);
  return (x) => {
    const t = clampedDot(zeta, 0, x, dim);
    return frequencies.reduce((s, a) => s + Math.cos(a * t), 0);
  };
}

export function powerTarget(dim: number, powers: readonly number[], zeta: Float64Array): TargetFunction {
  powers.forEach((p, i) => requireInteger(`powers[${i}]`, p, 0));
  requireZetas(zeta, 1, dim);
  return (x) => {
    const t = clampedDot(zeta, 0, x, dim);
    return powers.reduce((s, p) => s + t ** p, 0);
  };
}

/** f* at each row of a row-major n × dim array. */
export function evaluateTarget(f: TargetFunction, points: Float64Array, dim: number): Float64Array {
  requireInteger('dim', dim, 1);
  if (points.length % dim !== 0) throw new RangeError(`points must have a multiple of dim = ${dim} entries, got ${points.length}`);
  const n = points.length / dim;
  return Float64Array.from({ length: n }, (_, i) => f(points.subarray(i * dim, (i + 1) * dim)));
}

/** ⟨ζ_j, x⟩ clamped to [−1, 1] (unit vectors: only rounding can leave it). */
export function clampedDot(zetas: Float64Array, j: number, x: ArrayLike<number>, dim: number): number {
  let t = 0;
  for (let c = 0; c < dim; c++) t += zetas[j * dim + c]! * x[c]!;
  return Math.max(-1, Math.min(1, t));
}

function requireZetas(zetas: Float64Array, count: number, dim: number): void {
  if (zetas.length !== count * dim) throw new RangeError(`zetas must hold ${count} unit vectors of length ${dim}, got ${zetas.length} entries`);
  for (let j = 0; j < count; j++) {
    let s = 0;
    for (let c = 0; c < dim; c++) s += zetas[j * dim + c]! ** 2;
    if (Math.abs(s - 1) > 1e-12) throw new RangeError(`zetas[${j}] must be a unit vector, got ‖ζ‖² = ${s}`);
  }
}
