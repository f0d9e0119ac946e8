import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { gramF32 } from '../../src/linalg/gramF32.js';
import { createRng } from '../../src/random/rng.js';

/** Single-precision unit roundoff 2⁻²⁴. */
const UNIT_ROUNDOFF_F32 = 2 ** -24;

/** The Gram of the float32 rows in float64 by the plain triple loop (the independent reference). */
function gramFloat64(a: Float32Array, n: number, p: number): { gram: Float64Array; absolute: Float64Array } {
  const gram = new Float64Array(n * n);
  const absolute = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      let t = 0;
      for (let l = 0; l < p; l++) {
        s += a[i * p + l]! * a[j * p + l]!;
        t += Math.abs(a[i * p + l]! * a[j * p + l]!);
      }
      gram[i * n + j] = s;
      absolute[i * n + j] = t;
    }
  }
  return { gram, absolute };
}

describe('gramF32: A·Aᵀ in float32 WebAssembly SIMD on two threads', () => {
  // Any float32 summation of p products obeys |fl − exact| ≤ γ_p·(|A||A|ᵀ)_ij, γ_p = p·u/(1 − p·u)
  // (Higham, Accuracy and Stability, §3.1), u = 2⁻²⁴; the float64 reference adds ≤ γ_p in double (~1e−13
  // relative, negligible). Sizes cross every blocking edge: p past the 1024-deep panel and not a multiple
  // of 4, n past the 64-column blocks and not a multiple of the 4 × 3 register block.
  test.prop([fc.integer({ min: 1, max: 140 }), fc.integer({ min: 1, max: 1300 }), fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 12 })(
    'equals the float64 triple loop within γ_p·|A||A|ᵀ and is exactly symmetric',
    (n, p, seed) => {
      const rng = createRng(seed);
      const a = Float32Array.from({ length: n * p }, () => rng.normal());
      const g = gramF32(a, n, p);
      const { gram, absolute } = gramFloat64(a, n, p);
      const gamma = (p * UNIT_ROUNDOFF_F32) / (1 - p * UNIT_ROUNDOFF_F32);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          expect(g[i * n + j]).toBe(g[j * n + i]);
          // The bound plus one rounding of the stored float32 result.
          expect(Math.abs(g[i * n + j]! - gram[i * n + j]!), `(${i}, ${j}) n = ${n} p = ${p} seed = ${seed}`).toBeLessThanOrEqual(gamma * absolute[i * n + j]! + UNIT_ROUNDOFF_F32 * Math.abs(gram[i * n + j]!));
        }
      }
    },
  );

  it('can fail: a Gram off by one row (a planted error of one product term) violates the bound', () => {
    const n = 70;
    const p = 1030;
    const rng = createRng(7);
    const a = Float32Array.from({ length: n * p }, () => rng.normal());
    const g = gramF32(a, n, p);
    const { gram, absolute } = gramFloat64(a, n, p);
    const gamma = (p * UNIT_ROUNDOFF_F32) / (1 - p * UNIT_ROUNDOFF_F32);
    // Dropping the last term of entry (65, 3) — the kind of error an off-by-one in the remainder loop makes.
    const dropped = g[65 * n + 3]! - a[65 * p + p - 1]! * a[3 * p + p - 1]!;
    expect(Math.abs(dropped - gram[65 * n + 3]!)).toBeGreaterThan(gamma * absolute[65 * n + 3]! + UNIT_ROUNDOFF_F32 * Math.abs(gram[65 * n + 3]!));
  });

  it('answers bad sizes with one line naming them, and empty inputs with an empty or zero Gram', () => {
    expect(() => gramF32(new Float32Array(5), 2, 3)).toThrow('gramF32: a must hold n·p values (n = 2, p = 3); got 5');
    expect(gramF32(new Float32Array(0), 0, 4)).toHaveLength(0);
    expect([...gramF32(new Float32Array(0), 2, 0)]).toEqual([0, 0, 0, 0]);
  });
});
