import type { Rng } from '../random/rng.js';
import { requireInteger } from '../numerics/validate.js';

/**
 * n points drawn uniformly from the unit sphere S^d ⊂ R^{d+1} (Cao et al. §2: `d` is the sphere's
 * dimension, so each point has d + 1 coordinates), i.e. from the uniform probability measure τ_d of
 * Remark 3.4. Method: normalise a standard Gaussian vector (rotation invariance of N(0, I)).
 * Returns a row-major n × (d + 1) Float64Array.
 */
export function sampleSphere(rng: Rng, n: number, d: number): Float64Array {
  requireInteger('n', n, 1);
  requireInteger('d', d, 1);
  const dim = d + 1;
  const x = new Float64Array(n * dim);
  for (let i = 0; i < n; i++) {
    let norm2 = 0;
    for (let j = 0; j < dim; j++) {
      const z = rng.normal();
      x[i * dim + j] = z;
      norm2 += z * z;
    }
    const inv = 1 / Math.sqrt(norm2);
    for (let j = 0; j < dim; j++) x[i * dim + j]! *= inv;
  }
  return x;
}
