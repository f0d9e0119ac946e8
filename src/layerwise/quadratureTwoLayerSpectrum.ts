import type { Activation } from '../activations/activation.js';
import { componentVanishes } from './powerSeriesKernel.js';
import { sphereDimensionOfInput } from './sphereDimensionOfInput.js';
import { tabulatedFunkHecke, tabulateKernel, type KernelTable } from './tabulatedFunkHecke.js';
import { twoLayerKernels } from './twoLayerKernels.js';
import { twoLayerPowerSeries } from './twoLayerPowerSeries.js';
import type { TwoLayerSpectrum } from './twoLayerSpectrum.js';

/**
 * The same eigenvalues as `twoLayerSpectrum`, by the independent route: quadrature (`tabulatedFunkHecke`)
 * of the kernels κ⁽¹⁾(u) = u·ψ₁(u), κ⁽²⁾(u) = ψ₀(u) evaluated from their defining Gaussian expectations
 * (`Activation.psi0/psi1`: closed forms or 2-D trapezoidal rules — no Hermite expansion, no Lemma 1).
 * Error per degree: the fine-vs-coarse discretisation estimate plus the rounding bound. Which components
 * vanish identically is a symmetry of σ, not a measurement; it is read off the power-series structure
 * (`twoLayerPowerSeries`, `componentVanishes`), and those components are reported as exactly 0.
 *
 * Input dimension d ≤ 201 (sphere S^{d−1}, d − 1 ≤ 200), degrees ≤ 40. Kernel tables are memoised per
 * activation (864 evaluations of each kernel: ≈ 0.5 s for tanh, the slowest).
 */
const tables = new WeakMap<Activation, { first: KernelTable; second: KernelTable }>();

function kernelTables(activation: Activation): { first: KernelTable; second: KernelTable } {
  const hit = tables.get(activation);
  if (hit) return hit;
  const k = twoLayerKernels(activation);
  const made = { first: tabulateKernel(k.first), second: tabulateKernel(k.second) };
  tables.set(activation, made);
  return made;
}

export function quadratureTwoLayerSpectrum(activation: Activation, inputDimension: number, maxDegree: number): TwoLayerSpectrum {
  const sphereDim = sphereDimensionOfInput(inputDimension);
  const t = kernelTables(activation);
  const series = twoLayerPowerSeries(activation);
  const bounded = (table: KernelTable, structure: typeof series.first) => {
    const q = tabulatedFunkHecke(table, sphereDim, maxDegree);
    const vanishes = Array.from({ length: maxDegree + 1 }, (_, l) => componentVanishes(structure, l));
    return {
      values: q.values.map((v, l) => (vanishes[l] ? 0 : v)),
      error: q.values.map((_, l) => (vanishes[l] ? 0 : q.errorEstimate[l]! + q.roundingBound[l]!)),
      vanishes,
    };
  };
  return { first: bounded(t.first, series.first), second: bounded(t.second, series.second) };
}
