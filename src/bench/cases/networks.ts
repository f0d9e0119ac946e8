import { initBackend } from '../../networks/backend.js';
import { stepSizeFor } from '../../networks/effectiveStep.js';
import { trainingSet } from '../../networks/trainingSet.js';
import { type StepKernel, twoLayerNetwork } from '../../networks/twoLayerNetwork.js';
import { twoLayerNtkGram } from '../../networks/twoLayerNtkGram.js';
import { createRng } from '../../random/rng.js';
import { sampleSphere } from '../../sphere/sampleSphere.js';
import type { BenchCase } from '../benchCase.js';
import { numpyReference } from './numpyReference.js';

/** Cao et al. §4's paper scale: n = 1000 points on S⁹ (d + 1 = 10), m = 4096 hidden units. */
const PAPER = { n: 1000, m: 4096, d: 9 };

function setup({ n, m, d }: typeof PAPER, stepKernel?: StepKernel) {
  const rng = createRng(1);
  const data = trainingSet(sampleSphere(rng, n, d), d + 1, Array.from({ length: n }, () => 2 * rng.uniform() - 1));
  const theta = m ** -0.25;
  const net = twoLayerNetwork({ inputDim: d + 1, width: m, theta, seed: 2, stepKernel });
  return { data, net, eta: stepSizeFor(1, theta, m) };
}

/**
 * `gd-step`: one full-batch GD step of Algorithm 1 (forward, hand-derived backward, update of both
 * layers, residual read back), float32; `gd-step-tfjs` the same step in tfjs ops. `empirical-ntk`: the per-layer and full empirical NTK Gram
 * (two n·m·n products), read back. Both on the backend `initBackend` chooses (SPECTRAL_BACKEND wins).
 */

/** One GD step as a bench case, run by the given implementation (default: the network's own choice). */
const gdStep = (name: string, stepKernel?: StepKernel): BenchCase => ({
  name,
  params: PAPER,
  runs: 21,
  async prepare() {
    await initBackend();
    const { data, net, eta } = setup(PAPER, stepKernel);
    return {
      run: () => {
        const r = net.step(data, eta);
        r.dataSync();
        r.dispose();
      },
      dispose: () => {
        net.dispose();
        data.dispose();
      },
    };
  },
});

export const benches: BenchCase[] = [
  gdStep('gd-step'),
  // The tfjs-ops step, for the ratio to the WebAssembly one in the same run.
  gdStep('gd-step-tfjs', 'tfjs'),
  {
    name: 'empirical-ntk',
    params: PAPER,
    runs: 5,
    async prepare() {
      await initBackend();
      const { data, net } = setup(PAPER);
      return {
        run: () => {
          const gram = twoLayerNtkGram(net, data.x);
          gram.full.dataSync();
          gram.dispose();
        },
        dispose: () => {
          net.dispose();
          data.dispose();
        },
      };
    },
  },
  numpyReference(PAPER),
];
