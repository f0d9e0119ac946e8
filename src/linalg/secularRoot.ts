/** Unit roundoff u = 2⁻⁵³. */
const UNIT_ROUNDOFF = Number.EPSILON / 2;
/** Iterations before giving up; bisection alone would need ≤ 64 + (binary exponent range) ≈ 1100. */
const MAX_ITERATIONS = 1200;

/**
 * The i-th root λ of the secular equation of a rank-one update D + ρ z zᵀ (ρ > 0):
 *
 *   f(λ) = 1 + ρ Σ_{j<k} z_j² / (d_j − λ) = 0,   d_0 < d_1 < … < d_{k−1},  z_j ≠ 0,
 *
 * which lies in (d_i, d_{i+1}) for i < k − 1 and in (d_{k−1}, d_{k−1} + ρ zᵀz] for i = k − 1
 * (f increases from −∞ to +∞ between consecutive poles). Writes δ_j = d_j − λ for all j and returns λ.
 *
 * Method (after LAPACK dlaed4, Li 1993): λ is represented as d_o + τ with the origin d_o the pole
 * nearer the root, chosen by the sign of f at the midpoint of the interval, so that every difference
 * δ_j = (d_j − d_o) − τ is formed with small relative error even when the root is within a few ulps of
 * a pole; this relative accuracy of δ is what the Gu–Eisenstat eigenvector formula needs. τ is found by
 * the "middle way" iteration: the poles left and right of the root are each modelled by
 * c + s/(δ − η) matching value and slope, and the model's root (a quadratic) is the next step; a
 * bracket kept from the signs of f falls back to bisection whenever the model step leaves it.
 * Convergence is quadratic; iteration stops when |f| is within its rounding-error bound
 * 8u(1 + Σ_j |ρ z_j²/δ_j|) (each term has relative error ≤ 4u, and we allow a little summation error),
 * or when τ no longer changes.
 */
export function secularRoot(k: number, d: Float64Array, z: Float64Array, rho: number, i: number, delta: Float64Array): number {
  if (k === 1) {
    delta[0] = -rho * z[0]! * z[0]!;
    return d[0]! + rho * z[0]! * z[0]!;
  }
  const last = i === k - 1;
  let origin = i;
  let lo = 0;
  let hi: number;
  let tau: number;
  let s: SecularValue;
  if (last) {
    let zz = 0;
    for (let j = 0; j < k; j++) zz += z[j]! * z[j]!;
    hi = tau = rho * zz;
    for (let j = 0; j < k; j++) delta[j] = d[j]! - d[i]!;
    s = evaluate(k, delta, z, rho, i, tau);
  } else {
    // The midpoint decides the origin and is the first iterate (f there does not depend on the origin).
    const half = (d[i + 1]! - d[i]!) / 2;
    hi = tau = half;
    for (let j = 0; j < k; j++) delta[j] = d[j]! - d[i]!;
    s = evaluate(k, delta, z, rho, i, half);
    if (s.f < 0) {
      origin = i + 1;
      lo = tau = -half;
      hi = 0;
      for (let j = 0; j < k; j++) delta[j] = d[j]! - d[origin]!;
    }
  }
  const base = d[origin]!;

  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    if (Math.abs(s.f) <= 8 * UNIT_ROUNDOFF * (1 + s.absSum)) break;
    if (s.f < 0) lo = tau;
    else hi = tau;
    let next = tau + modelStep(s, delta[i]! - tau, last ? Infinity : delta[i + 1]! - tau);
    if (!(next > lo && next < hi)) next = lo + (hi - lo) / 2;
    if (next === tau || next === lo || next === hi) break;
    tau = next;
    s = evaluate(k, delta, z, rho, i, tau);
  }
  for (let j = 0; j < k; j++) delta[j] = delta[j]! - tau;
  return base + tau;
}

interface SecularValue {
  /** f at the current point. */
  f: number;
  /** ψ, ψ′: the sum over poles j ≤ i and its derivative. */
  psi: number;
  dpsi: number;
  /** φ, φ′: the sum over poles j > i and its derivative. */
  phi: number;
  dphi: number;
  /** Σ |terms|, the scale of the rounding error in f. */
  absSum: number;
}

/** f and its two partial sums at λ = d_o + τ, with shifted poles delta_j = d_j − d_o. */
function evaluate(k: number, delta: Float64Array, z: Float64Array, rho: number, i: number, tau: number): SecularValue {
  let psi = 0;
  let dpsi = 0;
  let phi = 0;
  let dphi = 0;
  for (let j = 0; j <= i; j++) {
    const q = z[j]! / (delta[j]! - tau);
    psi += z[j]! * q;
    dpsi += q * q;
  }
  for (let j = i + 1; j < k; j++) {
    const q = z[j]! / (delta[j]! - tau);
    phi += z[j]! * q;
    dphi += q * q;
  }
  psi *= rho;
  dpsi *= rho;
  phi *= rho;
  dphi *= rho;
  return { f: 1 + psi + phi, psi, dpsi, phi, dphi, absSum: phi - psi };
}

/**
 * Root η ∈ (left, right) of the model c + B/(left − η) + C/(right − η), where left < 0 < right are the
 * nearest poles relative to the current point, B = ψ′·left², C = φ′·right² and c matches f's value
 * (for the last root there is no right pole and C = 0). Returns NaN when the model has no usable root.
 */
function modelStep(s: SecularValue, left: number, right: number): number {
  const b1 = s.dpsi * left * left;
  if (right === Infinity) {
    const c = s.f - s.dpsi * left;
    return c > 0 ? left + b1 / c : NaN;
  }
  const c2 = s.dphi * right * right;
  const c = s.f - s.dpsi * left - s.dphi * right;
  // c η² − b η + q = 0 (the model times (left − η)(right − η)); q(left) > 0 > q(right).
  const b = c * (left + right) + b1 + c2;
  const q = c * left * right + b1 * right + c2 * left;
  if (c === 0) return q / b;
  const root = Math.sqrt(Math.max(0, b * b - 4 * c * q));
  const big = b >= 0 ? b + root : b - root;
  const r1 = big / (2 * c);
  const r2 = (2 * q) / big;
  return r1 > left && r1 < right ? r1 : r2;
}
