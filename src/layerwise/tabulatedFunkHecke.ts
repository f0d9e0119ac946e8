import { gaussLegendre } from '../numerics/gaussLegendre.js';
import { requireInteger } from '../numerics/validate.js';
import { gegenbauerAll } from '../sphere/gegenbauer.js';
import { sphereMarginalConstant } from '../sphere/sphereMarginal.js';

/**
 * Funk–Hecke eigenvalues μ_k = c_{d'}∫_0^π κ(cos θ)P_k(cos θ)sin^{d'−1}θ dθ of a dot-product kernel on
 * S^{d'} (uniform probability measure; the same quantity as src/sphere's `funkHecke`) for many sphere
 * dimensions from one table of kernel values — for kernels that are expensive to evaluate (ψ of tanh
 * costs ≈ 2 ms per value by a 2-D Gaussian quadrature), where `funkHecke`'s d-dependent nodes would
 * re-evaluate κ for every d.
 *
 * Method: composite Gauss–Legendre in θ (not t, so the arc-cosine kernels' √(1 − t²) and arccos t become
 * analytic sin θ and θ) on fixed panels: the fine rule has 48 panels of width π/48 with 12 nodes each,
 * the coarse rule 24 panels of twice the width. The weight sin^{d'−1}θ has width ≈ 1/√d', ≥ 1.1 panel
 * widths for d' ≤ 200 (the range allowed), and P_k for k ≤ 40 has ≤ 1 oscillation per panel.
 *
 * Accuracy: `errorEstimate[k]` = |μ_k(fine) − μ_k(coarse)| (discretisation; the fine rule's error is far
 * smaller for an analytic integrand), `roundingBound[k]` = (M + 2k + 10)·ε·c_{d'}·Σ_i |w_i κ P_k| over the
 * M fine nodes (recursive summation plus the k-step recurrence for P_k), as in `funkHecke`.
 */
export interface KernelTable {
  readonly fine: Float64Array;
  readonly coarse: Float64Array;
}

interface AngleRule {
  readonly theta: Float64Array;
  readonly weight: Float64Array;
}

const NODES_PER_PANEL = 12;
const FINE_PANELS = 48;
export const MAX_TABLE_SPHERE_DIM = 200;
export const MAX_TABLE_DEGREE = 40;

function angleRule(panels: number): AngleRule {
  const { nodes, weights } = gaussLegendre(NODES_PER_PANEL);
  const h = Math.PI / panels;
  const theta = new Float64Array(panels * NODES_PER_PANEL);
  const weight = new Float64Array(panels * NODES_PER_PANEL);
  for (let j = 0; j < panels; j++) {
    for (let i = 0; i < NODES_PER_PANEL; i++) {
      theta[j * NODES_PER_PANEL + i] = (j + 0.5) * h + 0.5 * h * nodes[i]!;
      weight[j * NODES_PER_PANEL + i] = 0.5 * h * weights[i]!;
    }
  }
  return { theta, weight };
}

const FINE = angleRule(FINE_PANELS);
const COARSE = angleRule(FINE_PANELS / 2);

/** κ(cos θ) at the fine and coarse nodes: 864 evaluations of κ. */
export function tabulateKernel(kappa: (t: number) => number): KernelTable {
  const at = (rule: AngleRule) =>
    rule.theta.map((th) => {
      const v = kappa(Math.cos(th));
      if (!Number.isFinite(v)) throw new RangeError(`kappa returned a non-finite value at t = ${Math.cos(th)}`);
      return v;
    });
  return { fine: at(FINE), coarse: at(COARSE) };
}

export interface TabulatedFunkHecke {
  readonly values: Float64Array;
  readonly errorEstimate: Float64Array;
  readonly roundingBound: Float64Array;
}

export function tabulatedFunkHecke(table: KernelTable, sphereDim: number, maxDegree: number): TabulatedFunkHecke {
  requireInteger('sphereDim', sphereDim, 1, MAX_TABLE_SPHERE_DIM);
  requireInteger('maxDegree', maxDegree, 0, MAX_TABLE_DEGREE);
  const fine = integrate(FINE, table.fine, sphereDim, maxDegree);
  const coarse = integrate(COARSE, table.coarse, sphereDim, maxDegree);
  const c = sphereMarginalConstant(sphereDim);
  const values = new Float64Array(maxDegree + 1);
  const errorEstimate = new Float64Array(maxDegree + 1);
  const roundingBound = new Float64Array(maxDegree + 1);
  for (let k = 0; k <= maxDegree; k++) {
    values[k] = c * fine.sums[k]!;
    errorEstimate[k] = c * Math.abs(fine.sums[k]! - coarse.sums[k]!);
    roundingBound[k] = (FINE.theta.length + 2 * k + 10) * Number.EPSILON * c * fine.absSums[k]!;
  }
  return { values, errorEstimate, roundingBound };
}

function integrate(rule: AngleRule, kappa: Float64Array, sphereDim: number, maxDegree: number): { sums: Float64Array; absSums: Float64Array } {
  const sums = new Float64Array(maxDegree + 1);
  const absSums = new Float64Array(maxDegree + 1);
  const p = new Float64Array(maxDegree + 1);
  for (let i = 0; i < rule.theta.length; i++) {
    const th = rule.theta[i]!;
    const w = rule.weight[i]! * (sphereDim === 1 ? 1 : Math.exp((sphereDim - 1) * Math.log(Math.sin(th)))) * kappa[i]!;
    if (w === 0) continue;
    gegenbauerAll(sphereDim, maxDegree, Math.cos(th), p);
    for (let k = 0; k <= maxDegree; k++) {
      sums[k]! += w * p[k]!;
      absSums[k]! += Math.abs(w * p[k]!);
    }
  }
  return { sums, absSums };
}
