import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { sphereDimensionOfInput } from '../../layerwise/sphereDimensionOfInput.js';
import { createRng } from '../../random/rng.js';
import { gegenbauer } from '../../sphere/gegenbauer.js';
import { harmonicDimension } from '../../sphere/harmonicDimension.js';
import { orthonormalHarmonics } from '../../sphere/orthonormalHarmonics.js';
import { sampleSphere } from '../../sphere/sampleSphere.js';
import type { CaseResult } from '../checkForAll.js';
import { forAllClaim } from '../forAllClaim.js';

interface Case extends Record<string, number> {
  /** Input dimension (sphere S^{d−1}). */
  d: number;
  k: number;
  /** Number of poles x_l. */
  L: number;
  seed: number;
}

/**
 * §6.2, L281: Σ_l a_l P_k(⟨x_l, x⟩) = Σ_j b_j Y_{k,j}(x) with b_j = (1/N(d, k))Σ_l a_l Y_{k,j}(x_l), for an
 * explicit orthonormal basis Y_{k,j} of the degree-k harmonics (`orthonormalHarmonics`, orthonormal in the
 * uniform probability measure), poles x_l and the point x uniform on S^{d−1}, weights a_l ∈ [−1, 1].
 * Tolerance: the basis is G^{−1/2}f with λ_min(G) ≥ 1e−6, so it carries ≤ 1e6·N·ε relative error per
 * value; the sums add N·L terms: tol = 1e6·N²·L·ε·Σ|a_l|·√N (|Y| ≤ √N). Power reference: the same sum with
 * the harmonics normalised in another measure (c ≠ 1 multiplies the right side by c), decided when |left|
 * exceeds 10·tol. `normalisation` (default 1) multiplies the right side: harmonics orthonormal in a measure
 * of total mass 1/c (tests only).
 */
export function sec62Case({ d, k, L, seed }: Case, normalisation = 1): CaseResult {
  const s = sphereDimensionOfInput(d);
  const rng = createRng(seed);
  const basis = orthonormalHarmonics(rng, s, k);
  const N = Number(harmonicDimension(s, k));
  const poles = sampleSphere(rng, L, s);
  const x = sampleSphere(rng, 1, s);
  const a = Array.from({ length: L }, () => 2 * rng.uniform() - 1);
  let left = 0;
  const b = new Float64Array(N);
  for (let l = 0; l < L; l++) {
    const pole = poles.subarray(l * d, (l + 1) * d);
    let t = 0;
    for (let c = 0; c < d; c++) t += pole[c]! * x[c]!;
    left += a[l]! * gegenbauer(s, k, Math.max(-1, Math.min(1, t)));
    const y = basis.evaluate(pole);
    for (let j = 0; j < N; j++) b[j]! += (a[l]! * y[j]!) / N;
  }
  const yx = basis.evaluate(x);
  let right = 0;
  for (let j = 0; j < N; j++) right += b[j]! * yx[j]!;
  right *= normalisation;
  const sumA = a.reduce((acc, v) => acc + Math.abs(v), 0);
  const tol = 1e6 * N * N * L * Number.EPSILON * sumA * Math.sqrt(N);
  const gap = Math.abs(left - right);
  return { measured: right, bound: left, ok: gap <= tol, decided: gap > tol || Math.abs(left) > 10 * tol, margin: (tol - gap) / Math.max(Math.abs(left), tol), extra: { 'N(d, k)': N, tolerance: tol } };
}

export const sec62ZonalCombination = forAllClaim<Case>({
  id: 'dandi21.sec6.2.zonal-combination',
  paper: 'dandi21',
  printed: printed('dandi21', 'sec6.2.zonal'),
  reading: [
    { text: 'Repaired typo: the left side\'s P_k(⟨x′, x⟩) read as P_k(⟨x_l, x⟩), the pole of term l (the sentence before, L277, and the right side write x_l).', restsOn: 'L277, L281' },
    { text: 'Y_{k,j} orthonormal in the uniform probability measure on S^{d−1}, the normalisation under which Lemma 4 holds as printed (see the catalogue entry lemma4); an explicit basis (`orthonormalHarmonics`), random poles x_l and point x, weights a_l ∈ [−1, 1] (the paper sets a_l = 1, L = 4); input dimension d ∈ [2, 6], k ∈ [0, 4], L ∈ [1, 6].', restsOn: 'L234, L281–283' },
  ],
  glossary: { d: 'input dimension (sphere S^{d−1})', k: 'degree', L: 'number of poles x_l', seed: 'seed of the poles, the point and the weights', 'N(d, k)': 'dimension of the degree-k harmonics', tolerance: 'rounding bound of the explicit basis and the sums' },
  domain: 'input dimension d ∈ [2, 6], degree k ∈ [0, 4], L ∈ [1, 6] poles, weights uniform in [−1, 1]',
  rule: 'per case: |Σ_l a_lP_k(⟨x_l, x⟩) − Σ_j b_jY_{k,j}(x)| ≤ tolerance; refuted when a case exceeds it',
  tolerance: '1e6·N²·L·ε·Σ|a_l|·√N: the basis G^{−1/2}f loses ≤ 6 digits (λ_min(G) ≥ 1e−6), and N·L products of size ≤ √N',
  law: () => ({
    arbitrary: fc.record({ d: fc.integer({ min: 2, max: 6 }), k: fc.integer({ min: 0, max: 4 }), L: fc.integer({ min: 1, max: 6 }), seed: fc.integer({ min: 1, max: 1_000_000 }) }),
    evaluate: (c) => sec62Case(c),
    numRuns: { quick: 40, paper: 200 },
    measuredLabel: 'Σ_j b_jY_{k,j}(x)',
    boundLabel: 'Σ_l a_lP_k(⟨x_l, x⟩)',
    power: { reference: 'the right side with harmonics normalised in another measure (scaled by c ≠ 1)', marginLabel: '(tolerance − |gap|)/|left side|' },
  }),
});
