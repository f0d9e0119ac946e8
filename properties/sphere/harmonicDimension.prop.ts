import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { harmonicDimension, harmonicDimensionDigits } from '../../src/sphere/harmonicDimension.js';

/** Binomial coefficient by Pascal's rule in BigInt (a different algorithm from the product formula). */
function binomial(n: number, r: number): bigint {
  if (r < 0 || r > n) return 0n;
  let row = [1n];
  for (let i = 1; i <= n; i++) {
    const next = [1n];
    for (let j = 1; j < i; j++) next.push(row[j - 1]! + row[j]!);
    next.push(1n);
    row = next;
  }
  return row[r]!;
}

describe('N(d, k): dimension of degree-k spherical harmonics on S^d', () => {
  // Harmonics of degree k = homogeneous polynomials of degree k in d+1 variables minus |x|²·(degree k−2): C(k+d, d) − C(k+d−2, d).
  test.prop([fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 40 })])('N(d,k) = C(k+d, d) − C(k+d−2, d)', (d, k) => {
    expect(harmonicDimension(d, k)).toBe(binomial(k + d, d) - binomial(k + d - 2, d));
  });

  test.prop([fc.integer({ min: 1, max: 500 })])('N(1, k) = 2 on the circle and N(2, k) = 2k + 1 on S²', (k) => {
    expect(harmonicDimension(1, k)).toBe(2n);
    expect(harmonicDimension(2, k)).toBe(BigInt(2 * k + 1));
  });

  test.prop([fc.integer({ min: 1, max: 10_000 })])('N(d, 0) = 1, N(d, 1) = d + 1, N(d, 2) = (d + 1)(d + 2)/2 − 1', (d) => {
    expect(harmonicDimension(d, 0)).toBe(1n);
    expect(harmonicDimension(d, 1)).toBe(BigInt(d + 1));
    expect(harmonicDimension(d, 2)).toBe(BigInt(((d + 1) * (d + 2)) / 2 - 1));
  });

  test.prop([fc.oneof(fc.constant(-1), fc.constant(0.5), fc.constant(NaN))])('bad arguments are rejected by name', (bad) => {
    expect(() => harmonicDimension(bad, 2)).toThrow(/^d must be/);
    expect(() => harmonicDimension(3, bad)).toThrow(/^k must be/);
  });

  test.prop([fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 60 })])(
    'the incremental decimal table (base-10⁷ limbs) equals N(d, k) in BigInt for every k ≤ K',
    (d, maxDegree) => {
      const digits = harmonicDimensionDigits(d, maxDegree);
      expect(digits).toHaveLength(maxDegree + 1);
      digits.forEach((s, k) => expect(s, `k = ${k}`).toBe(harmonicDimension(d, k).toString()));
    },
  );
});
