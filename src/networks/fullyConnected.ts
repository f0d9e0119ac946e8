import * as tf from '@tensorflow/tfjs';
import type { Activation } from '../activations/activation.js';
import { requireInteger } from '../numerics/validate.js';
import { createRng } from '../random/rng.js';
import { gaussianTensor } from './gaussianTensor.js';
import { gramOfRows } from './gramOfRows.js';
import { matMul } from './matMul.js';
import { requireInput } from './requireInput.js';

/**
 * The weights and the forward/backward passes of a deep fully connected network in the NTK
 * parametrisation (Jacot et al. 2018; Bowman & Montúfar §2.3 "Fully Connected"; Dandi & Jacot):
 *
 *   α⁽⁰⁾ = x,  α⁽ˡ⁾ = σ(W⁽ˡ⁾α⁽ˡ⁻¹⁾/√m_{l−1})  (l = 1, …, L),  f(x) = vᵀα⁽ᴸ⁾/√m_L,
 *
 * all entries of W⁽ˡ⁾ ∈ R^{m_l × m_{l−1}} and v ∈ R^{m_L} i.i.d. N(0, 1), no biases, m_0 = D.
 *
 * Below, weight matrices are indexed from 0: weight ℓ = 0, …, L is W⁽ℓ⁺¹⁾ (ℓ = L is v), stored
 * transposed as m_ℓ × m_{ℓ+1} (m_{L+1} = 1). A batch is a row block: with A_0 = X,
 *   H_ℓ = A_ℓ·Wᵀ_ℓ/√m_ℓ (an untransposed product, see `matMul`),  A_{ℓ+1} = σ(H_ℓ) (ℓ < L),  f = H_L.
 *
 * Backward pass for an output cotangent g ∈ R^n (the gradient of Σ_i g_i f(x_i)):
 *   Δ_L = g (n × 1),   Δ_ℓ = (Δ_{ℓ+1} W_{ℓ+1}/√m_{ℓ+1}) ⊙ σ'(H_ℓ)  (the pre-activation gradients),
 *   ∂/∂Wᵀ_ℓ = A_ℓᵀ Δ_ℓ/√m_ℓ.
 * With g = 1 the rows of Δ_ℓ are the per-example gradients ∂f(x_i)/∂H_ℓ, because each output depends
 * on its own input only; so the per-layer NTK Gram is, from one forward and one backward pass,
 *   K_ℓ = (A_ℓA_ℓᵀ/m_ℓ) ⊙ (Δ_ℓΔ_ℓᵀ),   K = Σ_ℓ K_ℓ.
 */
export interface FullyConnectedWeights {
  readonly inputDim: number;
  /** Hidden widths m_1, …, m_L. */
  readonly widths: readonly number[];
  readonly activation: Activation;
  /** Wᵀ_ℓ, ℓ = 0, …, L: shapes m_ℓ × m_{ℓ+1} with m_0 = D and m_{L+1} = 1. */
  readonly weights: readonly tf.Tensor2D[];
}

/** The intermediate values of one forward pass, owned by the caller (`dispose`). */
export interface ForwardTrace {
  /** A_ℓ for ℓ = 0, …, L (the input of each weight matrix; A_0 = X is not owned). */
  readonly inputs: readonly tf.Tensor2D[];
  /** H_ℓ for ℓ = 0, …, L − 1 (pre-activations of the hidden layers). */
  readonly preActivations: readonly tf.Tensor2D[];
  /** f on the batch, n × 1. */
  readonly output: tf.Tensor2D;
  dispose(): void;
}

/** Draw the weights i.i.d. N(0, 1) from `seed`, input layer first. */
export function initialWeights(inputDim: number, widths: readonly number[], seed: number): tf.Tensor2D[] {
  requireInteger('inputDim', inputDim, 1);
  if (widths.length < 1) throw new RangeError('widths must list at least one hidden width');
  widths.forEach((m, i) => requireInteger(`widths[${i}]`, m, 1));
  requireInteger('seed', seed, -(2 ** 53), 2 ** 53);
  const rng = createRng(seed);
  const dims = [inputDim, ...widths, 1];
  // W⁽ˡ⁾ is drawn row by row (m_l × m_{l−1}, as printed) and stored transposed.
  return dims.slice(1).map((fanOut, l) => tf.tidy(() => tf.transpose(gaussianTensor(rng, fanOut, dims[l]!, 1)) as tf.Tensor2D));
}

export function forward(net: FullyConnectedWeights, x: tf.Tensor2D): ForwardTrace {
  requireInput('x', x, net.inputDim);
  const inputs: tf.Tensor2D[] = [x];
  const preActivations: tf.Tensor2D[] = [];
  let output: tf.Tensor2D | undefined;
  tf.tidy(() => {
    net.weights.forEach((w, l) => {
      const h = tf.keep(tf.mul(matMul(inputs[l]!, w), 1 / Math.sqrt(w.shape[0])) as tf.Tensor2D);
      if (l === net.weights.length - 1) {
        output = h;
      } else {
        preActivations.push(h);
        inputs.push(tf.keep(net.activation.tensor(h) as tf.Tensor2D));
      }
    });
  });
  return {
    inputs,
    preActivations,
    output: output!,
    dispose() {
      for (const t of [...inputs.slice(1), ...preActivations, output!]) t.dispose();
    },
  };
}

/** Δ_ℓ for ℓ = 0, …, L given the cotangent g (n × 1); caller disposes. */
export function backward(net: FullyConnectedWeights, trace: ForwardTrace, g: tf.Tensor2D): tf.Tensor2D[] {
  const count = net.weights.length;
  if (g.rank !== 2 || g.shape[0] !== trace.output.shape[0] || g.shape[1] !== 1) {
    throw new RangeError(`g must be an n × 1 tensor with n = ${trace.output.shape[0]}, got shape [${g.shape.join(', ')}]`);
  }
  return tf.tidy(() => {
    const deltas: tf.Tensor2D[] = new Array(count);
    deltas[count - 1] = g.clone();
    for (let l = count - 2; l >= 0; l--) {
      const w = net.weights[l + 1]!;
      const upstream = tf.mul(matMul(deltas[l + 1]!, w, false, true), 1 / Math.sqrt(w.shape[0]));
      deltas[l] = tf.mul(upstream, net.activation.tensorPrime(trace.preActivations[l]!)) as tf.Tensor2D;
    }
    return deltas;
  });
}

/** ∂(Σ_i g_i f(x_i))/∂Wᵀ_ℓ for the layers in `layers` (others undefined); caller disposes. */
export function weightGradients(net: FullyConnectedWeights, trace: ForwardTrace, deltas: readonly tf.Tensor2D[], layers: ReadonlySet<number>): (tf.Tensor2D | undefined)[] {
  return net.weights.map((w, l) =>
    layers.has(l) ? tf.tidy(() => tf.mul(matMul(trace.inputs[l]!, deltas[l]!, true, false), 1 / Math.sqrt(w.shape[0])) as tf.Tensor2D) : undefined,
  );
}

/** K_ℓ = (A_ℓA_ℓᵀ/m_ℓ) ⊙ (Δ_ℓΔ_ℓᵀ) for every ℓ, from a trace and the deltas of g = 1. */
export function layerGrams(net: FullyConnectedWeights, trace: ForwardTrace, deltas: readonly tf.Tensor2D[]): tf.Tensor2D[] {
  return net.weights.map((w, l) =>
    tf.tidy(() => {
      const a = trace.inputs[l]!;
      const d = deltas[l]!;
      return tf.mul(tf.mul(gramOfRows(a), 1 / w.shape[0]), gramOfRows(d)) as tf.Tensor2D;
    }),
  );
}
