import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { largestEigenvalue } from '../../src/networks/largestEigenvalue.js';
import { createRng } from '../../src/random/rng.js';

describe('largestEigenvalue (power iteration, reporting only)', () => {
  test.prop([fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 30 })(
    'equals the top eigenvalue of Q·diag(λ)·Qᵀ with a gap (to 1e−6 relative)',
    (n, seed) => {
      const rng = createRng(seed);
      // Random orthogonal Q by Gram–Schmidt; spectrum 2, then ≤ 1 (gap ≥ 2: fast geometric convergence).
      const q: number[][] = [];
      while (q.length < n) {
        const v = Array.from({ length: n }, () => rng.normal());
        for (const u of q) {
          const dot = u.reduce((s, ui, i) => s + ui * v[i]!, 0);
          u.forEach((ui, i) => (v[i]! -= dot * ui));
        }
        const norm = Math.hypot(...v);
        if (norm > 1e-6) q.push(v.map((x) => x / norm));
      }
      const lambda = Array.from({ length: n }, (_, i) => (i === 0 ? 2 : rng.uniform()));
      const a = new Float64Array(n * n);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) for (let k = 0; k < n; k++) a[i * n + j]! += q[k]![i]! * lambda[k]! * q[k]![j]!;
      expect(Math.abs(largestEigenvalue(a, n) - 2)).toBeLessThanOrEqual(2e-6);
    },
  );

  it('names the argument on a bad shape', () => {
    expect(() => largestEigenvalue([1, 2, 3], 2)).toThrow(/matrix must have length/);
  });
});
