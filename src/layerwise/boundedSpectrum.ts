/**
 * Funk–Hecke eigenvalues μ_0..μ_K of one kernel with an absolute error bound per degree, and the degrees
 * where μ_l = 0 identically (by a symmetry of the kernel, not by measurement; there error = 0).
 */
export interface BoundedSpectrum {
  readonly values: Float64Array;
  readonly error: Float64Array;
  readonly vanishes: readonly boolean[];
}
