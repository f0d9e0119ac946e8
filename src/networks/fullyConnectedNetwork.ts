import * as tf from '@tensorflow/tfjs';
import type { Activation } from '../activations/activation.js';
import { activationByName } from '../activations/activationByName.js';
import { requireFinite } from '../numerics/validate.js';
import { backward, forward, initialWeights, layerGrams, weightGradients, type FullyConnectedWeights } from './fullyConnected.js';
import type { Model } from './model.js';
import { ntkGramFromLayers, type NtkGram } from './ntkGram.js';
import { requireInput } from './requireInput.js';
import type { TrainingSet } from './trainingSet.js';

/**
 * A deep fully connected network in the NTK parametrisation (see `fullyConnected`), trained by full-batch
 * gradient descent on L(θ) = (1/(2n))Σ_i (f(x_i) − y_i)², all layers or one chosen weight matrix.
 *
 * Kernel dynamics: ΔW = (η/n)Σ_i r_i ∇f(x_i) moves f(x_j) by (η/n)Σ_i K_ji r_i, so r ← r − η·(K/n)·r
 * (`kernelStep(η) = η`, Bowman & Montúfar §2.2's ∂_t r = −T_n r in discrete time), where K is the Gram
 * of the trained weights only (Σ of `ntkGram(x).perLayer[ℓ]` over `trainable`).
 *
 * The model is a signed sum of copies f = Σ_c s_c f(x; θ_c): one copy with s = 1 here, two in the
 * antisymmetric initialisation (`antisymmetricNetwork`). Its per-layer Gram is Σ_c s_c² K_ℓ(θ_c).
 */
export interface FullyConnectedNetwork extends Model {
  readonly widths: readonly number[];
  readonly activation: Activation;
  /** Indices ℓ (0 = input layer, L = output vector v) of the weight matrices that the step updates. */
  readonly trainable: readonly number[];
  /** The copies θ_c (one, or two for the antisymmetric initialisation) with their signs s_c. */
  readonly copies: readonly FullyConnectedWeights[];
  readonly signs: readonly number[];
}

export interface FullyConnectedOptions {
  readonly inputDim: number;
  /** Hidden widths m_1, …, m_L (depth L ≥ 1 hidden layers; L + 1 weight matrices). */
  readonly widths: readonly number[];
  readonly activation: Activation | string;
  /** Seed of the N(0, 1) initial weights. */
  readonly seed: number;
  /** 'all' (default) or the index ℓ ∈ [0, L] of the one weight matrix to train. */
  readonly trainable?: 'all' | number;
}

export function fullyConnectedNetwork(options: FullyConnectedOptions): FullyConnectedNetwork {
  return signedCombination(options, [1]);
}

/**
 * The network f = Σ_c s_c f(x; θ_c) with every θ_c initialised from the same seed (identical copies).
 * Shared by `fullyConnectedNetwork` (s = [1]) and `antisymmetricNetwork` (s = [1/√2, −1/√2]).
 */
export function signedCombination(options: FullyConnectedOptions, signs: readonly number[]): FullyConnectedNetwork {
  const activation = typeof options.activation === 'string' ? activationByName(options.activation) : options.activation;
  const { inputDim, widths, seed } = options;
  const first = initialWeights(inputDim, widths, seed);
  const layerCount = first.length;
  const trainable = trainableLayers(options.trainable ?? 'all', layerCount);
  const trainSet = new Set(trainable);
  const copies = signs.map((_, c) => ({ inputDim, widths: [...widths], activation, weights: c === 0 ? first : first.map((w) => w.clone()) }));

  const evaluate = (x: tf.Tensor2D): tf.Tensor2D =>
    tf.tidy(() => copies.map((copy, c) => {
      const trace = forward(copy, x);
      const out = tf.mul(trace.output, signs[c]!);
      trace.dispose();
      return out;
    }).reduce((s, o) => tf.add(s, o)) as tf.Tensor2D);

  return {
    inputDim,
    layerCount,
    widths,
    activation,
    trainable,
    copies,
    signs,
    kernelStep: (eta) => {
      requireFinite('eta', eta, 0);
      return eta;
    },
    predict(x) {
      requireInput('x', x, inputDim);
      return evaluate(x);
    },
    ntkGram(x): NtkGram {
      requireInput('x', x, inputDim);
      const perLayer = tf.tidy(() => {
        const ones = tf.ones([x.shape[0], 1]) as tf.Tensor2D;
        const sums: tf.Tensor2D[] = [];
        copies.forEach((copy, c) => {
          const trace = forward(copy, x);
          const grams = layerGrams(copy, trace, backward(copy, trace, ones));
          trace.dispose();
          grams.forEach((k, l) => {
            const scaled = tf.mul(k, signs[c]! * signs[c]!) as tf.Tensor2D;
            sums[l] = sums[l] ? (tf.add(sums[l]!, scaled) as tf.Tensor2D) : scaled;
          });
        });
        return sums;
      });
      return ntkGramFromLayers(perLayer);
    },
    step(data: TrainingSet, eta: number) {
      requireInput('data.x', data.x, inputDim);
      requireFinite('eta', eta, 0);
      const traces = copies.map((copy) => forward(copy, data.x));
      const residual = tf.tidy(() => tf.sub(data.y, traces.map((t, c) => tf.mul(t.output, signs[c]!)).reduce((s, o) => tf.add(s, o))) as tf.Tensor2D);
      copies.forEach((copy, c) => {
        const next = tf.tidy(() => {
          const g = tf.mul(residual, signs[c]!) as tf.Tensor2D;
          const deltas = backward(copy, traces[c]!, g);
          const grads = weightGradients(copy, traces[c]!, deltas, trainSet);
          return copy.weights.map((w, l) => (grads[l] ? (tf.add(w, tf.mul(grads[l]!, eta / data.n)) as tf.Tensor2D) : w));
        });
        copy.weights.forEach((w, l) => {
          if (next[l] !== w) w.dispose();
        });
        copy.weights = next;
        traces[c]!.dispose();
      });
      return residual;
    },
    dispose() {
      for (const copy of copies) for (const w of copy.weights) w.dispose();
    },
  };
}

/** The trained weight-matrix indices: all of [0, count), or the one index given. */
function trainableLayers(choice: 'all' | number, count: number): number[] {
  if (choice === 'all') return Array.from({ length: count }, (_, l) => l);
  if (!Number.isInteger(choice) || choice < 0 || choice >= count) {
    throw new RangeError(`trainable must be 'all' or a layer index in [0, ${count - 1}], got ${String(choice)}`);
  }
  return [choice];
}
