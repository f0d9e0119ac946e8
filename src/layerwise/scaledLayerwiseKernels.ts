import type { Activation } from '../activations/activation.js';
import { requireFinite, requireInteger } from '../numerics/validate.js';
import { clampUnit } from '../sphere/gegenbauer.js';
import { funkHecke } from '../sphere/funkHecke.js';
import { PSI_RELATIVE_ERROR } from './hermiteAccuracy.js';

/**
 * Variances of the initialisation, in NTK parametrisation: every weight is σ_w·ω with ω ∼ N(0, 1) (hidden
 * layers further scaled by 1/√m), every bias σ_b·β with β ∼ N(0, 1).
 */
export interface InitVariances {
  /** σ_w² > 0. */
  readonly weight: number;
  /** σ_b² ≥ 0 (0: no biases). */
  readonly bias: number;
}

/**
 * Per-layer NTK kernels Θ⁽ℓ⁾(u), ℓ = 0..L−1, of an L-weight-matrix fully connected network on the unit
 * sphere with weight variance σ_w² and bias variance σ_b² (NTK parametrisation, width m → ∞):
 *
 *   h⁽1⁾ = σ_w·W⁽0⁾x + σ_b·b⁽0⁾,   h⁽ℓ+1⁾ = (σ_w/√m)·W⁽ℓ⁾σ(h⁽ℓ⁾) + σ_b·b⁽ℓ⁾,   f = h⁽L⁾,
 *
 * layer ℓ owning W⁽ℓ⁾ and b⁽ℓ⁾ (one `nn.Linear`). The input layer is not scaled by 1/√d, as in Dandi &
 * Jacot §5.4 (⟨w, x⟩ ∼ N(0, 1) for unit x at σ_w² = 1). The covariance recursion (Jacot et al. 2018;
 * Lee et al. 2018 for biases), with (z, z') centred Gaussian of variances q_ℓ and covariance c_ℓ:
 *
 *   q_1 = σ_w² + σ_b²,  c_1 = σ_w²·u + σ_b²,
 *   q_{ℓ+1} = σ_w²·E[σ(z)²] + σ_b²,  c_{ℓ+1} = σ_w²·E[σ(z)σ(z')] + σ_b²   (`psi0Covariance`),
 *   Σ̇_ℓ = σ_w²·E[σ'(z)σ'(z')]   (`psi1Covariance`),
 *
 *   Θ⁽ℓ⁾(u) = c_{ℓ+1}·Π_{k=ℓ+1}^{L−1} Σ̇_k:
 *
 * ∂f/∂W⁽ℓ⁾ pairs the back-propagated signal (covariance Π_{k>ℓ} Σ̇_k) with the layer's input times σ_w
 * (covariance σ_w²·E[σσ'], or σ_w²·u at ℓ = 0) and ∂f/∂b⁽ℓ⁾ pairs it with σ_b, which sum to c_{ℓ+1}.
 * Σ_ℓ Θ⁽ℓ⁾ is the full NTK. On the unit sphere q_ℓ is the same for every x, so each Θ⁽ℓ⁾ is a dot-product
 * kernel. At σ_w² = 1, σ_b² = 0 this is the network of `layerwiseNtkEntry`; this module is an independent
 * implementation of the recursion (it shares only the activation record's Gaussian pair expectations).
 *
 * Returns a function of u ∈ [−1, 1] writing Θ⁽0⁾(u)..Θ⁽L−1⁾(u) into a new array. Cost per u: 2(L − 1)
 * Gaussian pair expectations (closed forms for relu, ≈ 2 ms quadratures for tanh).
 */
export function scaledLayerwiseKernels(activation: Activation, depth: number, init: InitVariances): (u: number) => Float64Array {
  requireInteger('depth', depth, 2, 64);
  requireFinite('init.weight', init.weight, Number.MIN_VALUE);
  requireFinite('init.bias', init.bias, 0);
  const { weight: sw, bias: sb } = init;
  const q = new Float64Array(depth);
  q[1] = sw + sb;
  for (let l = 1; l < depth - 1; l++) q[l + 1] = sw * activation.psi0Covariance(q[l]!, q[l]!, q[l]!) + sb;
  return (uRaw) => {
    const u = clampUnit('u', uRaw);
    const c = new Float64Array(depth + 1);
    const dot = new Float64Array(depth);
    c[1] = sw * u + sb;
    for (let l = 1; l < depth; l++) {
      dot[l] = sw * activation.psi1Covariance(q[l]!, q[l]!, c[l]!);
      c[l + 1] = sw * activation.psi0Covariance(q[l]!, q[l]!, c[l]!) + sb;
    }
    const theta = new Float64Array(depth);
    let backward = 1;
    for (let l = depth - 1; l >= 0; l--) {
      theta[l] = c[l + 1]! * backward;
      backward *= dot[l]!;
    }
    return theta;
  };
}

/**
 * Relative error bound of Θ⁽ℓ⁾: each of the 2(L − 1) Gaussian pair expectations is accurate to
 * PSI_RELATIVE_ERROR of its scale (the project's policy, `hermiteAccuracy`), and the maps c → σ_w²E[σσ],
 * σ_w²E[σ'σ'] have slope ≤ 1 at σ_w² ≤ 1 for relu and tanh (|σ'| ≤ 1), so to first order the errors add:
 * 2(L − 1)·PSI_RELATIVE_ERROR of Θ⁽ℓ⁾(1) = sup|Θ⁽ℓ⁾| (non-negative power-series coefficients in c).
 */
const kernelRelativeError = (depth: number) => 2 * (depth - 1) * PSI_RELATIVE_ERROR;

export interface ScaledLayerwiseSpectrum {
  readonly depth: number;
  readonly sphereDim: number;
  readonly init: InitVariances;
  /** values[ℓ][k] = μ_k⁽ℓ⁾ = E_{x∼τ}[Θ⁽ℓ⁾(⟨x, e⟩)P_k(⟨x, e⟩)] on S^{sphereDim} (uniform probability measure). */
  readonly values: readonly Float64Array[];
  /** error[ℓ][k]: `funkHecke`'s discretisation estimate + rounding bound + the kernel's error bound (an error δ in Θ moves μ_k by ≤ E|δP_k| ≤ δ). */
  readonly error: readonly Float64Array[];
}

/**
 * Funk–Hecke eigenvalues μ_k⁽ℓ⁾, k = 0..maxDegree, of each Θ⁽ℓ⁾ of `scaledLayerwiseKernels` on S^{sphereDim},
 * by composite Gauss–Legendre in θ (`funkHecke`) applied to the recursion directly (no tabulation or
 * interpolation of the kernel). The kernels of all layers are evaluated once per node and memoised, so the
 * cost is that of one kernel evaluation per quadrature node.
 */
export function scaledLayerwiseSpectrum(activation: Activation, depth: number, init: InitVariances, sphereDim: number, maxDegree: number): ScaledLayerwiseSpectrum {
  const kernels = scaledLayerwiseKernels(activation, depth, init);
  const nodes = new Map<number, Float64Array>();
  const at = (u: number) => {
    let v = nodes.get(u);
    if (!v) {
      v = kernels(u);
      nodes.set(u, v);
    }
    return v;
  };
  const atOne = kernels(1);
  const values: Float64Array[] = [];
  const error: Float64Array[] = [];
  for (let l = 0; l < depth; l++) {
    const fh = funkHecke((u) => at(u)[l]!, sphereDim, maxDegree);
    values.push(fh.values);
    error.push(fh.values.map((_, k) => fh.errorEstimate[k]! + fh.roundingBound[k]! + kernelRelativeError(depth) * Math.abs(atOne[l]!)));
  }
  return { depth, sphereDim, init, values, error };
}
