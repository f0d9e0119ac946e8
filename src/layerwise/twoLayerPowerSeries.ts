import type { Activation } from '../activations/activation.js';
import { activationParity } from './activationParity.js';
import { HERMITE_RELATIVE_ERROR, PSI_RELATIVE_ERROR } from './hermiteAccuracy.js';
import type { PowerSeriesKernel } from './powerSeriesKernel.js';

/**
 * Power series of the two layer-wise kernels (see `twoLayerKernels`) from the Hermite coefficients, by
 * Lemma 1 (eq. (12)) read with orthonormal coefficients — the reading under which the lemma is true (its
 * proof uses eq. (11), E[H_n(x)H_m(y)] = ρⁿδ_nm, which holds for He_n/√(n!) only; see `HermiteConvention`):
 *
 *   κ⁽²⁾(u) = ψ₀(u) = Σ_{m≥0} h_m² u^m,          h_m  = E[σ(w)He_m(w)]/√(m!),
 *   κ⁽¹⁾(u) = u·ψ₁(u) = Σ_{m≥1} h'_{m−1}² u^m,     h'_m = E[σ'(w)He_m(w)]/√(m!).
 *
 * The σ' coefficients are taken as computed from σ' itself (`hermitePrime`), not through the identity
 * h'_m = √(m + 1)·h_{m+1} of appendix 10, so the degree-by-degree ratio of the two series is measured
 * here, not assumed. Coefficients m ≤ P = 60 (HERMITE_MAX_DEGREE) for κ⁽²⁾, m ≤ 61 for κ⁽¹⁾.
 *
 * Error budget (each term stated where it arises):
 * - coefficients: every h_n is accurate to δ = HERMITE_RELATIVE_ERROR·‖f‖_{L²(γ)} (`hermiteAccuracy`),
 *   so |Δ(h²)| ≤ 2|h|δ + δ² (+ ε·h² for the square).
 * - tail: Σ_{m>P} c_m = κ(1) − Σ_{m≤P} c_m by Parseval (κ⁽²⁾(1) = E[σ²] = ψ₀(1), κ⁽¹⁾(1) = ψ₁(1)), with
 *   ψ(1) accurate to PSI_RELATIVE_ERROR·ψ(1) (`hermiteAccuracy`), the coefficients' errors and the
 *   rounding of the sum added.
 * - vanishing: from `activationParity`; an odd σ − σ(0) has h_m = 0 for even m ≥ 2 (and m = 0 when
 *   σ(0) = 0) and an even σ' (h'_m = 0, m odd); an even σ − x/2 has h_m = 0 for odd m ≥ 3 and
 *   h'_m = 0 for even m ≥ 2. Those coefficients are set to exactly 0 (the quadratures return ~1e−17
 *   there), the others are kept even when tiny.
 *
 * Memoised per activation record (the series depends on nothing else).
 */
export function twoLayerPowerSeries(activation: Activation): TwoLayerPowerSeries {
  const hit = memo.get(activation);
  if (hit) return hit;
  const made = buildSeries(activation);
  memo.set(activation, made);
  return made;
}

export interface TwoLayerPowerSeries {
  readonly first: PowerSeriesKernel;
  readonly second: PowerSeriesKernel;
}

const memo = new WeakMap<Activation, TwoLayerPowerSeries>();

function buildSeries(activation: Activation): TwoLayerPowerSeries {
  const parity = activationParity(activation);
  // h_m ≡ 0 for σ, h'_m ≡ 0 for σ'.
  const sigmaVanishes = (m: number) =>
    (parity === 'odd' && m % 2 === 0) ||
    (parity === 'odd-plus-constant' && m >= 2 && m % 2 === 0) ||
    (parity === 'even-plus-linear' && m >= 3 && m % 2 === 1);
  const primeVanishes = (m: number) =>
    ((parity === 'odd' || parity === 'odd-plus-constant') && m % 2 === 1) || (parity === 'even-plus-linear' && m >= 2 && m % 2 === 0);
  const h = activation.hermite('orthonormal');
  const hp = activation.hermitePrime('orthonormal');
  const second = squaredSeries(h, 0, sigmaVanishes, activation.psi0(1));
  const first = squaredSeries(hp, 1, (m) => m === 0 || primeVanishes(m - 1), activation.psi1(1));
  return { first, second };
}

/** κ(u) = u^shift·Σ_n h_n² u^n with κ(1) = kappaAtOne; `vanishes` is indexed by the power m = n + shift. */
function squaredSeries(h: readonly number[], shift: number, vanishes: (m: number) => boolean, kappaAtOne: number): PowerSeriesKernel {
  const size = h.length + shift;
  const coefficients = new Float64Array(size);
  const coefficientError = new Float64Array(size);
  const delta = HERMITE_RELATIVE_ERROR * Math.sqrt(kappaAtOne);
  let sum = 0;
  let sumError = 0;
  for (let n = 0; n < h.length; n++) {
    const m = n + shift;
    if (vanishes(m)) continue;
    const a = Math.abs(h[n]!);
    coefficients[m] = a * a;
    coefficientError[m] = 2 * a * delta + delta * delta + Number.EPSILON * a * a;
    sum += coefficients[m]!;
    sumError += coefficientError[m]!;
  }
  const tail = Math.max(0, kappaAtOne - sum) + PSI_RELATIVE_ERROR * kappaAtOne + sumError + size * Number.EPSILON * sum;
  return { coefficients, coefficientError, tail, vanishes };
}
