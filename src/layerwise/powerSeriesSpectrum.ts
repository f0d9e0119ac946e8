import { requireInteger } from '../numerics/validate.js';
import type { BoundedSpectrum } from './boundedSpectrum.js';
import { monomialComponents } from './monomialComponents.js';
import { componentVanishes, type PowerSeriesKernel } from './powerSeriesKernel.js';

/**
 * Funk–Hecke eigenvalues μ_l = E[κ(t)P_l(t)] on S^{d'} (uniform probability measure, as src/sphere's
 * `funkHecke`) of a kernel given by its power series, the route of Dandi & Jacot eq. (19):
 *
 *   μ_l = Σ_{m ≥ l, m ≡ l (2)} c_m·M(m, l),   M(m, l) = E[t^m P_l(t)] (`monomialComponents`).
 *
 * All terms are ≥ 0, so the sum has no cancellation and tiny eigenvalues (1e−40 at d' = 99, l = 20) keep
 * their relative accuracy — unlike any quadrature of κ·P_l, whose rounding floor is ≈ ε·max|κ|.
 *
 * Error bound per l (`error[l]`), three parts:
 * - coefficient errors: Σ_m Δc_m·M(m, l);
 * - rounding: M(m, l) is accurate to 4(m + 1)ε relative, the products and the positive sum add
 *   (P + 2)ε, so ≤ 4(P + 3)ε·μ_l in all;
 * - truncation: Σ_{m>P} c_m M(m, l) ≤ tail·sup_{m>P} M(m, l) ≤ tail·E|t|^{P+1}, since
 *   M(m, l) ≤ E[|t|^m |P_l|] ≤ E|t|^m, decreasing in m; E|t|^{P+1} is M(P+1, 0) for even P + 1, else
 *   ≤ √(M(P, 0)·M(P+2, 0)) (Cauchy–Schwarz).
 * `vanishes[l]` is true when μ_l = 0 identically (`componentVanishes`); then μ_l = 0 with error 0.
 */
export function powerSeriesSpectrum(kernel: PowerSeriesKernel, sphereDim: number, maxDegree: number): BoundedSpectrum {
  requireInteger('sphereDim', sphereDim, 1);
  const P = kernel.coefficients.length - 1;
  requireInteger('maxDegree', maxDegree, 0, P);
  const M = monomialComponents(sphereDim, P + 2);
  const q = P + 1;
  const absMoment = q % 2 === 0 ? M[q]![0]! : Math.sqrt(M[q - 1]![0]! * M[q + 1]![0]!);
  const truncation = kernel.tail * absMoment;
  const values = new Float64Array(maxDegree + 1);
  const error = new Float64Array(maxDegree + 1);
  const vanishes: boolean[] = [];
  for (let l = 0; l <= maxDegree; l++) {
    const zero = componentVanishes(kernel, l);
    vanishes.push(zero);
    if (zero) continue;
    let sum = 0;
    let coefficientPart = 0;
    for (let m = l; m <= P; m += 2) {
      sum += kernel.coefficients[m]! * M[m]![l]!;
      coefficientPart += kernel.coefficientError[m]! * M[m]![l]!;
    }
    values[l] = sum;
    error[l] = coefficientPart + 4 * (P + 3) * Number.EPSILON * sum + truncation;
  }
  return { values, error, vanishes };
}
