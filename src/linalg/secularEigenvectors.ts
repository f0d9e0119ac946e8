/**
 * Eigenvectors of a rank-one modified diagonal matrix D + ρ v vᵀ from its computed roots (LAPACK dlaed3,
 * Gu & Eisenstat 1995).
 *
 * Input: d (k, strictly increasing), v (k, nonzero), and the k × k array δ with row i holding
 * d_j − λ_i for the i-th root λ_i (as returned by `secularRoot`). Output: δ overwritten, row i the unit
 * eigenvector of λ_i, its entry j stored at column group[j] (a permutation, so the caller can choose the
 * column order of the products that follow).
 *
 * Method: Löwner's formula gives the vector v̂ for which the computed λ_i are the exact eigenvalues of
 * D + ρ v̂v̂ᵀ: v̂_j² = (λ_j − d_j)·Π_{i≠j} (λ_i − d_j)/(d_i − d_j) (up to the factor 1/ρ, which
 * normalisation removes), with the sign of v_j. The eigenvector of λ_i is then v̂ ./ (d − λ_i),
 * normalised. Every factor is formed from the accurate differences δ, so the eigenvectors are
 * numerically orthogonal however close the roots are, and ‖v̂ − v‖ is small whenever the roots are
 * accurate — which keeps the merge backward stable.
 */
export function secularEigenvectors(k: number, d: Float64Array, v: Float64Array, delta: Float64Array, group: Int32Array): void {
  const w = new Float64Array(k);
  for (let i = 0; i < k; i++) w[i] = delta[i * k + i]!;
  for (let q = 0; q < k; q++) {
    const row = q * k;
    for (let i = 0; i < q; i++) w[i]! *= delta[row + i]! / (d[i]! - d[q]!);
    for (let i = q + 1; i < k; i++) w[i]! *= delta[row + i]! / (d[i]! - d[q]!);
  }
  for (let i = 0; i < k; i++) w[i] = v[i]! < 0 ? -Math.sqrt(-w[i]!) : Math.sqrt(-w[i]!);
  const u = new Float64Array(k);
  for (let q = 0; q < k; q++) {
    const row = q * k;
    let norm2 = 0;
    for (let i = 0; i < k; i++) {
      u[i] = w[i]! / delta[row + i]!;
      norm2 += u[i]! * u[i]!;
    }
    const inv = 1 / Math.sqrt(norm2);
    for (let i = 0; i < k; i++) delta[row + group[i]!] = u[i]! * inv;
  }
}
