/**
 * A dot-product kernel κ(u) = Σ_m c_m u^m with c_m ≥ 0 (Schoenberg's form, Dandi & Jacot Lemma 2), known
 * through its first coefficients with error bounds, a bound on the rest, and which coefficients vanish
 * identically (by a symmetry, not by measurement).
 */
export interface PowerSeriesKernel {
  /** c_0..c_P (c_m ≥ 0; exactly 0 where `vanishes(m)`). */
  readonly coefficients: Float64Array;
  /** |c_m(computed) − c_m| ≤ coefficientError[m]. */
  readonly coefficientError: Float64Array;
  /** An upper bound on Σ_{m > P} c_m (= κ(1) − Σ_{m ≤ P} c_m). */
  readonly tail: number;
  /** Whether c_m = 0 identically, for every m ≥ 0 (also beyond P). */
  vanishes(m: number): boolean;
}

/**
 * Whether the Funk–Hecke eigenvalue μ_l = Σ_{m ≥ l, m ≡ l (2)} c_m·E[t^m P_l(t)] vanishes identically:
 * every c_m with m ≥ l of l's parity vanishes. Checked for m ≤ max(l, P) + 4, which suffices for the
 * parity patterns of `twoLayerPowerSeries` (periodic in m beyond m = 3).
 */
export function componentVanishes(kernel: PowerSeriesKernel, l: number): boolean {
  const last = Math.max(l, kernel.coefficients.length - 1) + 4;
  for (let m = l; m <= last; m += 2) if (!kernel.vanishes(m)) return false;
  return true;
}
