import * as tf from '@tensorflow/tfjs';
import type { Activation } from '../activations/activation.js';
import { activationByName } from '../activations/activationByName.js';
import { requireInteger } from '../numerics/validate.js';
import { createRng } from '../random/rng.js';
import { gaussianTensor } from './gaussianTensor.js';
import { requireInput } from './requireInput.js';

/**
 * A LeNet-5-style convolutional network on 28 × 28 grey images (Bowman & Montúfar, Figure 1 left:
 * "the NTK corresponding to the logit of class 0 for LeNet-5 on MNIST"), in the NTK parametrisation of
 * their §2.3 (weights i.i.d. N(0, 1), each layer divided by the square root of its fan-in, no biases):
 *
 *   h₁ = W₁ ∗ x / √25             5×5 conv, 1 → 6 channels, zero padding 2   (n, 28, 28, 6)
 *   a₁ = pool(σ(h₁))              2×2 average pooling, stride 2               (n, 14, 14, 6)
 *   h₂ = W₂ ∗ a₁ / √150           5×5 conv, 6 → 16 channels, no padding       (n, 10, 10, 16)
 *   a₂ = flatten(pool(σ(h₂)))                                                 (n, 400)
 *   h₃ = a₂W₃ / √400,  a₃ = σ(h₃)                                             (n, 120)
 *   h₄ = a₃W₄ / √120,  a₄ = σ(h₄)                                             (n, 84)
 *   f  = a₄W₅ / √84                                                           (n, 10) logits
 *
 * Reading of §2.3 for the convolutions: the paper writes (1/√m_{l−1}) W⁽ˡ⁾ ∗ α⁽ˡ⁻¹⁾ with the filter
 * size K "treated as constant"; we divide by the full fan-in √(K·m_{l−1}) (K = 25), which keeps every
 * pre-activation O(1) at initialisation and differs from the printed scaling by the constant 1/√K per
 * conv layer. Pooling is not among §2.3's layer types; average pooling (LeNet-5's original
 * "subsampling") is a fixed linear map and keeps the network smooth. Max pooling is deliberately not
 * offered: tfjs-backend-wasm 4.22's MaxPoolGrad drops part of the gradient (measured: on a random
 * [2, 4, 4, 3] input, 3 of 24 routed gradients are 0 on wasm, correct on cpu), and on MNIST's constant
 * background its gradient depends on how tied maxima are broken. The activation defaults to softplus, the smooth example of Assumption 3.1 (the paper's
 * appendix with its LeNet-5 details is not in our text). Parameters: 150 + 2400 + 48000 + 10080 + 840
 * = 61 470.
 *
 * Layout: conv filters [5, 5, C_in, C_out] (tfjs), dense weights [fan_in, fan_out], all float32.
 */
export interface LeNet5Options {
  readonly seed: number;
  readonly activation?: Activation | string;
}

export interface LeNet5 {
  readonly activation: Activation;
  /** W₁ … W₅ in the layout above. */
  readonly weights: readonly [tf.Tensor4D, tf.Tensor4D, tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
  /** The fan-in of each weighted layer: 25, 150, 400, 120, 84. */
  readonly fanIns: readonly number[];
  readonly parameterCount: number;
  /** The 10 logits on the rows of x (n × 784), n × 10; the caller disposes. */
  logits(x: tf.Tensor2D): tf.Tensor2D;
  dispose(): void;
}

export const LENET5_INPUT_DIM = 784;
export const LENET5_CLASSES = 10;
const SIDE = 28;
const KERNEL = 5;
const CHANNELS = [1, 6, 16] as const;
const DENSE = [400, 120, 84, 10] as const;
export const LENET5_FAN_INS: readonly number[] = [KERNEL * KERNEL * CHANNELS[0], KERNEL * KERNEL * CHANNELS[1], DENSE[0], DENSE[1], DENSE[2]];

/** Draw W₁ … W₅ i.i.d. N(0, 1) from `seed` (in that order, each row-major in its layout). */
export function lenet5(options: LeNet5Options): LeNet5 {
  requireInteger('seed', options.seed, -(2 ** 53), 2 ** 53);
  const activation = typeof options.activation === 'string' ? activationByName(options.activation) : (options.activation ?? activationByName('softplus'));
  const rng = createRng(options.seed);
  const conv = (cin: number, cout: number) => tf.tidy(() => tf.reshape(gaussianTensor(rng, KERNEL * KERNEL * cin, cout, 1), [KERNEL, KERNEL, cin, cout]) as tf.Tensor4D);
  const weights = [
    conv(CHANNELS[0], CHANNELS[1]),
    conv(CHANNELS[1], CHANNELS[2]),
    gaussianTensor(rng, DENSE[0], DENSE[1], 1),
    gaussianTensor(rng, DENSE[1], DENSE[2], 1),
    gaussianTensor(rng, DENSE[2], DENSE[3], 1),
  ] as const;
  const net: LeNet5 = {
    activation,
    weights,
    fanIns: LENET5_FAN_INS,
    parameterCount: weights.reduce((s, w) => s + w.size, 0),
    logits(x) {
      requireInput('x', x, LENET5_INPUT_DIM);
      return tf.tidy(() => lenet5Forward(net, x).logits);
    },
    dispose() {
      for (const w of weights) w.dispose();
    },
  };
  return net;
}

/** Zero tensors added to the pre-activations h₁ … h₅ so that tf.grads can differentiate with respect to them. */
export type PreActivationShifts = readonly [tf.Tensor4D, tf.Tensor4D, tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];

/** The intermediate values of one forward pass (inside the caller's tidy scope). */
export interface LeNet5Trace {
  /** The input of each weighted layer: x (n, 28, 28, 1), a₁, a₂, a₃, a₄. */
  readonly inputs: readonly [tf.Tensor4D, tf.Tensor4D, tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
  readonly logits: tf.Tensor2D;
}

/** The forward pass above; with `shifts`, h_ℓ + shift_ℓ replaces h_ℓ (shifts are zero in use). Call inside tf.tidy. */
export function lenet5Forward(net: LeNet5, x: tf.Tensor2D, shifts?: PreActivationShifts): LeNet5Trace {
  const [w1, w2, w3, w4, w5] = net.weights;
  const s = net.fanIns.map((k) => 1 / Math.sqrt(k));
  const shift = <T extends tf.Tensor>(h: T, l: number): T => (shifts ? (tf.add(h, shifts[l]!) as T) : h);
  const pool = (a: tf.Tensor4D): tf.Tensor4D => tf.avgPool(a, 2, 2, 'valid');
  const act = <T extends tf.Tensor>(h: T): T => net.activation.tensor(h) as T;
  const x4 = tf.reshape(x, [x.shape[0], SIDE, SIDE, 1]) as tf.Tensor4D;
  const h1 = shift(tf.mul(tf.conv2d(x4, w1, 1, 'same'), s[0]!) as tf.Tensor4D, 0);
  const a1 = pool(act(h1));
  const h2 = shift(tf.mul(tf.conv2d(a1, w2, 1, 'valid'), s[1]!) as tf.Tensor4D, 1);
  const a2 = tf.reshape(pool(act(h2)), [x.shape[0], DENSE[0]]) as tf.Tensor2D;
  const h3 = shift(tf.mul(tf.matMul(a2, w3), s[2]!) as tf.Tensor2D, 2);
  const a3 = act(h3);
  const h4 = shift(tf.mul(tf.matMul(a3, w4), s[3]!) as tf.Tensor2D, 3);
  const a4 = act(h4);
  const logits = shift(tf.mul(tf.matMul(a4, w5), s[4]!) as tf.Tensor2D, 4);
  return { inputs: [x4, a1, a2, a3, a4], logits };
}

/** The shapes of h₁ … h₅ for a batch of n. */
export function preActivationShapes(n: number): [number[], number[], number[], number[], number[]] {
  return [[n, SIDE, SIDE, CHANNELS[1]], [n, 10, 10, CHANNELS[2]], [n, DENSE[1]], [n, DENSE[2]], [n, DENSE[3]]];
}
