import { eighTop } from '../linalg/eigh.js';
import { gramF64 } from '../linalg/gram.js';
import { requireInteger } from '../numerics/validate.js';

/**
 * A sample's projections on its top principal component, standardised (row-major n × dim data; the
 * component's sign is arbitrary): with the centred data X_c and
 * X_cX_cᵀu = λu (u the top unit eigenvector, float64 Gram of the float32 pixels), the projections are
 * X_cv = √λ·u with mean 0, so z = √n·u has unit variance.
 */
export function topPrincipalComponent(images: Float32Array, n: number, dim: number): Float64Array {
  requireInteger('n', n, 2);
  requireInteger('dim', dim, 1);
  if (images.length !== n * dim) throw new RangeError(`images must have length n·dim = ${n * dim}, got ${images.length}`);
  const centred = new Float32Array(images.length);
  for (let c = 0; c < dim; c++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += images[i * dim + c]!;
    mean /= n;
    for (let i = 0; i < n; i++) centred[i * dim + c] = images[i * dim + c]! - mean;
  }
  const { vectors } = eighTop(gramF64(centred, n, dim), n, 1);
  return vectors.map((u) => Math.sqrt(n) * u);
}
