import * as tf from '@tensorflow/tfjs';
import { gramF64 } from '../linalg/gram.js';
import { requireInteger } from '../numerics/validate.js';
import { LENET5_CLASSES, LENET5_INPUT_DIM, lenet5Forward, preActivationShapes, type LeNet5, type LeNet5Trace, type PreActivationShifts } from './lenet5.js';
import { requireInput } from './requireInput.js';

/**
 * The per-example gradient features of one logit f_c of a LeNet-5 (`lenet5`) on a batch, from which its
 * empirical NTK Gram K_ij = ⟨∇_θf_c(x_i), ∇_θf_c(x_j)⟩ = Σ_ℓ (K_ℓ)_ij follows (`lenet5NtkGram`).
 *
 * Method (no per-example backward passes). Each logit depends on its own input only, so one backward
 * pass of Σ_i f_c(x_i) with respect to zero shifts added to the pre-activations h_ℓ yields every
 * per-example pre-activation gradient δ_ℓ,i = ∂f_c(x_i)/∂h_ℓ,i at once (tf.grads). Then, with a_ℓ−1
 * the layer input and k_ℓ its fan-in:
 * - conv layer (h = W ∗ a/√k): ∂f_c(x_i)/∂W[ky, kx, c, o] = Σ_s a_i(s + (ky, kx), c)·δ_i(s, o)/√k, a
 *   batched product of the im2col patches (n, S, 25·C) with δ (n, S, C_out): the explicit per-example
 *   gradients G_ℓ (150 and 2400 entries), K_ℓ = G_ℓG_ℓᵀ;
 * - dense layer (h = aW/√k): ∂f_c(x_i)/∂W = a_i ⊗ δ_i/√k, so K_ℓ = (AAᵀ/k) ⊙ (ΔΔᵀ) needs only A and Δ
 *   (never the 48 000-entry per-example gradient of fc₁).
 * Cost per example: two forward passes and one backward pass (≈ 2 Mflop) plus the patch products
 * (≈ 1 Mflop with the one-hot patch convolutions); memory: 3.4e3 floats per example plus the patches of
 * one chunk (`chunk` × 784 × 25 floats). Everything is float32 (tfjs); the features are read back.
 */
export interface LeNet5Features {
  readonly n: number;
  /** Explicit per-example gradients of the conv layers: n × 150 and n × 2400 (scaled by 1/√k). */
  readonly conv: readonly [Float32Array, Float32Array];
  /** For fc₁, fc₂, fc₃: the layer inputs A (n × k) and pre-activation gradients Δ (n × fan-out), unscaled. */
  readonly dense: readonly { readonly a: Float32Array; readonly delta: Float32Array; readonly fanIn: number; readonly fanOut: number }[];
}

export function lenet5Features(net: LeNet5, x: tf.Tensor2D, options: { readonly output?: number; readonly chunk?: number } = {}): LeNet5Features {
  requireInput('x', x, LENET5_INPUT_DIM);
  const output = options.output ?? 0;
  const chunk = options.chunk ?? 250;
  requireInteger('output', output, 0, LENET5_CLASSES - 1);
  requireInteger('chunk', chunk, 1);
  const n = x.shape[0];
  const widths = [150, 2400, 400, 120, 120, 84, 84, 10];
  const out = widths.map((w) => new Float32Array(n * w));
  for (let start = 0; start < n; start += chunk) {
    const size = Math.min(chunk, n - start);
    const parts = chunkFeatures(net, x, start, size, output);
    parts.forEach((t, f) => {
      out[f]!.set(t.dataSync(), start * widths[f]!);
      t.dispose();
    });
  }
  const dense = [0, 1, 2].map((l) => ({ a: out[2 + 2 * l]!, delta: out[3 + 2 * l]!, fanIn: widths[2 + 2 * l]!, fanOut: widths[3 + 2 * l]! }));
  return { n, conv: [out[0]!, out[1]!], dense };
}

/**
 * The NTK Gram of logit `output` (default 0, "the logit of class 0" of Figure 1) on the rows of x, per
 * weight tensor W₁ … W₅ and in full, accumulated in float64 from the float32 features (`gramF64`),
 * so that eigenvalues many decades below λ₁ keep their accuracy (see `gramSpectrum`). Cost beyond the
 * features: n²·(150 + 2400 + 400 + 120 + 120 + 84 + 84 + 10) ≈ 3.4e3·n² flops (`gramF64`: float64 WebAssembly SIMD, lower triangle, two threads).
 */
export function lenet5NtkGram(net: LeNet5, x: tf.Tensor2D, options: { readonly output?: number; readonly chunk?: number } = {}): { readonly n: number; readonly perLayer: Float64Array[]; readonly full: Float64Array } {
  const features = lenet5Features(net, x, options);
  const n = features.n;
  const perLayer = [gramF64(features.conv[0], n, 150), gramF64(features.conv[1], n, 2400)];
  for (const { a, delta, fanIn, fanOut } of features.dense) {
    const k = gramF64(a, n, fanIn, 1 / fanIn);
    const d = gramF64(delta, n, fanOut);
    for (let p = 0; p < k.length; p++) k[p]! *= d[p]!;
    perLayer.push(k);
  }
  const full = new Float64Array(n * n);
  for (const k of perLayer) for (let p = 0; p < full.length; p++) full[p]! += k[p]!;
  return { n, perLayer, full };
}

/** [G₁, G₂, a₂, δ₃, a₃, δ₄, a₄, δ₅] for rows [start, start + size) of x (owned by the caller). */
function chunkFeatures(net: LeNet5, x: tf.Tensor2D, start: number, size: number, output: number): tf.Tensor2D[] {
  const xc = tf.slice(x, [start, 0], [size, LENET5_INPUT_DIM]);
  // The layer inputs of the forward pass that tf.grads records, kept out of its scope (one forward pass).
  let kept: LeNet5Trace['inputs'] | undefined;
  const logit = (...shifts: tf.Tensor[]) => {
    const trace = lenet5Forward(net, xc, shifts as unknown as PreActivationShifts);
    kept = trace.inputs.map((t) => tf.keep(t)) as unknown as LeNet5Trace['inputs'];
    return tf.sum(tf.slice(trace.logits, [0, output], [size, 1]));
  };
  const deltas = tf.tidy(() => tf.grads(logit)(preActivationShapes(size).map((s) => tf.zeros(s))));
  const inputs = kept!;
  const flat = (t: tf.Tensor) => tf.reshape(t, [size, -1]) as tf.Tensor2D;
  const out = tf.tidy(() => [
    tf.mul(convWeightGradients(inputs[0], deltas[0] as tf.Tensor4D, 'same'), 1 / Math.sqrt(net.fanIns[0]!)) as tf.Tensor2D,
    tf.mul(convWeightGradients(inputs[1], deltas[1] as tf.Tensor4D, 'valid'), 1 / Math.sqrt(net.fanIns[1]!)) as tf.Tensor2D,
    inputs[2].clone(),
    flat(deltas[2]!),
    inputs[3].clone(),
    flat(deltas[3]!),
    inputs[4].clone(),
    flat(deltas[4]!),
  ]);
  tf.dispose([xc, ...inputs, ...deltas]);
  return out;
}

/**
 * Per-example Σ_s patch_i(s) ⊗ δ_i(s) for a stride-1 5×5 convolution with the given padding
 * ('same' = zero padding 2):
 * input (n, H, W, C), δ (n, H', W', C_out) → (n, C_out·25·C), unscaled.
 *
 * The im2col patches come from one convolution with the one-hot filter bank E[ky, kx, c, (ky, kx, c)] = 1
 * (exact in floating point: each output is one input value plus exact zeros), which runs in the
 * backend's fast convolution kernel; 25 strided slices are an order of magnitude slower on wasm.
 */
function convWeightGradients(input: tf.Tensor4D, delta: tf.Tensor4D, padding: 'same' | 'valid'): tf.Tensor2D {
  return tf.tidy(() => {
    const [n, outH, outW, cout] = delta.shape;
    const c = input.shape[3];
    const patches = tf.reshape(tf.conv2d(input, patchFilter(c), 1, padding), [n, outH * outW, 25 * c]);
    const deltaT = tf.transpose(tf.reshape(delta, [n, outH * outW, cout]), [0, 2, 1]); // (n, C_out, S)
    return tf.reshape(tf.matMul(deltaT, patches), [n, -1]) as tf.Tensor2D;
  });
}

/** The one-hot [5, 5, C, 25·C] filter bank that copies each 5×5×C patch into the channel axis. */
function patchFilter(c: number): tf.Tensor4D {
  const values = new Float32Array(25 * c * 25 * c);
  for (let p = 0; p < 25 * c; p++) values[p * 25 * c + p] = 1;
  return tf.tensor4d(values, [5, 5, c, 25 * c]);
}
