import { requireInteger } from '../numerics/validate.js';
import type { Rng } from '../random/rng.js';
import { sampleSphere } from '../sphere/sampleSphere.js';

/**
 * The input distributions of Cao et al. §4, each returning n row-major unit vectors:
 *
 * - `uniform`: τ_d on S^d ⊂ R^{d+1} (`sampleSphere`).
 * - `pud` (piece-wise uniform): a direction ζ₀ uniform on S^d splits the sphere into two hemispheres;
 *   each point is uniform on {⟨ζ₀,x⟩ ≥ 0} with probability 1/4 and on {⟨ζ₀,x⟩ < 0} with probability 3/4
 *   (a uniform point reflected across the hyperplane ζ₀^⊥ into the chosen hemisphere).
 * - `nag` (normalised anisotropic Gaussian), as printed: mean μ ∈ R^D with entries Unif([−1, 1]),
 *   covariance Σ = AᵀA with A ∈ R^{d×D} i.i.d. N(0, 1) (d = 10, D = 20), z = μ + Aᵀg with g ∼ N(0, I_d)
 *   (so Cov z = AᵀA), x = z/‖z‖ ∈ S^{D−1}. Note: as printed Σ is D × D of rank d, so the points lie on
 *   S^{19} ⊂ R^{20} near a 10-dimensional subspace; the reading Σ = AAᵀ (10 × 10, points on S^9 like
 *   Figure 1) is the other possibility, not implemented.
 * - `ngm` (normalised Gaussian mixture): each point from one of 3 independent NAG components (own μ, A),
 *   chosen with probability 1/3 each (the weights are not printed; equal weights assumed).
 *
 * The distribution's own random parameters (ζ₀, μ, A) are drawn from `rng` first, then the points.
 */
export type InputDistribution = 'uniform' | 'pud' | 'nag' | 'ngm';
export const INPUT_DISTRIBUTIONS: readonly InputDistribution[] = ['uniform', 'pud', 'nag', 'ngm'];

/** §4's NAG shape: A ∈ R^{d×D} with d = 10, D = 20. */
export const NAG_RANK = 10;
export const NAG_DIM = 20;

/** Ambient dimension of the points: d + 1 for uniform/PUD on S^d, D = 20 for NAG/NGM. */
export function inputDimension(kind: InputDistribution, d: number): number {
  return kind === 'nag' || kind === 'ngm' ? NAG_DIM : d + 1;
}

export function sampleInputs(rng: Rng, kind: InputDistribution, n: number, d: number): Float64Array {
  requireInteger('n', n, 1);
  requireInteger('d', d, 1);
  switch (kind) {
    case 'uniform':
      return sampleSphere(rng, n, d);
    case 'pud':
      return piecewiseUniform(rng, n, d);
    case 'nag':
    case 'ngm': {
      const components = Array.from({ length: kind === 'nag' ? 1 : 3 }, () => anisotropicGaussian(rng));
      const x = new Float64Array(n * NAG_DIM);
      for (let i = 0; i < n; i++) components[rng.int(components.length)]!(x.subarray(i * NAG_DIM, (i + 1) * NAG_DIM));
      return x;
    }
    default:
      throw new RangeError(`kind must be one of ${INPUT_DISTRIBUTIONS.join(', ')}; got '${String(kind)}'`);
  }
}

function piecewiseUniform(rng: Rng, n: number, d: number): Float64Array {
  const dim = d + 1;
  const zeta0 = sampleSphere(rng, 1, d);
  const x = sampleSphere(rng, n, d);
  for (let i = 0; i < n; i++) {
    const row = x.subarray(i * dim, (i + 1) * dim);
    let t = 0;
    for (let c = 0; c < dim; c++) t += zeta0[c]! * row[c]!;
    const wantFirst = rng.uniform() < 0.25;
    if (wantFirst !== t >= 0) for (let c = 0; c < dim; c++) row[c]! -= 2 * t * zeta0[c]!;
  }
  return x;
}

/** One NAG component: draws μ and A, returns a sampler writing x = z/‖z‖ into a length-D row. */
function anisotropicGaussian(rng: Rng): (out: Float64Array) => void {
  const mean = Float64Array.from({ length: NAG_DIM }, () => 2 * rng.uniform() - 1);
  const a = Float64Array.from({ length: NAG_RANK * NAG_DIM }, () => rng.normal());
  return (out) => {
    out.set(mean);
    for (let r = 0; r < NAG_RANK; r++) {
      const g = rng.normal();
      for (let c = 0; c < NAG_DIM; c++) out[c]! += g * a[r * NAG_DIM + c]!;
    }
    let s = 0;
    for (const v of out) s += v * v;
    const inv = 1 / Math.sqrt(s);
    for (let c = 0; c < NAG_DIM; c++) out[c]! *= inv;
  };
}
