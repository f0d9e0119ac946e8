import { fullyConnectedNetwork, type FullyConnectedNetwork } from '../../networks/fullyConnectedNetwork.js';

/**
 * The network of Dandi & Jacot §6 and appendices 12–14: fully connected, four layers = four weight
 * matrices (layers 0..3 as in §2), i.e. three hidden layers of equal width, no biases, weights N(0, 1)
 * (src/networks' NTK parametrisation; fed √D·x it leaves the input layer unscaled, as §5.4).
 */
export const SEC6_DEPTH = 4;

/** The network with hidden width `width`, every layer trained, or only weight matrix `trainable` (§5.7). */
export function network(activation: 'relu' | 'tanh', inputDim: number, width: number, seed: number, trainable?: number): FullyConnectedNetwork {
  return fullyConnectedNetwork({ inputDim, widths: Array(SEC6_DEPTH - 1).fill(width), activation, seed, ...(trainable === undefined ? {} : { trainable }) });
}
