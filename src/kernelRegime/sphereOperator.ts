import { requireInteger } from '../numerics/validate.js';
import type { Rng } from '../random/rng.js';
import { funkHecke } from '../sphere/funkHecke.js';
import { harmonicDimension } from '../sphere/harmonicDimension.js';
import { orthonormalHarmonics, type HarmonicBasis } from '../sphere/orthonormalHarmonics.js';
import type { EigenLevel, OperatorSpectrum } from './operatorSpectrum.js';

/**
 * T_K for a dot-product kernel K(x, x') = κ(⟨x, x'⟩) and ρ = τ_d, the uniform probability measure on
 * S^d: by Funk–Hecke (Cao et al. Theorem 3.3, Remark 3.4) the degree-k spherical harmonics are
 * eigenfunctions with eigenvalue μ_k = E_{x∼τ_d}[κ(⟨x, e⟩)P_k(⟨x, e⟩)], multiplicity N(d, k).
 *
 * μ_k by `funkHecke` (composite Gauss–Legendre in the angle). `error[k]` bounds |μ_k(computed) − μ_k|:
 * the rule's discretisation estimate + its rounding bound + `kappaError` (an error δ in κ moves μ_k by at
 * most E|δ·P_k| ≤ δ, |P_k| ≤ 1). Degrees with |μ_k| ≤ error[k] are treated as zero eigenvalues
 * (e.g. the even degrees of a tanh network's NTK vanish by symmetry) and are not listed as levels: T_K
 * is not strictly positive there and no network learns those components.
 *
 * Levels are the degrees 0..maxDegree with μ_k > error[k], sorted by μ_k descending (ties, which do not
 * occur for the kernels here, keep degree order). Eigenfunctions: an orthonormal basis of each degree
 * (`orthonormalHarmonics`, poles drawn from `rng`; the projection onto the eigenspace does not depend on
 * the basis chosen).
 */
export interface SphereOperator extends OperatorSpectrum {
  readonly d: number;
  /** μ_0..μ_maxDegree by degree (including the vanishing ones). */
  readonly mu: Float64Array;
  readonly error: Float64Array;
  /** The degree of each level. */
  readonly degrees: readonly number[];
}

export function sphereOperator(kappa: (u: number) => number, d: number, maxDegree: number, rng: Rng, kappaError = 0): SphereOperator {
  requireInteger('d', d, 1);
  requireInteger('maxDegree', maxDegree, 0, 40);
  const fh = funkHecke(kappa, d, maxDegree);
  const mu = fh.values;
  const error = Float64Array.from(mu, (_, k) => fh.errorEstimate[k]! + fh.roundingBound[k]! + kappaError);
  const degrees = Array.from({ length: maxDegree + 1 }, (_, k) => k)
    .filter((k) => mu[k]! > error[k]!)
    .sort((a, b) => mu[b]! - mu[a]! || a - b);
  const bases = new Map<number, HarmonicBasis>();
  const basis = (k: number): HarmonicBasis => {
    let b = bases.get(k);
    if (!b) {
      b = orthonormalHarmonics(rng, d, k);
      bases.set(k, b);
    }
    return b;
  };
  const levels: EigenLevel[] = degrees.map((k) => ({ value: mu[k]!, size: Number(harmonicDimension(d, k)), label: `degree ${k}` }));
  const dim = d + 1;
  return {
    d,
    dim,
    mu,
    error,
    degrees,
    levels,
    features(level, points) {
      const k = degrees[level];
      if (k === undefined) throw new RangeError(`level must be an integer in [0, ${degrees.length - 1}], got ${level}`);
      if (points.length % dim !== 0) throw new RangeError(`points must hold whole points of d + 1 = ${dim} coordinates`);
      const b = basis(k);
      const m = points.length / dim;
      const out = new Float64Array(m * b.size);
      const row = new Float64Array(b.size);
      for (let i = 0; i < m; i++) {
        b.evaluate(points.subarray(i * dim, (i + 1) * dim), row);
        out.set(row, i * b.size);
      }
      return out;
    },
  };
}
