import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { flowDecay } from '../../src/kernelRegime/decay.js';
import { dotProductKernel } from '../../src/kernelRegime/kernelMatrix.js';
import { hilbertSchmidtBound, nystromOperator } from '../../src/kernelRegime/nystromOperator.js';
import { projectedSquaredNorm } from '../../src/kernelRegime/projectedSquaredNorm.js';
import { sphereNtk } from '../../src/kernelRegime/sphereNtk.js';
import { sphereOperator } from '../../src/kernelRegime/sphereOperator.js';
import { squaredL2Norm } from '../../src/kernelRegime/squaredL2Norm.js';
import { randomZonalTarget } from '../../src/kernelRegime/zonalTarget.js';
import { sampleInputs } from '../../src/networks/sec4Inputs.js';
import { createRng } from '../../src/random/rng.js';
import { sampleSphere } from '../../src/sphere/sampleSphere.js';

/**
 * The Nyström operator (T_K of Bowman & Montúfar eq. (1) from a reference sample) against the exact
 * Funk–Hecke/spherical-harmonic structure of T_K on the uniform sphere, with the sampling bounds stated in
 * `nystromOperator`: E = ‖C_N − C‖_HS ≤ 2κ̄ log(2/δ)/N + κ̄√(2 log(2/δ)/N) with probability ≥ 1 − δ
 * (δ = 10⁻³ per operator), Hoffman–Wielandt for the eigenvalues, Davis–Kahan for the top eigenspace and
 * Duhamel for the semigroup. Monte Carlo checks on fresh points allow 4 standard errors.
 */
const N = 600;
const HELD_OUT = 3000;
const DELTA = 1e-3;

const cases = fc.record({
  activation: fc.constantFrom('softplus' as const, 'tanh' as const),
  d: fc.integer({ min: 2, max: 3 }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
});

describe('Nyström approximation of T_{K^∞} on the uniform sphere', () => {
  test.prop([cases], { numRuns: 2 })(
    'eigenvalues within the Hoffman–Wielandt/Bernstein bound, top eigenspace within Davis–Kahan, semigroup within Duhamel',
    ({ activation, d, seed }) => {
      const rng = createRng(seed);
      const ntk = sphereNtk(activation, 1);
      const kernel = dotProductKernel(ntk.value);
      const exact = sphereOperator(ntk.value, d, 12, rng.fork(), ntk.interpolationError);
      const dim = d + 1;
      const nys = nystromOperator(kernel, sampleSphere(rng.fork(), N, d), dim);
      const e = hilbertSchmidtBound(kernel.diagonalBound, N, DELTA);

      // Eigenvalues: the sorted exact spectrum with multiplicities against the sorted Nyström one.
      const spectrum = exact.levels.flatMap((l) => Array(l.size).fill(l.value) as number[]).sort((a, b) => b - a);
      const top = 25;
      let sq = 0;
      for (let i = 0; i < top; i++) sq += (nys.values[i]! - spectrum[i]!) ** 2;
      expect(Math.sqrt(sq)).toBeLessThanOrEqual(e);

      // Top eigenspace: the Nyström eigenfunctions of the top level lie in the exact one up to sin Θ ≤ E/gap.
      const size = exact.levels[0]!.size;
      const gap = exact.levels[0]!.value - exact.levels[1]!.value - e;
      const points = sampleSphere(rng.fork(), HELD_OUT, d);
      const phiHat = nys.eigenfunctions(points, size);
      const basis = exact.features(0, points);
      for (let i = 0; i < size; i++) {
        const f = Float64Array.from({ length: HELD_OUT }, (_, r) => phiHat[r * size + i]!);
        const inside = projectedSquaredNorm(f, basis, size);
        const all = squaredL2Norm(f);
        const allowed = gap > 0 ? (e / gap) ** 2 : 1;
        expect(all.estimate - inside.estimate - allowed * all.estimate).toBeLessThanOrEqual(4 * Math.hypot(inside.standardError, all.standardError));
      }

      // Semigroup: e^{−T_N t}r_0 against the exact e^{−T t}r_0 for r_0 = −f*, f* on the top two levels.
      const target = randomZonalTarget(rng.fork(), d, exact.degrees.slice(0, 2));
      const rkhsNorm = Math.sqrt(target.degrees.reduce((s, k, j) => s + target.coefficients[j]! ** 2 / exact.mu[k]!, 0));
      for (const t of [1, 4]) {
        const decay = flowDecay(t);
        const r0Ref = target.values(nys.reference).map((v) => -v);
        const r0Pts = target.values(points).map((v) => -v);
        const approx = nys.evolve(r0Ref, r0Pts, points, decay);
        const truth = target.evolvedResidual(points, (k) => decay.value(exact.mu[k]!));
        const err = squaredL2Norm(approx.map((v, r) => v - truth[r]!));
        const bound = Math.sqrt(exact.levels[0]!.value) * t * e * rkhsNorm;
        expect(Math.sqrt(Math.max(0, err.estimate - 4 * err.standardError))).toBeLessThanOrEqual(bound);
      }
    },
  );
});

describe('Nyström approximation for a non-uniform ρ (Cao et al. §4 piecewise-uniform sphere)', () => {
  test.prop([cases], { numRuns: 2 })('two independent reference samples agree within twice the Bernstein/Hoffman–Wielandt bound', ({ activation, d, seed }) => {
    const ntk = sphereNtk(activation, 1);
    const kernel = dotProductKernel(ntk.value);
    const dim = d + 1;
    // One draw of ρ (its ζ₀) and 2N independent points from it, split in two reference samples.
    const both = sampleInputs(createRng(seed), 'pud', 2 * N, d);
    const a = nystromOperator(kernel, both.slice(0, N * dim), dim);
    const b = nystromOperator(kernel, both.slice(N * dim), dim);
    let sq = 0;
    for (let i = 0; i < 25; i++) sq += (a.values[i]! - b.values[i]!) ** 2;
    expect(Math.sqrt(sq)).toBeLessThanOrEqual(2 * hilbertSchmidtBound(kernel.diagonalBound, N, DELTA));
    // Sanity of the construction: trace(K_N/N) = mean K(z, z) = κ(1) on the sphere.
    expect(a.values.reduce((s, v) => s + v, 0)).toBeCloseTo(ntk.value(1), 8);
  });
});
