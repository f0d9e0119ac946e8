/**
 * A dot-product kernel κ(x, x') = κ(⟨x, x'⟩) on the unit sphere, with its Mercer eigenvalues on S^d
 * when a closed form is known. `value` accepts t ∈ [−1, 1] up to 1e−12 of rounding (clamped, never NaN).
 */
export interface DotProductKernel {
  /** Name used on the command line: `ntk`, `arccos0`, `arccos1`. */
  readonly name: string;
  /** Where it comes from, e.g. "Cao et al. eq. (2.1)". */
  readonly source: string;
  /** κ(t). */
  value(t: number): number;
  /**
   * Distinct Mercer eigenvalues μ_0..μ_K on S^d under the uniform probability measure τ_d
   * (each with multiplicity N(d, k)), from a closed form accurate to ~1e−13 relative.
   */
  mercerEigenvalues(d: number, maxDegree: number): Float64Array;
  /** log μ_0..log μ_K (−Infinity where μ_k = 0): no underflow, for asymptotic sweeps. */
  logMercerEigenvalues(d: number, maxDegree: number): Float64Array;
}
