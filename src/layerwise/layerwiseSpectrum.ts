import { requireInteger } from '../numerics/validate.js';
import { activationParity } from './activationParity.js';
import type { FastLayerwiseKernels } from './fastLayerwiseKernels.js';
import { tabulateKernel, tabulatedFunkHecke } from './tabulatedFunkHecke.js';

/**
 * Funk–Hecke eigenvalues μ_k⁽ℓ⁾ = E_{x∼τ}[Θ⁽ℓ⁾(⟨x, e⟩)P_k(⟨x, e⟩)], k = 0..maxDegree, of every per-layer
 * kernel of a deep network on S^{sphereDim} (uniform probability measure; Dandi & Jacot §5.5–5.6 with the
 * sphere written S^{d−1}, see `sphereDimensionOfInput`). A degree-k harmonic g is an eigenfunction of
 * every layer, so ‖g‖²_{κ⁽ℓ⁾} = μ_k⁽ℓ⁾‖g‖² and the population relative contribution of layer ℓ along g
 * (appendix 13, n → ∞) is μ_k⁽ℓ⁾/μ_k⁽L−1⁾.
 *
 * `error[ℓ][k]` = quadrature estimate + rounding bound (`tabulatedFunkHecke`) + the kernels' own error
 * bound (an error δ in Θ moves μ_k by ≤ E|δP_k| ≤ δ).
 *
 * `vanishes[k]`: the degree-k components of *every* layer vanish identically by symmetry. For odd σ
 * (tanh, erf: `activationParity` 'odd'), Σ⁽1⁾ = u is odd and each step keeps Σ⁽ℓ+1⁾ = E[σ(z)σ(z')] odd
 * in the covariance while Σ̇ = E[σ'(z)σ'(z')] is even (σ' even), so Θ⁽ℓ⁾ = Σ_in⁽ℓ⁾·Π Σ̇ is odd in u and its
 * even-degree components are zero. No other identity is claimed (deep relu nets have every degree).
 */
export interface LayerwiseSpectrum {
  readonly depth: number;
  readonly sphereDim: number;
  readonly values: readonly Float64Array[];
  readonly error: readonly Float64Array[];
  readonly vanishes: readonly boolean[];
}

export function layerwiseSpectrum(kernels: FastLayerwiseKernels, sphereDim: number, maxDegree: number): LayerwiseSpectrum {
  requireInteger('maxDegree', maxDegree, 0, 40);
  const { depth } = kernels;
  const out = new Float64Array(depth);
  const layerAt = (l: number) => (u: number) => {
    kernels.evaluate(u, out);
    return out[l]!;
  };
  const values: Float64Array[] = [];
  const error: Float64Array[] = [];
  for (let l = 0; l < depth; l++) {
    const fh = tabulatedFunkHecke(tabulateKernel(layerAt(l)), sphereDim, maxDegree);
    values.push(fh.values);
    error.push(fh.values.map((_, k) => fh.errorEstimate[k]! + fh.roundingBound[k]! + kernels.error[l]!));
  }
  const odd = activationParity(kernels.activation) === 'odd';
  const vanishes = Array.from({ length: maxDegree + 1 }, (_, k) => odd && k % 2 === 0);
  return { depth, sphereDim, values, error, vanishes };
}
