import * as tf from '@tensorflow/tfjs';
import { gramF64 } from '../../linalg/gram.js';
import { backward, forward } from '../../networks/fullyConnected.js';
import type { FullyConnectedNetwork } from '../../networks/fullyConnectedNetwork.js';

/**
 * The empirical NTK Gram of a fully connected network (`fullyConnectedNetwork`, any depth, one or more
 * signed copies) on the rows of x, accumulated in float64 from its float32 per-layer features:
 *
 *   K_ℓ = (A_{ℓ−1}A_{ℓ−1}ᵀ/m_{ℓ−1}) ⊙ (Δ_ℓΔ_ℓᵀ),   K = Σ_c s_c² Σ_ℓ K_ℓ(θ_c),
 *
 * the same identity as the network's own `ntkGram` (see `fullyConnected`), whose float32 accumulation
 * puts errors of ~u·λ₁ into every eigenvalue; here the only float32 error is that of the features A, Δ
 * (one forward and one backward pass in tfjs), which moves √λ by ≤ ρ·√tr K (see `gramSpectrum`).
 * Cost: n²·Σ_ℓ(m_{ℓ−1} + m_ℓ) flops in `gramF64` (n²·(784 + 2m) for one hidden layer on MNIST).
 */
export function fullyConnectedFeatureGram(net: FullyConnectedNetwork, x: tf.Tensor2D): Float64Array {
  const n = x.shape[0];
  const full = new Float64Array(n * n);
  net.copies.forEach((copy, c) => {
    const trace = forward(copy, x);
    const deltas = tf.tidy(() => backward(copy, trace, tf.ones([n, 1]) as tf.Tensor2D));
    const w2 = net.signs[c]! ** 2;
    copy.weights.forEach((w, l) => {
      const fanIn = w.shape[0];
      const fanOut = w.shape[1];
      const a = gramF64(trace.inputs[l]!.dataSync() as Float32Array, n, fanIn, 1 / fanIn);
      const d = gramF64(deltas[l]!.dataSync() as Float32Array, n, fanOut);
      for (let p = 0; p < full.length; p++) full[p]! += w2 * a[p]! * d[p]!;
    });
    trace.dispose();
    for (const d of deltas) d.dispose();
  });
  return full;
}
