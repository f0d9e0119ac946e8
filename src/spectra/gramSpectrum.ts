import type * as tf from '@tensorflow/tfjs';
import { eigvalsh } from '../linalg/eigh.js';
import { requireInteger } from '../numerics/validate.js';

/** Unit roundoff of float32, u = 2⁻²⁴. */
export const FLOAT32_UNIT_ROUNDOFF = 2 ** -24;

/**
 * ρ = 64u ≈ 3.8e−6: the normwise relative float32 error allowed per NTK Gram entry,
 * |K̂_ij − K_ij| ≤ ρ‖g_i‖‖g_j‖, and per per-example gradient, ‖ĝ_i − g_i‖ ≤ ρ‖g_i‖. The network tests
 * assert it against per-example autodiff gradients (measured for LeNet-5: ≤ 1.3e−6 ≈ 20u).
 */
export const FLOAT32_GRADIENT_RELATIVE_ERROR = 64 * FLOAT32_UNIT_ROUNDOFF;

/** Largest worst-case relative error of an eigenvalue that `reliableAbove` admits: 10 %. */
export const RELIABLE_RELATIVE_ERROR = 0.1;

/**
 * The largest eigenvalues (float64, descending) of an NTK Gram built from float32 gradients, with the
 * level below which they are not reliable.
 *
 * Error models (ρ = `FLOAT32_GRADIENT_RELATIVE_ERROR`, u = 2⁻²⁴, Weyl's theorem throughout; the float64
 * eigensolver adds O(n·2⁻⁵³·λ₁), negligible):
 * - `float32` (a Gram accumulated by tfjs in float32, K̂ = K + E): every eigenvalue is within
 *   ‖E‖₂ ≤ ‖E‖_F ≤ ρ·Σ_i‖g_i‖² = ρ·tr K of the exact one. We take the floor max(n·u·λ₁, ρ·tr K): the
 *   generic "relative n·ε₃₂" level of an n × n float32 Gram, or the entrywise bound if larger. An
 *   eigenvalue ≥ floor/0.1 has relative error ≤ 10 %.
 * - `float64-of-float32-features` (K̂ = ĜĜᵀ accumulated in float64 from float32 gradients Ĝ, see
 *   `gramF64`): the singular values move by ≤ ‖Ĝ − G‖₂ ≤ ‖Ĝ − G‖_F ≤ ρ·√tr K =: s, so
 *   |√λ̂ − √λ| ≤ s and the relative error of λ is ≤ 2s/√λ + s²/λ, ≤ 10 % once √λ ≥ 20.5·s. The
 *   floor s² is ~1e−11·tr K: a spectrum spanning ten decades below λ₁ is resolved.
 *
 * The Gram is symmetrised, (K̂ + K̂ᵀ)/2, before `eigvalsh`: a float32 Gram is
 * symmetric only to rounding, and the symmetric part is at least as close to the exact K.
 */
export interface GramSpectrum {
  readonly n: number;
  /** The k largest eigenvalues of K, descending. */
  readonly values: Float64Array;
  /** tr K (from the diagonal). */
  readonly trace: number;
  readonly errorModel: 'float32' | 'float64-of-float32-features';
  /** Absolute error bound of every eigenvalue (float32) or of every √eigenvalue (float64-of-features). */
  readonly floor: number;
  /** The smallest eigenvalue whose worst-case relative error is ≤ 10 % under the error model. */
  readonly reliableAbove: number;
}

/** Spectrum of a float32 Gram computed by tfjs (n × n tensor; not disposed). */
export function spectrumOfFloat32Gram(gram: tf.Tensor2D, k?: number): GramSpectrum {
  if (gram.rank !== 2 || gram.shape[0] !== gram.shape[1]) throw new RangeError(`gram must be a square n × n tensor, got shape [${gram.shape.join(', ')}]`);
  const n = gram.shape[0];
  const { values, trace } = decompose(gram.dataSync(), n, k ?? n);
  const floor = Math.max(n * FLOAT32_UNIT_ROUNDOFF * values[0]!, FLOAT32_GRADIENT_RELATIVE_ERROR * trace);
  return { n, values, trace, errorModel: 'float32', floor, reliableAbove: floor / RELIABLE_RELATIVE_ERROR };
}

/** Spectrum of a Gram accumulated in float64 from float32 gradient features (row-major n × n). */
export function spectrumOfFeatureGram(gram: Float64Array, n: number, k?: number): GramSpectrum {
  requireInteger('n', n, 1);
  if (gram.length !== n * n) throw new RangeError(`gram must have length n² = ${n * n}, got ${gram.length}`);
  const { values, trace } = decompose(gram, n, k ?? n);
  const floor = FLOAT32_GRADIENT_RELATIVE_ERROR * Math.sqrt(trace);
  // Smallest x with 2s/√λ + s²/λ ≤ t: √λ = s/(√(1 + t) − 1).
  const root = floor / (Math.sqrt(1 + RELIABLE_RELATIVE_ERROR) - 1);
  return { n, values, trace, errorModel: 'float64-of-float32-features', floor, reliableAbove: root * root };
}

function decompose(raw: ArrayLike<number>, n: number, k: number): { values: Float64Array; trace: number } {
  requireInteger('k', k, 1, n);
  const a = new Float64Array(n * n);
  let trace = 0;
  for (let i = 0; i < n; i++) {
    trace += raw[i * n + i]!;
    for (let j = 0; j <= i; j++) {
      const v = 0.5 * (raw[i * n + j]! + raw[j * n + i]!);
      a[i * n + j] = v;
      a[j * n + i] = v;
    }
  }
  return { values: eigvalsh(a, n, k), trace };
}
