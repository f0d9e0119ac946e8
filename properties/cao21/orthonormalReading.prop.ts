import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { reluNtk } from '../../src/kernels/arcCosine.js';

/**
 * Theorem 3.3 (L138) calls the Y_{k,j} "linearly independent"; the claims read them as orthonormal in
 * L²(τ_d), because (3.1) is false for a merely independent basis. Shown on the circle at degree 1
 * (N(1, 1) = 2, μ_1 = 3/8): with the orthonormal basis {√2 cos θ, √2 sin θ} the degree-1 term of (3.1) is
 * 2μ_1 cos(θ − θ′), a function of ⟨x, x′⟩; with the independent basis {cos θ, 2 sin θ} it is
 * μ_1(cos θ cos θ′ + 4 sin θ sin θ′), which differs at two pairs with the same ⟨x, x′⟩ — so no choice of
 * μ_k makes (3.1) equal κ(⟨x, x′⟩).
 */
describe('cao21 Theorem 3.3: "linearly independent" harmonics read as orthonormal', () => {
  const mu1 = reluNtk.mercerEigenvalues(1, 1)[1]!;
  const term = (basis: (a: number) => [number, number], a: number, b: number) => {
    const [p, q] = basis(a);
    const [r, s] = basis(b);
    return mu1 * (p * r + q * s);
  };
  const orthonormal = (a: number): [number, number] => [Math.SQRT2 * Math.cos(a), Math.SQRT2 * Math.sin(a)];
  const independent = (a: number): [number, number] => [Math.cos(a), 2 * Math.sin(a)];

  test.prop([fc.double({ min: 0.1, max: 1.6, noNaN: true }), fc.double({ min: 0.1, max: 1.4, noNaN: true })], { numRuns: 20 })(
    'degree-1 term of (3.1): zonal for the orthonormal basis, not for an independent one',
    (gap, shift) => {
      // Two pairs with the same angle between them: (0, gap) and (shift, shift + gap); they differ by 3μ_1 sin(shift)·sin(shift + gap) ≠ 0.
      expect(term(orthonormal, 0, gap)).toBeCloseTo(term(orthonormal, shift, shift + gap), 12);
      expect(term(orthonormal, 0, gap)).toBeCloseTo(2 * mu1 * Math.cos(gap), 12);
      expect(Math.abs(term(independent, 0, gap) - term(independent, shift, shift + gap))).toBeGreaterThan(1e-3);
    },
  );
});
