import * as tf from '@tensorflow/tfjs';
import { mnistBatch } from '../../data/mnist.js';
import { gramF64 } from '../../linalg/gram.js';
import { initBackend } from '../../networks/backend.js';
import { lenet5 } from '../../networks/lenet5.js';
import { lenet5Features } from '../../networks/lenet5NtkGram.js';
import { createRng } from '../../random/rng.js';
import type { BenchCase } from '../benchCase.js';

/**
 * The two costs of a Figure 1 spectrum (bowman22.fig1.spectrum-power-law): the LeNet-5 per-example
 * gradient features of the class-0 logit (tfjs: one forward and one backward pass plus the im2col
 * products) and a float64 Gram of float32 features (JavaScript, n²·dim flops; dim = 2400 is LeNet-5's
 * conv₂ block, the largest).
 */
export const benches: BenchCase[] = [
  ...[400, 2000].map((n) => ({
    name: 'lenet5-features',
    params: { n, backend: 'default' },
    runs: 3,
    prepare: async () => {
      await initBackend();
      const net = lenet5({ seed: 1 });
      const x = tf.tensor2d(mnistBatch({ count: n, seed: 2, normalisation: 'standardize' }).images, [n, 784]);
      return {
        run: () => lenet5Features(net, x),
        dispose: () => {
          x.dispose();
          net.dispose();
        },
      };
    },
  })),
  ...[400, 2000].map((n) => ({
    name: 'float64-gram',
    params: { n, dim: 2400 },
    runs: 3,
    prepare: () => {
      const rng = createRng(n);
      const g = Float32Array.from({ length: n * 2400 }, () => rng.normal());
      return { run: () => gramF64(g, n, 2400) };
    },
  })),
];
