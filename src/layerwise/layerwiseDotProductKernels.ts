import type { Activation } from '../activations/activation.js';
import { clampUnit } from '../sphere/gegenbauer.js';
import { layerwiseNtkEntry } from './layerwiseNtkEntry.js';
import { varianceChain } from './varianceChain.js';

/**
 * For inputs on the unit sphere S^{d−1}, every per-layer NTK component of `layerwiseNtkEntry` depends on
 * x, x' through u = ⟨x, x'⟩ only (the variance chain is the same for every point), so it is a dot-product
 * kernel κ⁽ℓ⁾(u) with Funk–Hecke eigenvalues — the "layer-wise kernels" whose spectra Dandi & Jacot
 * compare (§5, §6.1–6.2). `layer(ℓ)` is κ⁽ℓ⁾, ℓ = 0..L−1 (0 = input layer); `all(u)` returns all of them
 * at once (one recursion instead of L). For L = 2, κ⁽0⁾ = u·ψ₁(u) and κ⁽1⁾ = ψ₀(u) (`twoLayerKernels`).
 */
export interface LayerwiseDotProductKernels {
  readonly depth: number;
  layer(l: number): (u: number) => number;
  all(u: number): Float64Array;
}

export function layerwiseDotProductKernels(activation: Activation, depth: number): LayerwiseDotProductKernels {
  const chain = varianceChain(activation, depth, 1);
  const all = (u: number) => layerwiseNtkEntry(activation, depth, chain, chain, clampUnit('u', u));
  return {
    depth,
    all,
    layer(l) {
      if (!Number.isInteger(l) || l < 0 || l >= depth) throw new RangeError(`l must be an integer in [0, ${depth - 1}], got ${l}`);
      return (u) => all(u)[l]!;
    },
  };
}
