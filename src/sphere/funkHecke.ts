import { gaussLegendre } from '../numerics/gaussLegendre.js';
import { requireInteger } from '../numerics/validate.js';
import { gegenbauerAll } from './gegenbauer.js';
import { sphereMarginalConstant } from './sphereMarginal.js';

/**
 * Funk–Hecke eigenvalues of a dot-product kernel κ(⟨x, x'⟩) on S^d under the uniform probability
 * measure τ_d (Cao et al., Remark 3.4):
 *   μ_k = E_{x∼τ_d}[κ(⟨x, e⟩) P_k(⟨x, e⟩)] = c_d ∫_0^π κ(cos θ) P_k(cos θ) sin^{d−1}θ dθ,
 * so that κ(t) = Σ_k μ_k N(d, k) P_k(t) (eq. 3.1 with the addition formula of §4).
 *
 * Method: composite Gauss–Legendre in θ rather than in t. The arc-cosine kernels have √(1 − t²) and
 * arccos(t) terms that make a rule in t converge only algebraically; in θ they become sin θ and θ, so
 * for them (and for any κ analytic on [−1, 1]) the integrand is analytic in θ and the rule converges
 * geometrically. Panels are at most π/8 wide, at most 12/(K + 1) wide (≤ 2 oscillations of P_K per
 * panel) and at most 3/√d wide (sin^{d−1}θ ≈ exp(−(d−1)(θ − π/2)²/2) has width 1/√d); where that
 * Gaussian is below 1e−320 (|θ − π/2| > 39/√(d − 1)) the integrand is dropped.
 *
 * Accuracy: `errorEstimate[k]` is |μ_k(rule) − μ_k(rule with half-width panels)| (discretisation);
 * `roundingBound[k]` = (M + 2k + 10)·ε·c_d·Σ_i |w_i κ P_k| over the M nodes, the worst-case bound of
 * recursive summation plus the k-step recurrence for P_k. Rounding thus limits the absolute error to
 * ≈ ε·E[|κ P_k|] ≤ ε·max|κ|/√N(d, k) (the integrand's size), so a tiny
 * μ_k (e.g. 1e−12 at d = 1000, k = 5) loses relative accuracy; the closed forms in src/spectra are the
 * accurate route for the arc-cosine kernels and this routine is their independent cross-check.
 */
export interface FunkHeckeResult {
  readonly values: Float64Array;
  readonly errorEstimate: Float64Array;
  readonly roundingBound: Float64Array;
}

const NODES_PER_PANEL = 24;

export function funkHecke(kappa: (t: number) => number, d: number, maxDegree: number): FunkHeckeResult {
  requireInteger('d', d, 1, 10_000);
  requireInteger('maxDegree', maxDegree, 0, 1_000);
  const fine = integrate(kappa, d, maxDegree, 2);
  const coarse = integrate(kappa, d, maxDegree, 1);
  const errorEstimate = new Float64Array(maxDegree + 1);
  const roundingBound = new Float64Array(maxDegree + 1);
  for (let k = 0; k <= maxDegree; k++) {
    errorEstimate[k] = Math.abs(fine.sums[k]! - coarse.sums[k]!);
    roundingBound[k] = (fine.nodes + 2 * k + 10) * Number.EPSILON * fine.absSums[k]!;
  }
  return { values: fine.sums, errorEstimate, roundingBound };
}

interface Integrals {
  readonly sums: Float64Array;
  readonly absSums: Float64Array;
  readonly nodes: number;
}

function integrate(kappa: (t: number) => number, d: number, maxDegree: number, refine: number): Integrals {
  const half = d > 1 ? Math.min(Math.PI / 2, 39 / Math.sqrt(d - 1)) : Math.PI / 2;
  const a = Math.PI / 2 - half;
  const width = Math.min(Math.PI / 8, 12 / (maxDegree + 1), 3 / Math.sqrt(d)) / refine;
  const panels = Math.ceil((2 * half) / width);
  const h = (2 * half) / panels;
  const { nodes, weights } = gaussLegendre(NODES_PER_PANEL);
  const sums = new Float64Array(maxDegree + 1);
  const absSums = new Float64Array(maxDegree + 1);
  const p = new Float64Array(maxDegree + 1);
  for (let j = 0; j < panels; j++) {
    const mid = a + (j + 0.5) * h;
    for (let i = 0; i < NODES_PER_PANEL; i++) {
      const theta = mid + 0.5 * h * nodes[i]!;
      const t = Math.cos(theta);
      const s = Math.sin(theta);
      const w = 0.5 * h * weights[i]! * (d === 1 ? 1 : Math.exp((d - 1) * Math.log(s))) * kappa(t);
      if (w === 0) continue;
      if (!Number.isFinite(w)) throw new RangeError(`kappa returned a non-finite value at t = ${t}`);
      gegenbauerAll(d, maxDegree, t, p);
      for (let k = 0; k <= maxDegree; k++) {
        sums[k]! += w * p[k]!;
        absSums[k]! += Math.abs(w * p[k]!);
      }
    }
  }
  const c = sphereMarginalConstant(d);
  for (let k = 0; k <= maxDegree; k++) {
    sums[k]! *= c;
    absSums[k]! *= c;
  }
  return { sums, absSums, nodes: panels * NODES_PER_PANEL };
}
