import type { Rng } from '../random/rng.js';
import { requireFinite, requireInteger } from '../numerics/validate.js';

/**
 * n points drawn uniformly from the spherical cap {x ∈ S^d : ∠(x, e_0) ≤ ρ}, 0 < ρ ≤ π, around the first
 * coordinate axis e_0. Method: the polar angle α has density ∝ sin^{d−1}α on [0, ρ] (the surface
 * element of S^d), drawn by rejection from the uniform on [0, ρ] with acceptance (sin α / s)^{d−1},
 * s = max_{[0,ρ]} sin; the direction of the remaining d coordinates is uniform on S^{d−1} (a normalised
 * Gaussian; ±1 on the circle). x = (cos α, sin α·u). Returns a row-major n × (d + 1) Float64Array.
 * Used to cross-check the cap Rayleigh quotient of `cao21.footnote2.lambda-below-one.any-distribution`
 * by Monte Carlo and by Nyström.
 */
export function sampleCap(rng: Rng, n: number, d: number, rho: number): Float64Array {
  requireInteger('n', n, 1);
  requireInteger('d', d, 1);
  requireFinite('rho', rho, Number.MIN_VALUE, Math.PI);
  const dim = d + 1;
  const s = rho >= Math.PI / 2 ? 1 : Math.sin(rho);
  const x = new Float64Array(n * dim);
  const u = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    let alpha: number;
    do alpha = rho * rng.uniform();
    while (rng.uniform() > Math.pow(Math.sin(alpha) / s, d - 1));
    let norm2 = 0;
    for (let j = 0; j < d; j++) {
      u[j] = rng.normal();
      norm2 += u[j]! * u[j]!;
    }
    const scale = Math.sin(alpha) / Math.sqrt(norm2);
    x[i * dim] = Math.cos(alpha);
    for (let j = 0; j < d; j++) x[i * dim + 1 + j] = u[j]! * scale;
  }
  return x;
}
