import { requireFinite, requireInteger } from '../numerics/validate.js';
import type { Rng } from '../random/rng.js';
import { gegenbauer } from '../sphere/gegenbauer.js';
import { harmonicDimension } from '../sphere/harmonicDimension.js';
import { sampleSphere } from '../sphere/sampleSphere.js';

/**
 * A target f* on S^d that is a finite sum of zonal harmonics of distinct degrees,
 *
 *   f*(x) = Σ_j c_j·√N(d, k_j)·P_{k_j}(⟨ζ_j, x⟩),
 *
 * P_k the Gegenbauer polynomial with P_k(1) = 1, so each term is a degree-k_j spherical harmonic with
 * ‖term‖_{L²(τ_d)} = |c_j| (addition formula: E[P_k(⟨ζ, x⟩)²] = 1/N(d, k)). For a dot-product kernel the
 * idealised dynamics act on it in closed form (Bowman & Montúfar §2.2, ⟨r_t, φ_i⟩ = e(σ_i)⟨r_0, φ_i⟩):
 * with the antisymmetric initialisation r_0 = f(·; θ₀) − f* = −f* (§3, after Corollary 3.10), so
 *
 *   e(T_K)r_0 = −Σ_j e(μ_{k_j})·c_j√N_j·P_{k_j}(⟨ζ_j, ·⟩),   ‖P_{k_j}e(T_K)r_0‖ = e(μ_{k_j})|c_j|,
 *
 * exactly — no sampling, no truncation. `supBound` = Σ|c_j|√N_j ≥ ‖f*‖_∞ (each term peaks at ζ_j;
 * Assumption 3.3's ‖f*‖_∞ = O(1)).
 */
export interface ZonalTarget {
  readonly d: number;
  readonly degrees: readonly number[];
  /** c_j = ‖j-th component‖_{L²}. */
  readonly coefficients: readonly number[];
  /** Row-major unit poles ζ_j. */
  readonly zetas: Float64Array;
  readonly supBound: number;
  /** f* at the points (row-major M × (d + 1)). */
  values(points: Float64Array): Float64Array;
  /** e(T_K)r_0 = −Σ_j e(μ_{k_j}) f*_j at the points, given e(μ_k) by degree. */
  evolvedResidual(points: Float64Array, factorOfDegree: (k: number) => number): Float64Array;
}

export function zonalTarget(d: number, degrees: readonly number[], coefficients: readonly number[], zetas: Float64Array): ZonalTarget {
  requireInteger('d', d, 1);
  if (degrees.length !== coefficients.length || degrees.length < 1) throw new RangeError('degrees and coefficients must be non-empty and of equal length');
  degrees.forEach((k, j) => requireInteger(`degrees[${j}]`, k, 0, 40));
  if (new Set(degrees).size !== degrees.length) throw new RangeError('degrees must be distinct');
  coefficients.forEach((c, j) => requireFinite(`coefficients[${j}]`, c));
  const dim = d + 1;
  if (zetas.length !== degrees.length * dim) throw new RangeError(`zetas must hold ${degrees.length} unit vectors of length ${dim}`);
  const scale = degrees.map((k, j) => coefficients[j]! * Math.sqrt(Number(harmonicDimension(d, k))));
  const combine = (points: Float64Array, weight: (j: number) => number): Float64Array => {
    if (points.length % dim !== 0) throw new RangeError(`points must hold whole points of d + 1 = ${dim} coordinates`);
    const m = points.length / dim;
    const out = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      let s = 0;
      for (let j = 0; j < degrees.length; j++) {
        let t = 0;
        for (let c = 0; c < dim; c++) t += zetas[j * dim + c]! * points[i * dim + c]!;
        s += weight(j) * scale[j]! * gegenbauer(d, degrees[j]!, Math.max(-1, Math.min(1, t)));
      }
      out[i] = s;
    }
    return out;
  };
  return {
    d,
    degrees,
    coefficients,
    zetas,
    supBound: scale.reduce((s, v) => s + Math.abs(v), 0),
    values: (points) => combine(points, () => 1),
    evolvedResidual: (points, factor) => combine(points, (j) => -factor(degrees[j]!)),
  };
}

/** Equal L² weight 1/√J on each listed degree, poles drawn uniformly from `rng`: ‖f*‖_{L²} = 1. */
export function randomZonalTarget(rng: Rng, d: number, degrees: readonly number[]): ZonalTarget {
  const c = 1 / Math.sqrt(degrees.length);
  return zonalTarget(d, degrees, degrees.map(() => c), sampleSphere(rng, degrees.length, d));
}
