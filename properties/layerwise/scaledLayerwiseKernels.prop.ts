import { describe, expect, it } from 'vitest';
import { activationByName } from '../../src/activations/activationByName.js';
import { fastLayerwiseKernels } from '../../src/layerwise/fastLayerwiseKernels.js';
import { layerwiseSpectrum } from '../../src/layerwise/layerwiseSpectrum.js';
import { scaledLayerwiseKernels, scaledLayerwiseSpectrum } from '../../src/layerwise/scaledLayerwiseKernels.js';

const G = (values: readonly Float64Array[], l: number) => Math.log(values[l]![3]! / values[3]![3]!) - Math.log(values[l]![1]! / values[3]![1]!);

describe('scaledLayerwiseKernels: per-layer NTKs with weight variance σ_w² and bias variance σ_b²', () => {
  // Two independent routes at σ_w² = 1, σ_b² = 0: the tabulated-kernel quadrature of `layerwiseSpectrum`
  // over `fastLayerwiseKernels` (interpolated for tanh), and `funkHecke` over this module's recursion.
  it.each(['relu', 'tanh'] as const)('at σ_w² = 1, σ_b² = 0 the eigenvalues μ_k⁽ℓ⁾ on S⁹ equal layerwiseSpectrum(fastLayerwiseKernels) within both error bounds (%s)', (name) => {
    const a = activationByName(name);
    const ours = scaledLayerwiseSpectrum(a, 4, { weight: 1, bias: 0 }, 9, 4);
    const theirs = layerwiseSpectrum(fastLayerwiseKernels(a, 4), 9, 4);
    for (let l = 0; l < 4; l++)
      for (let k = 0; k <= 4; k++) {
        const gap = Math.abs(ours.values[l]![k]! - theirs.values[l]![k]!);
        expect(gap, `${name} ℓ = ${l}, k = ${k}`).toBeLessThanOrEqual(ours.error[l]![k]! + theirs.error[l]![k]!);
      }
  });

  // A second quadrature over the same recursion at σ_w² = σ_b² = 1/3 (appendix 16's default-init reading):
  // the tabulated-kernel rule of `layerwiseSpectrum` against composite Gauss–Legendre `funkHecke`.
  it.each(['relu', 'tanh'] as const)('at σ_w² = σ_b² = 1/3 the tabulated-kernel quadrature agrees with funkHecke within both error bounds (%s)', (name) => {
    const a = activationByName(name);
    const init = { weight: 1 / 3, bias: 1 / 3 };
    const kernels = scaledLayerwiseKernels(a, 4, init);
    const ours = scaledLayerwiseSpectrum(a, 4, init, 9, 4);
    const tabulated = layerwiseSpectrum({ activation: a, depth: 4, error: new Float64Array(4), evaluate: (u, out) => out.set(kernels(u)) }, 9, 4);
    for (let l = 0; l < 4; l++)
      for (let k = 0; k <= 4; k++) expect(Math.abs(ours.values[l]![k]! - tabulated.values[l]![k]!), `ℓ = ${l}, k = ${k}`).toBeLessThanOrEqual(ours.error[l]![k]! + tabulated.error[l]![k]!);
  });

  it('the layers sum to the full NTK, whose diagonal follows the variance recursion (relu, σ_b² > 0: Θ(1) = Σ_ℓ q_{ℓ+1}·Π σ_w²/2)', () => {
    const sw = 0.7;
    const sb = 0.2;
    const theta = scaledLayerwiseKernels(activationByName('relu'), 3, { weight: sw, bias: sb })(1);
    // relu: E[relu(z)²] = q/2, E[1{z>0}] = 1/2, so q_{ℓ+1} = σ_w²q_ℓ/2 + σ_b² and Σ̇ = σ_w²/2 at u = 1.
    const q1 = sw + sb;
    const q2 = (sw * q1) / 2 + sb;
    const q3 = (sw * q2) / 2 + sb;
    const dot = sw / 2;
    const expected = [q1 * dot * dot, q2 * dot, q3];
    expected.forEach((v, l) => expect(Math.abs(theta[l]! - v)).toBeLessThan(1e-14 * v));
  });

  it('relu without biases: the growth G⁽ℓ⁾ of degrees 1 → 3 does not depend on σ_w² (homogeneity); tanh\'s does', () => {
    const g = (name: 'relu' | 'tanh', w: number) => scaledLayerwiseSpectrum(activationByName(name), 4, { weight: w, bias: 0 }, 9, 3).values;
    const relu1 = g('relu', 1);
    const relu2 = g('relu', 2);
    for (const l of [0, 1, 2]) expect(Math.abs(G(relu1, l) - G(relu2, l))).toBeLessThan(1e-10);
    expect(Math.abs(G(g('tanh', 1), 0) - G(g('tanh', 2), 0))).toBeGreaterThan(1e-2);
  });
});
