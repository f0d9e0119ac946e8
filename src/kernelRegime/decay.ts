import { requireFinite, requireInteger } from '../numerics/validate.js';

/**
 * The scalar function e(λ) that the idealised dynamics apply to each eigen-component of the initial
 * residual (Bowman & Montúfar §2.2): r_t = e(T_K) r_0, ⟨r_t, φ_i⟩_ρ = e(σ_i)⟨r_0, φ_i⟩_ρ.
 *
 * - `flowDecay(t)`: e(λ) = exp(−λt), gradient flow ∂_t r = −T_K r (the paper's exp(−T_K t)).
 * - `gradientDescentDecay(η, steps)`: e(λ) = (1 − ηλ)^steps, the same dynamics under gradient descent
 *   with step η on Φ = (1/2n)‖r̂‖²: the networks' kernel step r ← r − η(K/n)r (`fullyConnectedNetwork`)
 *   with K/n → T_K. Flow time t = η·steps; for ηλ ≪ 1, (1 − ηλ)^{t/η} = e^{−λt}(1 − λ²ηt/2 + O(η²)), so
 *   the two agree to O(ηλ·λt·e^{−λt}) — on the sphere the gap is computed exactly per eigenvalue.
 *
 * Both also give q(λ) = (1 − e(λ))/λ, bounded by the flow time t and continuous at λ = 0 (q(0) = t), which
 * the Nyström extension needs: e(T)g = g − T[q(T)g] (`nystromOperator`).
 */
export interface Decay {
  /** Flow time t (η·steps for gradient descent). */
  readonly time: number;
  value(lambda: number): number;
  /** (1 − e(λ))/λ, with its limit t at λ = 0. */
  integrated(lambda: number): number;
}

export function flowDecay(t: number): Decay {
  requireFinite('t', t, 0);
  return {
    time: t,
    value: (lambda) => Math.exp(-lambda * t),
    // For |λt| < 1e−8 the series t(1 − λt/2) is exact to rounding (and avoids subnormal λ).
    integrated: (lambda) => (Math.abs(lambda * t) < 1e-8 ? t * (1 - (lambda * t) / 2) : -Math.expm1(-lambda * t) / lambda),
  };
}

export function gradientDescentDecay(eta: number, steps: number): Decay {
  requireFinite('eta', eta, 0);
  requireInteger('steps', steps, 0);
  const value = (lambda: number) => (1 - eta * lambda) ** steps;
  return {
    time: eta * steps,
    value,
    integrated: (lambda) => {
      const x = eta * lambda;
      // For S·|ηλ| < 1e−8, 1 − (1 − x)^S = Sx(1 − (S − 1)x/2) to rounding (and no subnormal λ).
      if (Math.abs(steps * x) < 1e-8) return eta * steps * (1 - ((steps - 1) * x) / 2);
      // 1 − (1 − x)^S = −expm1(S·log1p(−x)) for x < 1 (no cancellation for small x).
      const oneMinus = x < 1 ? -Math.expm1(steps * Math.log1p(-x)) : 1 - value(lambda);
      return oneMinus / lambda;
    },
  };
}
