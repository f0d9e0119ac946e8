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
import { twoLayerWasmStep } from './twoLayerWasmStep.js';

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
  /** Which implementation runs the step (default: `wasm`, or `tfjs` on tfjs-node); see `twoLayerFromWeights`. */
  readonly stepKernel?: StepKernel;
}

/** The implementations of the training step: tfjs ops, or the WebAssembly kernels of `twoLayerWasmStep`. */
export type StepKernel = 'tfjs' | 'wasm';

/** Initialise as Algorithm 1: W₁ entries N(0, 2/m), W₂ entries N(0, 1/m), both from `seed`. */
export function twoLayerNetwork(options: TwoLayerOptions): TwoLayerNetwork {
  const { inputDim, width, theta, seed, stepKernel } = options;
  requireInteger('inputDim', inputDim, 1);
  requireInteger('width', width, 1);
  requireFinite('theta', theta);
  requireInteger('seed', seed, -(2 ** 53), 2 ** 53);
  const rng = createRng(seed);
  const first = gaussianTensor(rng, width, inputDim, Math.sqrt(2 / width));
  const second = gaussianTensor(rng, width, 1, Math.sqrt(1 / width));
  return twoLayerFromWeights(first, second, theta, stepKernel);
}

/**
 * The network with given weights W₁ (m × D) and W₂ᵀ (m × 1); it takes ownership of both tensors.
 * With `stepKernel` 'wasm' (the default but on tfjs-node, whose native products are faster) the step runs
 * in `twoLayerWasmStep` (the same step with the activations never stored, ≈ 2× the tfjs step at paper
 * size, BENCHMARKS.md) and `first`/`second` are tensors made from its weights when read (valid until
 * the next step); with 'tfjs', the tfjs step below.
 */
export function twoLayerFromWeights(first: tf.Tensor2D, second: tf.Tensor2D, theta: number, stepKernel: StepKernel = tf.getBackend() === 'tensorflow' ? 'tfjs' : 'wasm'): TwoLayerNetwork {
  const [width, inputDim] = first.shape;
  if (second.rank !== 2 || second.shape[0] !== width || second.shape[1] !== 1) {
    throw new RangeError(`second must be a ${width} × 1 tensor, got shape [${second.shape.join(', ')}]`);
  }
  requireFinite('theta', theta);
  const sqrtM = Math.sqrt(width);
  const wasm = stepKernel === 'wasm' ? twoLayerWasmStep(first.dataSync(), second.dataSync(), width, inputDim) : undefined;
  // The weights as tensors: owned here, made from the wasm weights when read after a step (kept out of
  // any enclosing tf.tidy, which would otherwise dispose them at its end).
  let weights: [tf.Tensor2D, tf.Tensor2D] | undefined = [first, second];
  let disposed = false;
  const alive = () => {
    if (disposed) throw new Error('the network was disposed: its weights are gone');
  };
  const current = (): [tf.Tensor2D, tf.Tensor2D] => {
    alive();
    return (weights ??= [tf.keep(tf.tensor2d(wasm!.first(), [width, inputDim])), tf.keep(tf.tensor2d(wasm!.second(), [width, 1]))]);
  };
  const release = () => {
    weights?.forEach((w) => w.dispose());
    weights = undefined;
  };
  const net: TwoLayerNetwork = {
    inputDim,
    layerCount: 2,
    trainable: [0, 1],
    width,
    theta,
    get first() {
      return current()[0];
    },
    get second() {
      return current()[1];
    },
    kernelStep: (eta: number) => effectiveKernelStep(eta, theta),
    ntkGram: (x: tf.Tensor2D): NtkGram => twoLayerNtkGram(net, x),
    predict(x: tf.Tensor2D): tf.Tensor2D {
      requireInput('x', x, inputDim);
      return tf.tidy(() => tf.mul(matMul(reluHidden(x, net.first), net.second), theta * sqrtM));
    },
    step(data: TrainingSet, eta: number): tf.Tensor2D {
      requireInput('data.x', data.x, inputDim);
      requireFinite('eta', eta, 0);
      if (wasm) {
        alive();
        const residual = wasm.step(data, eta, theta);
        release();
        return tf.tensor2d(residual, [data.n, 1]);
      }
      const [w1, w2] = current();
      const [residual, nextFirst, nextSecond] = tf.tidy(() => {
        const r = tf.sub(data.y, tf.mul(matMul(reluHidden(data.x, w1), w2), theta * sqrtM)) as tf.Tensor2D;
        const q = tf.mul(r, (2 * eta * theta * sqrtM) / data.n);
        const maskT = tf.step(matMul(w1, data.xT)) as tf.Tensor2D;
        const p = matMul(maskT, tf.mul(data.x, q) as tf.Tensor2D);
        const nextFirst = tf.add(w1, tf.mul(p, w2)) as tf.Tensor2D;
        const nextSecond = tf.add(w2, tf.sum(tf.mul(w1, p), 1, true)) as tf.Tensor2D;
        return [r, nextFirst, nextSecond];
      });
      release();
      weights = [nextFirst, nextSecond];
      return residual;
    },
    dispose() {
      release();
      wasm?.dispose();
      disposed = true;
    },
  };
  return net;
}
