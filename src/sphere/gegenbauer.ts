import { requireFinite, requireInteger } from '../numerics/validate.js';

/**
 * Gegenbauer (Legendre) polynomials in d + 1 variables, normalised P_k(1) = 1 — the normalisation of the
 * addition formula Σ_j Y_{k,j}(x)Y_{k,j}(y) = N(d,k)·P_k(⟨x,y⟩) of Cao et al. §4, with Y_{k,j} orthonormal
 * in L²(τ_d). P_k = C_k^{λ}/C_k^{λ}(1) with λ = (d − 1)/2; d = 1 gives Chebyshev T_k, d = 2 Legendre.
 *
 * Method: the three-term recurrence t·P_k = α_k P_{k+1} + β_k P_{k−1},
 *   α_k = (k + d − 1)/(2k + d − 1), β_k = k/(2k + d − 1)   (α_0 = 1, β_0 = 0, also on the circle),
 * run forward, i.e. P_{k+1} = ((2k + d − 1)·t·P_k − k·P_{k−1})/(k + d − 1). For |t| ≤ 1 the forward
 * recurrence of an orthogonal family is stable (the P_k are dominant solutions there); the property
 * suite checks it against closed forms (d = 1, 3) and against 50-digit evaluations for k ≤ 200,
 * d ≤ 10 000.
 */

/** Recurrence coefficient α_k of t·P_k = α_k P_{k+1} + β_k P_{k−1} on S^d. */
export function recurrenceAlpha(d: number, k: number): number {
  return k === 0 ? 1 : (k + d - 1) / (2 * k + d - 1);
}

/** Recurrence coefficient β_k of t·P_k = α_k P_{k+1} + β_k P_{k−1} on S^d. */
export function recurrenceBeta(d: number, k: number): number {
  return k === 0 ? 0 : k / (2 * k + d - 1);
}

/**
 * P_0(t), …, P_K(t) on S^d written into `out` (length ≥ K + 1; allocated when omitted).
 * `t` must lie in [−1, 1] up to rounding (|t| ≤ 1 + 1e−12; it is clamped).
 */
export function gegenbauerAll(d: number, maxDegree: number, t: number, out?: Float64Array): Float64Array {
  requireInteger('d', d, 1);
  requireInteger('maxDegree', maxDegree, 0);
  const x = clampUnit('t', t);
  const p = out ?? new Float64Array(maxDegree + 1);
  if (p.length < maxDegree + 1) throw new RangeError(`out must have length ≥ maxDegree + 1 = ${maxDegree + 1}, got ${p.length}`);
  p[0] = 1;
  if (maxDegree >= 1) p[1] = x;
  for (let k = 1; k < maxDegree; k++) p[k + 1] = ((2 * k + d - 1) * x * p[k]! - k * p[k - 1]!) / (k + d - 1);
  return p;
}

/** P_k(t) on S^d (normalised P_k(1) = 1). */
export function gegenbauer(d: number, k: number, t: number): number {
  return gegenbauerAll(d, k, t)[k]!;
}

/** Accept t ∈ [−1, 1] up to 1e−12 of rounding (clamped); reject anything else by name. */
export function clampUnit(name: string, t: number): number {
  requireFinite(name, t, -1 - 1e-12, 1 + 1e-12);
  return t > 1 ? 1 : t < -1 ? -1 : t;
}
