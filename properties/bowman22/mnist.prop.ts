import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { MNIST_MEAN, MNIST_PIXELS, MNIST_POOL_SIZE, MNIST_STD, mnistBatch, mnistPool } from '../../src/data/mnist.js';

/** Class counts of the `mnist` package's 10 000 digits (src/digits/<d>.json). */
const CLASS_COUNTS = [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978];

describe('MNIST digits from the mnist package (offline)', () => {
  it('the pool holds 10 000 real 28 × 28 digits in [0, 1], grouped by class, none blank', () => {
    const { pixels, labels } = mnistPool();
    expect(pixels.length).toBe(MNIST_POOL_SIZE * MNIST_PIXELS);
    const counts = new Array(10).fill(0);
    for (const l of labels) counts[l]++;
    expect(counts).toEqual(CLASS_COUNTS);
    let lo = Infinity;
    let hi = -Infinity;
    let sum = 0;
    for (const v of pixels) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
      sum += v;
    }
    expect([lo, hi]).toEqual([0, 1]);
    // The usual MNIST mean intensity is 0.1307 (training set); this subset must be close to it.
    expect(Math.abs(sum / pixels.length - MNIST_MEAN)).toBeLessThan(0.01);
    let blank = 0;
    for (let i = 0; i < MNIST_POOL_SIZE; i++) {
      let ink = 0;
      for (let p = 0; p < MNIST_PIXELS; p++) ink += pixels[i * MNIST_PIXELS + p]!;
      if (!(ink > 10)) blank++;
    }
    expect(blank).toBe(0);
  });

  test.prop([fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 10 })(
    'a batch has the requested count of distinct images, values in [0, 1], labels 0–9, and is a function of its seed',
    (count, seed) => {
      const a = mnistBatch({ count, seed });
      expect(a.images.length).toBe(count * MNIST_PIXELS);
      expect(a.labels.length).toBe(count);
      expect(new Set(a.indices).size).toBe(count);
      const { pixels, labels } = mnistPool();
      let mismatches = 0;
      a.indices.forEach((src, i) => {
        if (a.labels[i] !== labels[src] || a.labels[i]! > 9) mismatches++;
        for (let p = 0; p < MNIST_PIXELS; p++) if (a.images[i * MNIST_PIXELS + p] !== pixels[src * MNIST_PIXELS + p]) mismatches++;
      });
      expect(mismatches).toBe(0);
      expect(a.images.every((v) => v >= 0 && v <= 1)).toBe(true);
      const b = mnistBatch({ count, seed });
      // Bytewise equality (vitest's deep equality walks typed arrays element by element: slow).
      expect(Buffer.compare(Buffer.from(b.indices.buffer), Buffer.from(a.indices.buffer))).toBe(0);
      expect(Buffer.compare(Buffer.from(b.images.buffer), Buffer.from(a.images.buffer))).toBe(0);
    },
  );

  it('different seeds draw different batches, and large batches cover every class', () => {
    const a = mnistBatch({ count: 500, seed: 1 });
    const b = mnistBatch({ count: 500, seed: 2 });
    const shared = a.indices.filter((i) => b.indices.includes(i)).length;
    // Two uniform 500-subsets of 10 000 share 25 images on average (hypergeometric, sd ≈ 4.8).
    expect(shared).toBeLessThan(60);
    expect(new Set(a.labels).size).toBe(10);
  });

  test.prop([fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 10 })(
    "'standardize' is (x − 0.1307)/0.3081 and 'sphere' scales every image to ‖x‖² = 784 (float32 rounding)",
    (count, seed) => {
      const raw = mnistBatch({ count, seed });
      const std = mnistBatch({ count, seed, normalisation: 'standardize' });
      const sph = mnistBatch({ count, seed, normalisation: 'sphere' });
      expect(Buffer.compare(Buffer.from(std.indices.buffer), Buffer.from(raw.indices.buffer))).toBe(0);
      let worst = 0;
      for (let p = 0; p < raw.images.length; p++) {
        const want = (raw.images[p]! - MNIST_MEAN) / MNIST_STD;
        // One float32 rounding of the float64 value: ≤ 2⁻²⁴ relative (2⁻²³ allowed).
        worst = Math.max(worst, Math.abs(std.images[p]! - want) / (2 ** -23 * Math.abs(want) + 1e-7));
      }
      expect(worst).toBeLessThanOrEqual(1);
      for (let i = 0; i < count; i++) {
        let sq = 0;
        let dot = 0;
        let rawSq = 0;
        for (let p = 0; p < MNIST_PIXELS; p++) {
          const v = sph.images[i * MNIST_PIXELS + p]!;
          const r = raw.images[i * MNIST_PIXELS + p]!;
          sq += v * v;
          dot += v * r;
          rawSq += r * r;
        }
        // Each stored entry is rounded to float32 (relative 2⁻²⁴), so ‖x‖² is within 2·2⁻²⁴ relative.
        expect(Math.abs(sq / MNIST_PIXELS - 1)).toBeLessThanOrEqual(2 ** -22);
        // Same direction as the raw image: cos = 1 to float32 rounding.
        expect(1 - dot / Math.sqrt(sq * rawSq)).toBeLessThanOrEqual(2 ** -21);
      }
    },
  );

  it('rejects a bad count, seed or normalisation with a message naming it', () => {
    expect(() => mnistBatch({ count: 0, seed: 1 })).toThrow(/count/);
    expect(() => mnistBatch({ count: 10_001, seed: 1 })).toThrow(/count/);
    expect(() => mnistBatch({ count: 5, seed: 0.5 })).toThrow(/seed/);
    expect(() => mnistBatch({ count: 5, seed: 1, normalisation: 'zscore' as never })).toThrow(/normalisation/);
  });
});
