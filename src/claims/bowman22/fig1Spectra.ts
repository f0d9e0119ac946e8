import * as tf from '@tensorflow/tfjs';
import { activationByName } from '../../activations/activationByName.js';
import { mnistBatch, MNIST_PIXELS, type MnistNormalisation } from '../../data/mnist.js';
import { initBackend } from '../../networks/backend.js';
import { fullyConnectedNetwork } from '../../networks/fullyConnectedNetwork.js';
import { lenet5 } from '../../networks/lenet5.js';
import { lenet5NtkGram } from '../../networks/lenet5NtkGram.js';
import { createRng } from '../../random/rng.js';
import { spectrumOfFeatureGram } from '../../spectra/gramSpectrum.js';
import type { Scale } from '../claim.js';
import { fullyConnectedFeatureGram } from './fullyConnectedFeatureGram.js';
import { shallowLimitGram } from './shallowLimitGram.js';

/**
 * The NTK Gram spectra of Bowman & Montúfar's Figure 1 ("the NTK spectrum … using 10 random parameter
 * initializations and data batches … on a batch of size 2000 … the first 1000 eigenvalues"; left:
 * "the logit of class 0 for LeNet-5 on MNIST"; right: "a shallow fully-connected softplus network with
 * 4000 hidden units on CIFAR10"). CIFAR10 is not available offline, so the softplus network runs on
 * MNIST too. Both networks in the NTK parametrisation of §2.3 (`fullyConnectedNetwork`, `lenet5`:
 * softplus, average pooling); inputs standardised ((x − 0.1307)/0.3081, our reading: the appendix with
 * the setup is not in our text). Every Gram is accumulated in float64 from float32 gradient features,
 * so the spectrum is reliable many decades below λ₁ (`spectrumOfFeatureGram`).
 *
 * Two reference spectra (reported, not part of the verdict): the same shallow network with relu, the
 * activation for which the paper cites a power law (Velikanov & Yarotsky 2021); and the analytic
 * infinite-width softplus kernel K^∞ (`shallowLimitGram`) on MNIST scaled to the sphere ‖x‖² = D — an
 * independent route (no network, no float32) to the shape of the softplus tail.
 */
export const FIG1_SIZES: Readonly<Record<Scale, { readonly n: number; readonly width: number; readonly inits: number }>> = {
  quick: { n: 400, width: 1000, inits: 3 },
  paper: { n: 2000, width: 4000, inits: 10 },
};
/** The paper plots the first 1000 eigenvalues of a 2000-point Gram. */
export const FIG1_TOP = 1000;
export const FIG1_NORMALISATION: MnistNormalisation = 'standardize';

export type Fig1Network = 'fc-softplus' | 'lenet5-class0' | 'fc-relu (reference)' | 'K∞ softplus, sphere (reference)';
export const VERDICT_NETWORKS: readonly Fig1Network[] = ['fc-softplus', 'lenet5-class0'];

export interface Fig1Spectrum {
  readonly network: Fig1Network;
  readonly init: number;
  readonly n: number;
  /** The largest min(n, 1000) eigenvalues of the Gram, descending. */
  readonly values: Float64Array;
  /** The smallest eigenvalue with worst-case relative error ≤ 10 % (see `gramSpectrum`; for the analytic float64 Gram, 10× its rounding level n·2⁻⁵³·λ₁). */
  readonly reliableAbove: number;
  readonly ms: number;
}

/** All spectra of the claim at a scale: `inits` per verdict network, one per reference. */
export async function measureFig1Spectra(scale: Scale, seed: number): Promise<Fig1Spectrum[]> {
  await initBackend();
  const { n, width, inits } = FIG1_SIZES[scale];
  const top = Math.min(n, FIG1_TOP);
  const rng = createRng(seed);
  const out: Fig1Spectrum[] = [];
  const run = (network: Fig1Network, init: number, normalisation: MnistNormalisation, gram: (images: Float32Array) => Float64Array, exact = false) => {
    const start = performance.now();
    const batch = mnistBatch({ count: n, seed: rng.int(2 ** 31), normalisation });
    const spectrum = spectrumOfFeatureGram(gram(batch.images), n, top);
    out.push({ network, init, n, values: spectrum.values, reliableAbove: exact ? 10 * n * 2 ** -53 * spectrum.values[0]! : spectrum.reliableAbove, ms: performance.now() - start });
  };
  const withInput = (images: Float32Array, f: (x: tf.Tensor2D) => Float64Array) => {
    const x = tf.tensor2d(images, [n, MNIST_PIXELS]);
    try {
      return f(x);
    } finally {
      x.dispose();
    }
  };
  const fc = (activation: string) => (images: Float32Array) =>
    withInput(images, (x) => {
      const net = fullyConnectedNetwork({ inputDim: MNIST_PIXELS, widths: [width], activation, seed: rng.int(2 ** 31) });
      try {
        return fullyConnectedFeatureGram(net, x);
      } finally {
        net.dispose();
      }
    });
  const lenet = (images: Float32Array) =>
    withInput(images, (x) => {
      const net = lenet5({ seed: rng.int(2 ** 31) });
      try {
        return lenet5NtkGram(net, x, { output: 0 }).full;
      } finally {
        net.dispose();
      }
    });
  for (let k = 0; k < inits; k++) run('fc-softplus', k, FIG1_NORMALISATION, fc('softplus'));
  for (let k = 0; k < inits; k++) run('lenet5-class0', k, FIG1_NORMALISATION, lenet);
  run('fc-relu (reference)', 0, FIG1_NORMALISATION, fc('relu'));
  // The analytic Gram is float64 throughout (Hermite series, ~1e−15 relative): its floor is rounding only.
  run('K∞ softplus, sphere (reference)', 0, 'sphere', (images) => shallowLimitGram(images, n, MNIST_PIXELS, activationByName('softplus')), true);
  return out;
}
