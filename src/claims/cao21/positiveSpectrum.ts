import { reluNtk } from '../../kernels/arcCosine.js';
import { harmonicDimension } from '../../sphere/harmonicDimension.js';

/** One distinct eigenvalue of L_κ: the degree of its harmonics, its value and its multiplicity N(d, k). */
export interface SpectralBlock {
  readonly degree: number;
  readonly mu: number;
  readonly multiplicity: number;
}

/**
 * The strictly positive eigenvalues of L_κ on S^d up to degree K (closed form, Theorem 3.3), as
 * distinct values sorted decreasingly — the enumeration λ_1 ≥ λ_2 ≥ ⋯ of Cao et al. L108 — each with
 * its degree and multiplicity. Sorted by value, not assumed ordered by degree.
 */
export function positiveSpectrum(d: number, maxDegree: number): SpectralBlock[] {
  const mu = reluNtk.mercerEigenvalues(d, maxDegree);
  const blocks: SpectralBlock[] = [];
  for (let k = 0; k <= maxDegree; k++) {
    if (mu[k]! > 0) blocks.push({ degree: k, mu: mu[k]!, multiplicity: Number(harmonicDimension(d, k)) });
  }
  return blocks.sort((a, b) => b.mu - a.mu);
}
