import * as tf from '@tensorflow/tfjs';
import { requireFinite, requireInteger } from '../numerics/validate.js';
import { createRng } from '../random/rng.js';
import { gaussianTensor } from './gaussianTensor.js';
import { effectiveKernelStep } from './effectiveStep.js';
import { matMul } from './matMul.js';
import type { Model } from './model.js';
import type { NtkGram } from './ntkGram.js';
import { reluHidden } from './reluHidden.js';
import { requireInput } from './requireInput.js';
import type { TrainingSet } from './trainingSet.js';
import { twoLayerNtkGram } from './twoLayerNtkGram.js';

/**
 * The two-layer ReLU network of Cao et al. §2 and its training by Algorithm 1:
 *
 *   f_W(x) = √m · W₂ σ(W₁x),  σ = relu,  W₁ ∈ R^{m×(d+1)} ∼ N(0, 2/m),  W₂ ∈ R^{1×m} ∼ N(0, 1/m),
 *   ŷ = θ·f_W(x),   L_S(W) = (1/n) Σ_i (y_i − θ f_W(x_i))²,   W ← W − η ∇_W L_S(W)   (both layers).
 *
 * Gradient, derived by hand (checked against tf.grads in properties/networks). With H = XW₁ᵀ (n × m),
 * A = σ(H), M = σ'(H) = 1{H > 0}, f = √m·A W₂ᵀ and r = y − θf:
 *   ∂L/∂f = −(2θ/n)·r,
 *   ∂L/∂W₁ = −(2θ√m/n)·[(r W₂) ⊙ M]ᵀX = −(2θ√m/n)·diag(W₂)·Mᵀ(X ⊙ r)     (row r scaled by W₂r),
 *   ∂L/∂W₂ᵀ = −(2θ√m/n)·Aᵀr,  and since relu(h) = h·1{h > 0} with h_ir = ⟨W₁r, x_i⟩,
 *   (Aᵀr)_r = Σ_i M_ir ⟨W₁r, x_i⟩ r_i = ⟨W₁r, (Mᵀ(X ⊙ r))_r⟩:   both gradients come from P = Mᵀ(X ⊙ r).
 *
 * Cost (why it is laid out so): tfjs-wasm runs a product fast only untransposed and with its right
 * operand either small or reused (XNNPACK packs the right operand on every new tensor; packing a fresh
 * n × m operand costs more than the product, measured 136 ms for rᵀA at n = 1000, m = 4096). So a step
 * is: A = relu(X·W₁ᵀ) (fused product, right operand W₁ᵀ small), f = A·W₂ᵀ (matrix–vector),
 * Mᵀ = 1{W₁·Xᵀ > 0} (right operand Xᵀ reused every step), P = Mᵀ·(X ⊙ q) (right operand n × D), and
 * O(m·D) updates — three n·m·D products, one n·m matrix–vector product, one elementwise pass.
 * With q = (2ηθ√m/n)·r: W₁ ← W₁ + diag(W₂)·P, W₂r ← W₂r + ⟨W₁r, P_r⟩ (both from the old weights).
 */
export interface TwoLayerNetwork extends Model {
  readonly width: number;
  readonly theta: number;
  /** W₁, m × D (D = d + 1). */
  readonly first: tf.Tensor2D;
  /** W₂ᵀ, m × 1. */
  readonly second: tf.Tensor2D;
}

export interface TwoLayerOptions {
  /** D = d + 1, the input dimension. */
  readonly inputDim: number;
  /** m, the number of hidden units. */
  readonly width: number;
  /** θ, the output scale of §2. */
  readonly theta: number;
  /** Seed of the initial weights (the project's `createRng`). */
  readonly seed: number;
}

/** Initialise as Algorithm 1: W₁ entries N(0, 2/m), W₂ entries N(0, 1/m), both from `seed`. */
export function twoLayerNetwork(options: TwoLayerOptions): TwoLayerNetwork {
  const { inputDim, width, theta, seed } = options;
  requireInteger('inputDim', inputDim, 1);
  requireInteger('width', width, 1);
  requireFinite('theta', theta);
  requireInteger('seed', seed, -(2 ** 53), 2 ** 53);
  const rng = createRng(seed);
  const first = gaussianTensor(rng, width, inputDim, Math.sqrt(2 / width));
  const second = gaussianTensor(rng, width, 1, Math.sqrt(1 / width));
  return twoLayerFromWeights(first, second, theta);
}

/** The network with given weights W₁ (m × D) and W₂ᵀ (m × 1); it takes ownership of both tensors. */
export function twoLayerFromWeights(first: tf.Tensor2D, second: tf.Tensor2D, theta: number): TwoLayerNetwork {
  const [width, inputDim] = first.shape;
  if (second.rank !== 2 || second.shape[0] !== width || second.shape[1] !== 1) {
    throw new RangeError(`second must be a ${width} × 1 tensor, got shape [${second.shape.join(', ')}]`);
  }
  requireFinite('theta', theta);
  const sqrtM = Math.sqrt(width);
  const net = {
    inputDim,
    layerCount: 2,
    trainable: [0, 1],
    width,
    theta,
    first,
    second,
    kernelStep: (eta: number) => effectiveKernelStep(eta, theta),
    ntkGram: (x: tf.Tensor2D): NtkGram => twoLayerNtkGram(net, x),
    predict(x: tf.Tensor2D): tf.Tensor2D {
      requireInput('x', x, inputDim);
      return tf.tidy(() => tf.mul(matMul(reluHidden(x, net.first), net.second), theta * sqrtM));
    },
    step(data: TrainingSet, eta: number): tf.Tensor2D {
      requireInput('data.x', data.x, inputDim);
      requireFinite('eta', eta, 0);
      const [residual, nextFirst, nextSecond] = tf.tidy(() => {
        const r = tf.sub(data.y, tf.mul(matMul(reluHidden(data.x, net.first), net.second), theta * sqrtM)) as tf.Tensor2D;
        const q = tf.mul(r, (2 * eta * theta * sqrtM) / data.n);
        const maskT = tf.step(matMul(net.first, data.xT)) as tf.Tensor2D;
        const p = matMul(maskT, tf.mul(data.x, q) as tf.Tensor2D);
        const nextFirst = tf.add(net.first, tf.mul(p, net.second)) as tf.Tensor2D;
        const nextSecond = tf.add(net.second, tf.sum(tf.mul(net.first, p), 1, true)) as tf.Tensor2D;
        return [r, nextFirst, nextSecond];
      });
      net.first.dispose();
      net.second.dispose();
      net.first = nextFirst;
      net.second = nextSecond;
      return residual;
    },
    dispose() {
      net.first.dispose();
      net.second.dispose();
    },
  };
  return net;
}
