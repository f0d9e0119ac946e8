import { requireInteger } from '../numerics/validate.js';

/**
 * G·Gᵀ·scale in float64 for a row-major n × dim matrix G given in float32 (per-example gradient
 * features): the exact Gram of the float32 features up to float64 rounding (relative ≤ dim·2⁻⁵³ of
 * Σ|g_ip||g_jp|), so its eigenvalues are the squared singular values of the float32 features to
 * ~1e−13. This is what lets a spectrum that spans many decades below λ₁ be resolved (see
 * `gramSpectrum`): a Gram accumulated in float32 carries errors of ~u·λ₁ in every eigenvalue.
 *
 * Method: rows widened once to float64; the lower triangle in 4 × 4 blocks of rows (16 running sums,
 * each loaded value used four times), mirrored; leftover rows by plain dot products. Cost n²·dim flops.
 */
export function float64Gram(features: Float32Array, n: number, dim: number, scale = 1): Float64Array {
  requireInteger('n', n, 1);
  requireInteger('dim', dim, 1);
  if (features.length !== n * dim) throw new RangeError(`features must have length n·dim = ${n * dim}, got ${features.length}`);
  const g = Float64Array.from(features);
  const out = new Float64Array(n * n);
  const put = (i: number, j: number, s: number) => {
    out[i * n + j] = s * scale;
    out[j * n + i] = s * scale;
  };
  const full = n - (n % 4);
  for (let i = 0; i < full; i += 4) {
    const a0 = i * dim;
    const a1 = a0 + dim;
    const a2 = a1 + dim;
    const a3 = a2 + dim;
    for (let j = 0; j <= i; j += 4) {
      const b0 = j * dim;
      const b1 = b0 + dim;
      const b2 = b1 + dim;
      const b3 = b2 + dim;
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      let s20 = 0, s21 = 0, s22 = 0, s23 = 0, s30 = 0, s31 = 0, s32 = 0, s33 = 0;
      for (let p = 0; p < dim; p++) {
        const x0 = g[a0 + p]!, x1 = g[a1 + p]!, x2 = g[a2 + p]!, x3 = g[a3 + p]!;
        const y0 = g[b0 + p]!, y1 = g[b1 + p]!, y2 = g[b2 + p]!, y3 = g[b3 + p]!;
        s00 += x0 * y0; s01 += x0 * y1; s02 += x0 * y2; s03 += x0 * y3;
        s10 += x1 * y0; s11 += x1 * y1; s12 += x1 * y2; s13 += x1 * y3;
        s20 += x2 * y0; s21 += x2 * y1; s22 += x2 * y2; s23 += x2 * y3;
        s30 += x3 * y0; s31 += x3 * y1; s32 += x3 * y2; s33 += x3 * y3;
      }
      const sums = [s00, s01, s02, s03, s10, s11, s12, s13, s20, s21, s22, s23, s30, s31, s32, s33];
      for (let r = 0; r < 4; r++) for (let c = 0; c < 4; c++) if (j + c <= i + r) put(i + r, j + c, sums[4 * r + c]!);
    }
  }
  for (let i = full; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let p = 0; p < dim; p++) s += g[i * dim + p]! * g[j * dim + p]!;
      put(i, j, s);
    }
  }
  return out;
}
