/**
 * The eigen-structure of an integral operator T_K g(x) = ∫ K(x, s)g(s)dρ(s) on L²(ρ) (Bowman & Montúfar
 * eq. (1)–(2)) as the checks use it: its distinct eigenvalues ("levels", descending, each with the
 * dimension of its eigenspace) and orthonormal eigenfunctions evaluable at any points.
 *
 * Two implementations: `sphereOperator` (uniform ρ on S^d, dot-product K: spherical harmonics with the
 * Funk–Hecke eigenvalues, exact) and `nystromOperator` (any ρ, from a reference sample).
 */
export interface EigenLevel {
  /** The eigenvalue σ. */
  readonly value: number;
  /** Dimension of the eigenspace (N(d, k) for degree-k harmonics; 1 for a Nyström eigenvalue). */
  readonly size: number;
  /** A name for charts and tables, e.g. "degree 2". */
  readonly label: string;
}

export interface OperatorSpectrum {
  /** Coordinates per point. */
  readonly dim: number;
  /** Eigenvalue levels, largest first. */
  readonly levels: readonly EigenLevel[];
  /**
   * The level's eigenfunctions φ_1..φ_size (orthonormal in L²(ρ)) at the points (row-major M × dim):
   * row-major M × size.
   */
  features(level: number, points: Float64Array): Float64Array;
}

/**
 * Feature blocks of several levels side by side: blocks[l] is M × sizes[l] (row-major), the result
 * M × Σ sizes — the basis of the range of P_k when the blocks are the top k levels.
 */
export function concatenateFeatures(blocks: readonly Float64Array[], sizes: readonly number[], m: number): { features: Float64Array; size: number } {
  if (blocks.length !== sizes.length) throw new RangeError('blocks and sizes must have equal length');
  blocks.forEach((b, l) => {
    if (b.length !== m * sizes[l]!) throw new RangeError(`blocks[${l}] must be ${m} × ${sizes[l]}, got length ${b.length}`);
  });
  const size = sizes.reduce((s, v) => s + v, 0);
  const features = new Float64Array(m * size);
  for (let r = 0; r < m; r++) {
    let offset = 0;
    blocks.forEach((b, l) => {
      const k = sizes[l]!;
      for (let c = 0; c < k; c++) features[r * size + offset + c] = b[r * k + c]!;
      offset += k;
    });
  }
  return { features, size };
}
