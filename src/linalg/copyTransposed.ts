const TILE = 32;

/**
 * Copy the rows × cols block src[srcOffset + i·srcLd + j] to dst[dstOffset + j·dstLd + i·dstStep]
 * (dstStep = 1: plain transpose; dstStep = −1: transpose with the order of the rows reversed).
 * Walks 32 × 32 tiles so both the reads and the strided writes stay in cache.
 */
export function copyTransposed(
  rows: number,
  cols: number,
  src: Float64Array,
  srcOffset: number,
  srcLd: number,
  dst: Float64Array,
  dstOffset: number,
  dstLd: number,
  dstStep: 1 | -1,
): void {
  for (let i0 = 0; i0 < rows; i0 += TILE) {
    const i1 = Math.min(i0 + TILE, rows);
    for (let j0 = 0; j0 < cols; j0 += TILE) {
      const j1 = Math.min(j0 + TILE, cols);
      for (let i = i0; i < i1; i++) {
        const from = srcOffset + i * srcLd;
        const to = dstOffset + i * dstStep;
        for (let j = j0; j < j1; j++) dst[to + j * dstLd] = src[from + j]!;
      }
    }
  }
}
