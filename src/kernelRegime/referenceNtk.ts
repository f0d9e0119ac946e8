import type { Activation } from '../activations/activation.js';
import { eigvalsh } from '../linalg/eigh.js';
import { requireInteger } from '../numerics/validate.js';

/**
 * The empirical NTK Gram K(θ) = Σ_ℓ K_ℓ and the output f(·; θ) of one fully connected network (the
 * parametrisation of src/networks/fullyConnected: H_ℓ = A_ℓ W_ℓ/√m_ℓ, A_{ℓ+1} = σ(H_ℓ), f = H_L, W_ℓ
 * stored m_ℓ × m_{ℓ+1}), recomputed in float64 on the CPU from the weights — an independent route to
 * what the float32 tfjs network computes — together with a bound on the error of a float32 evaluation
 * of the same formulas (`gramBound`, `outputBound`).
 *
 * Error analysis: first order in u = 2^{−24}, normwise per point (row) so that the propagation through a
 * layer costs ‖W‖₂/√m ≈ 2 rather than the ‖|W|‖/√m ≈ √m of an entrywise bound. A k-term dot product in
 * any summation order has |fl − exact| ≤ γ_k·|x|ᵀ|y|, γ_k = ku/(1 − ku) (Higham, Accuracy and
 * Stability, §3.1), so for a row a and a matrix W, ‖fl(aW) − aW‖₂ ≤ γ_k·‖|a||W|‖₂. With e(·) the
 * 2-norm error bound of a row:
 *   inputs:       e_X = u‖x‖ (the float32 copy of the points);
 *   pre-activ.:   e_H = (γ_{m+2}·‖|A_i||W|‖ + ‖W‖₂·e_A)/√m   (the product, the scaling, the upstream error);
 *   activations:  e_A' = L₁·e_H + c_σ·u·‖|σ(H_i)| + 1‖, with L₁ = sup|σ′|, L₂ = sup|σ″| and c_σ = 16
 *                 for the ≤ 6 elementwise float32 ops of `tensor`/`tensorPrime` (≤ 2 ulp each, results
 *                 ≤ |σ| + 1 in size);
 *   backward:     U_i = Δ_{ℓ+1,i}W_{ℓ+1}ᵀ/√m, e_U = (γ_{m+2}‖|Δ_i||W|ᵀ‖ + ‖W‖₂·e_Δ)/√m,
 *                 e_Δ = L₁·e_U + ‖U_i‖_∞·L₂·e_H + c_σ·u·‖|U_i|⊙(|σ′(H_i)| + 1)‖ + u‖Δ_i‖;
 *   Grams:        C_ij = A_i·A_j/m, D_ij = Δ_i·Δ_j, K_ℓ = C⊙D:
 *                 |δC_ij| ≤ (γ_{m+2}|A_i|·|A_j| + e_A,i‖A_j‖ + ‖A_i‖e_A,j)/m,
 *                 |δD_ij| ≤ γ_m|Δ_i|·|Δ_j| + e_Δ,i‖Δ_j‖ + ‖Δ_i‖e_Δ,j,
 *                 |δK_ℓ,ij| ≤ |δC||D| + |C||δD| + u|K_ℓ|; the full Gram adds (L + 1)·u·Σ_ℓ|K_ℓ|.
 * ‖W‖₂ from the float64 eigendecomposition of the smaller of WᵀW, WWᵀ (`eigvalsh`; relative error
 * O(kε), covered by a factor 1 + 1e−8). Second-order terms (O(u²)) are dropped: < 1e−10 relative here.
 */
export interface ReferenceNtk {
  readonly points: number;
  /** f at the points (float64). */
  readonly output: Float64Array;
  readonly outputBound: Float64Array;
  /** Σ_ℓ K_ℓ, row-major P × P (float64). */
  readonly gram: Float64Array;
  readonly gramBound: Float64Array;
}

const U = 2 ** -24;
const gamma = (k: number) => (k * U) / (1 - k * U);
const C_SIGMA = 16;

/** Lipschitz constants sup|σ'|, sup|σ''| of the smooth activations (tanh: 1, 4/(3√3); logistic-based: 1/4, 1/(6√3)). */
function lipschitz(activation: Activation): [number, number] {
  switch (activation.name) {
    case 'tanh':
      return [1, 4 / (3 * Math.sqrt(3))];
    case 'softplus':
      return [1, 0.25];
    case 'sigmoid':
      return [0.25, 1 / (6 * Math.sqrt(3))];
    default:
      throw new RangeError(`activation must be tanh, softplus or sigmoid (smooth, with known Lipschitz constants), got '${activation.name}'`);
  }
}

/** weights[ℓ] row-major dims[ℓ] × dims[ℓ+1] (as stored by the network: Wᵀ), dims = [D, m_1, …, m_L, 1]. */
export function referenceNtk(weights: readonly Float64Array[], dims: readonly number[], activation: Activation, x: Float64Array): ReferenceNtk {
  const depth = weights.length;
  if (dims.length !== depth + 1) throw new RangeError(`dims must list ${depth + 1} sizes, got ${dims.length}`);
  dims.forEach((m, i) => requireInteger(`dims[${i}]`, m, 1));
  weights.forEach((w, l) => {
    if (w.length !== dims[l]! * dims[l + 1]!) throw new RangeError(`weights[${l}] must be ${dims[l]} × ${dims[l + 1]}`);
  });
  const p = x.length / dims[0]!;
  requireInteger('number of points', p, 1);
  const [l1, l2] = lipschitz(activation);
  const norms = weights.map((w, l) => operatorNorm(w, dims[l]!, dims[l + 1]!));

  // Forward: inputs[ℓ] (P × dims[ℓ]) with row error bounds, pre[ℓ] (P × dims[ℓ+1]) with row error bounds.
  const inputs: Float64Array[] = [x];
  const inputErr: Float64Array[] = [Float64Array.from({ length: p }, (_, i) => U * rowNorm(x, i, dims[0]!))];
  const pre: Float64Array[] = [];
  const preErr: Float64Array[] = [];
  for (let l = 0; l < depth; l++) {
    const a = inputs[l]!;
    const w = weights[l]!;
    const k = dims[l]!;
    const o = dims[l + 1]!;
    const scale = 1 / Math.sqrt(k);
    const h = new Float64Array(p * o);
    const eh = new Float64Array(p);
    const g = gamma(k + 2);
    for (let i = 0; i < p; i++) {
      let mag2 = 0;
      for (let j = 0; j < o; j++) {
        let s = 0;
        let mag = 0;
        for (let c = 0; c < k; c++) {
          const t = a[i * k + c]! * w[c * o + j]!;
          s += t;
          mag += Math.abs(t);
        }
        h[i * o + j] = s * scale;
        mag2 += mag * mag;
      }
      eh[i] = (g * Math.sqrt(mag2) + norms[l]! * inputErr[l]![i]!) * scale;
    }
    pre.push(h);
    preErr.push(eh);
    if (l < depth - 1) {
      const next = h.map((v) => activation.sigma(v));
      inputs.push(next);
      inputErr.push(
        Float64Array.from({ length: p }, (_, i) => {
          let r2 = 0;
          for (let j = 0; j < o; j++) r2 += (Math.abs(next[i * o + j]!) + 1) ** 2;
          return l1 * eh[i]! + C_SIGMA * U * Math.sqrt(r2);
        }),
      );
    }
  }
  const output = pre[depth - 1]!;
  const outputBound = preErr[depth - 1]!;

  // Backward with cotangent 1: deltas[ℓ] (P × dims[ℓ+1]) with row error bounds.
  const deltas: Float64Array[] = new Array(depth);
  const deltaErr: Float64Array[] = new Array(depth);
  deltas[depth - 1] = new Float64Array(p).fill(1);
  deltaErr[depth - 1] = new Float64Array(p);
  for (let l = depth - 2; l >= 0; l--) {
    const w = weights[l + 1]!;
    const k = dims[l + 1]!;
    const o = dims[l + 2]!;
    const scale = 1 / Math.sqrt(k);
    const dn = deltas[l + 1]!;
    const h = pre[l]!;
    const d = new Float64Array(p * k);
    const ed = new Float64Array(p);
    const g = gamma(o + 2);
    for (let i = 0; i < p; i++) {
      let mag2 = 0;
      let uMax = 0;
      let round2 = 0;
      let d2 = 0;
      for (let c = 0; c < k; c++) {
        let s = 0;
        let mag = 0;
        for (let j = 0; j < o; j++) {
          const t = dn[i * o + j]! * w[c * o + j]!;
          s += t;
          mag += Math.abs(t);
        }
        mag2 += mag * mag;
        const u = s * scale;
        const sp = activation.sigmaPrime(h[i * k + c]!);
        d[i * k + c] = u * sp;
        uMax = Math.max(uMax, Math.abs(u));
        round2 += (Math.abs(u) * (Math.abs(sp) + 1)) ** 2;
        d2 += (u * sp) ** 2;
      }
      const eu = (g * Math.sqrt(mag2) + norms[l + 1]! * deltaErr[l + 1]![i]!) * scale;
      ed[i] = l1 * eu + uMax * l2 * preErr[l]![i]! + C_SIGMA * U * Math.sqrt(round2) + U * Math.sqrt(d2);
    }
    deltas[l] = d;
    deltaErr[l] = ed;
  }

  // Grams.
  const gram = new Float64Array(p * p);
  const gramBound = new Float64Array(p * p);
  const absSum = new Float64Array(p * p);
  for (let l = 0; l < depth; l++) {
    const a = inputs[l]!;
    const ea = inputErr[l]!;
    const k = dims[l]!;
    const d = deltas[l]!;
    const ed = deltaErr[l]!;
    const o = dims[l + 1]!;
    const gk = gamma(k + 2);
    const go = gamma(o);
    const aNorm = Float64Array.from({ length: p }, (_, i) => rowNorm(a, i, k));
    const dNorm = Float64Array.from({ length: p }, (_, i) => rowNorm(d, i, o));
    for (let i = 0; i < p; i++) {
      for (let j = 0; j < p; j++) {
        let c = 0;
        let cMag = 0;
        for (let t = 0; t < k; t++) {
          const v = a[i * k + t]! * a[j * k + t]!;
          c += v;
          cMag += Math.abs(v);
        }
        c /= k;
        const ec = (gk * cMag + ea[i]! * aNorm[j]! + aNorm[i]! * ea[j]!) / k;
        let dd = 0;
        let dMag = 0;
        for (let t = 0; t < o; t++) {
          const v = d[i * o + t]! * d[j * o + t]!;
          dd += v;
          dMag += Math.abs(v);
        }
        const edd = go * dMag + ed[i]! * dNorm[j]! + dNorm[i]! * ed[j]!;
        const kl = c * dd;
        gram[i * p + j]! += kl;
        absSum[i * p + j]! += Math.abs(kl);
        gramBound[i * p + j]! += ec * Math.abs(dd) + Math.abs(c) * edd + U * Math.abs(kl);
      }
    }
  }
  for (let i = 0; i < p * p; i++) gramBound[i]! += (depth + 1) * U * absSum[i]!;
  return { points: p, output, outputBound, gram, gramBound };
}

function rowNorm(a: Float64Array, i: number, k: number): number {
  let s = 0;
  for (let c = 0; c < k; c++) s += a[i * k + c]! ** 2;
  return Math.sqrt(s);
}

/** ‖W‖₂ of a row-major r × c matrix: √λ_max of the smaller Gram, by `eigvalsh`, with a 1e−8 relative margin. */
function operatorNorm(w: Float64Array, r: number, c: number): number {
  const small = Math.min(r, c);
  const g = new Float64Array(small * small);
  for (let i = 0; i < small; i++) {
    for (let j = i; j < small; j++) {
      let s = 0;
      if (r <= c) for (let t = 0; t < c; t++) s += w[i * c + t]! * w[j * c + t]!;
      else for (let t = 0; t < r; t++) s += w[t * c + i]! * w[t * c + j]!;
      g[i * small + j] = g[j * small + i] = s;
    }
  }
  return Math.sqrt(Math.max(0, eigvalsh(g, small, 1)[0]!)) * (1 + 1e-8);
}
