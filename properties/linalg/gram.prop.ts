import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { gramF32, gramF64 } from '../../src/linalg/gram.js';
import { createRng } from '../../src/random/rng.js';

/** Unit roundoffs of float32 and float64. */
const UNIT_ROUNDOFF_F32 = 2 ** -24;
const UNIT_ROUNDOFF_F64 = 2 ** -53;
const gammaOf = (p: number, u: number) => (p * u) / (1 - p * u);
/** The rounding allowance of one entry: γ_p·(|A||A|ᵀ)_ij for the sums plus `roundings` units u of the entry. */
const allowance = (gamma: number, absolute: number, exact: number, u: number, roundings: number) => gamma * absolute + roundings * u * Math.abs(exact);

/**
 * The independent reference: the Gram of float32 rows by the plain triple loop with every product exact
 * (two float32 values multiply exactly in float64) and the sums compensated (Neumaier's TwoSum
 * correction), so `gram` is the exact Gram to ~2u₆₄ relative — a different algorithm and summation from
 * the blocked SIMD kernels; `absolute` is |A||A|ᵀ, the scale of the rounding bounds.
 */
function exactGram(a: Float32Array, n: number, p: number): { gram: Float64Array; absolute: Float64Array } {
  const gram = new Float64Array(n * n);
  const absolute = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      let c = 0;
      let t = 0;
      for (let l = 0; l < p; l++) {
        const x = a[i * p + l]! * a[j * p + l]!;
        const next = s + x;
        c += Math.abs(s) >= Math.abs(x) ? s - next + x : x - next + s;
        s = next;
        t += Math.abs(x);
      }
      gram[i * n + j] = s + c;
      absolute[i * n + j] = t;
    }
  }
  return { gram, absolute };
}

const rowsOf = (n: number, p: number, seed: number) => {
  const rng = createRng(seed);
  return Float32Array.from({ length: n * p }, () => rng.normal());
};

describe('gramF32: A·Aᵀ in float32 WebAssembly SIMD on two threads', () => {
  // Any float32 summation of p products obeys |fl − exact| ≤ γ_p·(|A||A|ᵀ)_ij, γ_p = p·u/(1 − p·u)
  // (Higham, Accuracy and Stability, §3.1), u = 2⁻²⁴, plus one rounding of the stored float32 result.
  // Sizes cross every blocking edge: p past the 1024-deep panel and not a multiple of 4, n past the
  // 32-column blocks and not a multiple of the 4 × 3 register block.
  test.prop([fc.integer({ min: 1, max: 140 }), fc.integer({ min: 1, max: 1300 }), fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 12 })(
    'equals the exact Gram within γ_p·|A||A|ᵀ and is exactly symmetric',
    (n, p, seed) => {
      const a = rowsOf(n, p, seed);
      const g = gramF32(a, n, p);
      const { gram, absolute } = exactGram(a, n, p);
      const gamma = gammaOf(p, UNIT_ROUNDOFF_F32);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          expect(g[i * n + j]).toBe(g[j * n + i]);
          expect(Math.abs(g[i * n + j]! - gram[i * n + j]!), `(${i}, ${j}) n = ${n} p = ${p} seed = ${seed}`).toBeLessThanOrEqual(allowance(gamma, absolute[i * n + j]!, gram[i * n + j]!, UNIT_ROUNDOFF_F32, 1));
        }
      }
    },
  );

  it('can fail: a Gram off by one row (a planted error of one product term) violates the bound', () => {
    const [n, p] = [70, 1030];
    const a = rowsOf(n, p, 7);
    const g = gramF32(a, n, p);
    const { gram, absolute } = exactGram(a, n, p);
    const gamma = gammaOf(p, UNIT_ROUNDOFF_F32);
    // Dropping the last term of entry (65, 3) — the kind of error an off-by-one in the remainder loop makes.
    const dropped = g[65 * n + 3]! - a[65 * p + p - 1]! * a[3 * p + p - 1]!;
    expect(Math.abs(dropped - gram[65 * n + 3]!)).toBeGreaterThan(allowance(gamma, absolute[65 * n + 3]!, gram[65 * n + 3]!, UNIT_ROUNDOFF_F32, 1));
  });

  it('answers bad sizes with one line naming them, and empty inputs with an empty or zero Gram', () => {
    expect(() => gramF32(new Float32Array(5), 2, 3)).toThrow('gramF32: a must hold n·p values (n = 2, p = 3); got 5');
    expect(gramF32(new Float32Array(0), 0, 4)).toHaveLength(0);
    expect([...gramF32(new Float32Array(0), 2, 0)]).toEqual([0, 0, 0, 0]);
  });
});

describe('gramF64: scale·A·Aᵀ in float64 WebAssembly SIMD on two threads', () => {
  // Products of float32 values are exact in float64, so the only errors are the float64 sums,
  // |fl − exact| ≤ γ_p·(|A||A|ᵀ)_ij with u = 2⁻⁵³, and the one rounding of the scaling (≤ u·|scale·G|);
  // the compensated reference is exact to ~2u relative (added to the allowance). Sizes cross the
  // 512-deep panel of doubles and the 4 × 2 register block.
  test.prop([fc.integer({ min: 1, max: 90 }), fc.integer({ min: 1, max: 1200 }), fc.constantFrom(1, 0.25, 1 / 784, 3), fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 12 })(
    'equals the exact scaled Gram within γ_p·|scale|·|A||A|ᵀ and is exactly symmetric',
    (n, p, scale, seed) => {
      const a = rowsOf(n, p, seed);
      const g = gramF64(a, n, p, scale);
      const { gram, absolute } = exactGram(a, n, p);
      const gamma = gammaOf(p, UNIT_ROUNDOFF_F64);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          const exact = scale * gram[i * n + j]!;
          expect(g[i * n + j]).toBe(g[j * n + i]);
          expect(Math.abs(g[i * n + j]! - exact), `(${i}, ${j}) n = ${n} p = ${p} scale = ${scale} seed = ${seed}`).toBeLessThanOrEqual(
            allowance(gamma, Math.abs(scale) * absolute[i * n + j]!, exact, UNIT_ROUNDOFF_F64, 3),
          );
        }
      }
    },
  );

  it('can fail: the Gram accumulated in float32 (what gramF64 exists to avoid) violates the float64 bound', () => {
    const [n, p] = [40, 2400];
    const a = rowsOf(n, p, 11);
    const single = gramF32(a, n, p);
    const { gram, absolute } = exactGram(a, n, p);
    const gamma = gammaOf(p, UNIT_ROUNDOFF_F64);
    const within = (g: ArrayLike<number>) => Array.from(g, (v, k) => Math.abs(v - gram[k]!) <= allowance(gamma, absolute[k]!, gram[k]!, UNIT_ROUNDOFF_F64, 3));
    expect(within(single).filter((ok) => !ok).length).toBeGreaterThan(n * n * 0.9);
    expect(within(gramF64(a, n, p)).every(Boolean)).toBe(true);
  });

  it('takes float64 rows as they are, and answers bad sizes or a non-finite scale with one line', () => {
    const a = Float64Array.from({ length: 6 }, (_, k) => 1 + k * 2 ** -40);
    const g = gramF64(a, 2, 3);
    expect(g[1]).toBe(g[2]);
    // Rounded to float32 the rows would all be 1 and the entry 3; kept in float64 it is 3 + 6·2⁻⁴⁰ (+ 2⁻⁸⁰·5).
    expect(Math.abs(g[0]! - (3 + 6 * 2 ** -40))).toBeLessThanOrEqual(4 * UNIT_ROUNDOFF_F64 * 3);
    expect(() => gramF64(new Float32Array(5), 2, 3)).toThrow('gramF64: a must hold n·p values (n = 2, p = 3); got 5');
    expect(() => gramF64(new Float32Array(6), 2, 3, Number.NaN)).toThrow('gramF64: scale must be finite, got NaN');
    expect([...gramF64(new Float32Array(0), 2, 0)]).toEqual([0, 0, 0, 0]);
  });
});
