import * as tf from '@tensorflow/tfjs';
import { backward, forward, layerGrams } from './fullyConnected.js';
import type { FullyConnectedNetwork } from './fullyConnectedNetwork.js';

/**
 * The reference route to the empirical NTK of a fully connected network: per-example Jacobians by
 * tfjs autodiff (n separate tf.grads calls — slow, for small n only), independent of the batch
 * (A Aᵀ/m) ⊙ (ΔΔᵀ) formula of `ntkGram`, and an entrywise magnitude bound for their rounding.
 */

/** f as a function of all weight tensors of all copies (layers of copy c at c·L + ℓ). */
export function outputOf(net: FullyConnectedNetwork, x: tf.Tensor2D, weights: tf.Tensor[]): tf.Tensor {
  const perCopy = net.layerCount;
  let out: tf.Tensor = tf.zeros([x.shape[0], 1]);
  net.signs.forEach((sign, c) => {
    let a: tf.Tensor = x;
    for (let l = 0; l < perCopy; l++) {
      const w = weights[c * perCopy + l]!;
      const h = tf.mul(tf.matMul(a, w), 1 / Math.sqrt(w.shape[0]!));
      a = l === perCopy - 1 ? h : net.activation.tensor(h);
    }
    out = tf.add(out, tf.mul(a, sign));
  });
  return out;
}

/** Per-example gradients of f w.r.t. every weight tensor, flattened: jac[i][c·L + ℓ][entry]. */
export function perExampleJacobians(net: FullyConnectedNetwork, x: tf.Tensor2D): number[][][] {
  const weights = net.copies.flatMap((c) => [...c.weights]);
  return tf.tidy(() =>
    Array.from({ length: x.shape[0] }, (_, i) => {
      const xi = tf.slice(x, [i, 0], [1, x.shape[1]]) as tf.Tensor2D;
      return tf.grads((...w: tf.Tensor[]) => tf.sum(outputOf(net, xi, w)))(weights).map((g) => Array.from(g.dataSync()));
    }),
  );
}

/**
 * Entrywise magnitude bound for the per-layer Grams: the same forward pass, but the backward pass with
 * |W| and |σ'(H)| (no cancellation), so (|A||A|ᵀ/m) ⊙ (|Δ||Δ|ᵀ) bounds the sums whose rounding the
 * batch and the autodiff Grams incur (Higham's γ·Σ|terms| for every dot product along the chain).
 */
export function magnitudeGrams(net: FullyConnectedNetwork, x: tf.Tensor2D): number[][][] {
  return tf.tidy(() => {
    const sums: tf.Tensor2D[] = [];
    net.copies.forEach((copy, c) => {
      const trace = forward(copy, x);
      const absCopy = {
        ...copy,
        weights: copy.weights.map((w) => tf.abs(w) as tf.Tensor2D),
        activation: { ...copy.activation, tensorPrime: (h: tf.Tensor) => tf.abs(copy.activation.tensorPrime(h)) },
      };
      const absTrace = { ...trace, inputs: trace.inputs.map((a) => tf.abs(a) as tf.Tensor2D) };
      const grams = layerGrams(absCopy, absTrace, backward(absCopy, trace, tf.ones([x.shape[0], 1])));
      grams.forEach((k, l) => {
        const scaled = tf.mul(k, net.signs[c]! ** 2) as tf.Tensor2D;
        sums[l] = sums[l] ? (tf.add(sums[l]!, scaled) as tf.Tensor2D) : scaled;
      });
      trace.dispose();
    });
    return sums.map((k) => k.arraySync());
  });
}

/** γ_k = k·u/(1 − k·u) for float32 (u = 2⁻²⁴): Higham's bound for a length-k dot product. */
export function float32Gamma(k: number): number {
  const u = 2 ** -24;
  return (k * u) / (1 - k * u);
}
