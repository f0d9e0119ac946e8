import { gaussLegendre } from '../numerics/gaussLegendre.js';
import { requireFinite, requireInteger } from '../numerics/validate.js';
import { gegenbauerAll } from './gegenbauer.js';

/** The means m_k = E_{x∼τ_ρ}[P_k(⟨e, x⟩)], k = 0..K, over the uniform probability measure τ_ρ on a cap. */
export interface CapMeans {
  readonly values: Float64Array;
  /** Absolute error bound of each value: the quadrature estimate of the normaliser plus rounding. */
  readonly absError: Float64Array;
}

/**
 * m_k = E[P_k(⟨e, x⟩)] for x uniform on the spherical cap {x ∈ S^d : ∠(x, e) ≤ ρ}, 0 < ρ ≤ π
 * (P_k normalised P_k(1) = 1 on S^d, see `gegenbauer`).
 *
 * Closed form: with t = ⟨e, x⟩ = cos α, the cap's marginal is ∝ (1 − t²)^{(d−2)/2} on [cos ρ, 1]
 * (∝ sin^{d−1}α dα on [0, ρ]); Rodrigues' identity for Gegenbauer polynomials (λ = (d − 1)/2),
 *   d/dt[(1 − t²)^{λ+1/2} C^{λ+1}_{k−1}(t)] = −(k(k + 2λ)/(2λ))·(1 − t²)^{λ−1/2} C^{λ}_k(t),
 * integrated over [cos ρ, 1] and normalised by C^λ_k(1), gives for k ≥ 1
 *   ∫_0^ρ P_k(cos α) sin^{d−1}α dα = sin^d ρ · P^{(d+2)}_{k−1}(cos ρ) / d,
 * where P^{(d+2)} is the normalised Gegenbauer polynomial of S^{d+2} (on the circle, d = 1, this is
 * sin(kρ)/k). Hence m_k = sin^d ρ · P^{(d+2)}_{k−1}(cos ρ) / (d · I), I = ∫_0^ρ sin^{d−1}α dα, and m_0 = 1.
 * P^{(d+2)} comes from the stable forward recurrence; I (a positive integrand, no cancellation) from
 * Gauss–Legendre on [0, ρ] with 400 nodes, its error estimated against 200 nodes. Everything is scaled
 * by s = max_{[0,ρ]} sin so that no power underflows: I = s^{d−1}·Ĩ.
 *
 * At ρ = π (the whole sphere) sin ρ = 0 and m_k = 0 for k ≥ 1, as orthogonality requires. Used by
 * `cao21.footnote2.lambda-below-one.any-distribution` (the Rayleigh quotient of the constant function
 * under the cap measure is Σ_k μ_k N(d, k) m_k²).
 */
export function capGegenbauerMeans(d: number, maxDegree: number, rho: number): CapMeans {
  requireInteger('d', d, 1);
  requireInteger('maxDegree', maxDegree, 0);
  requireFinite('rho', rho, Number.MIN_VALUE, Math.PI);
  const logS = rho >= Math.PI / 2 ? 0 : Math.log(Math.sin(rho));
  const scaledIntegral = (n: number) => {
    const { nodes, weights } = gaussLegendre(n);
    let s = 0;
    for (let i = 0; i < n; i++) {
      const alpha = (rho * (nodes[i]! + 1)) / 2;
      s += weights[i]! * (d === 1 ? 1 : Math.exp((d - 1) * (Math.log(Math.sin(alpha)) - logS)));
    }
    return (s * rho) / 2;
  };
  const fine = scaledIntegral(400);
  const relI = Math.abs(fine - scaledIntegral(200)) / fine + 64 * Number.EPSILON;
  // scale = sin^d ρ / (d · I) = exp(d·log sin ρ − log d − (d − 1)·log s − log Ĩ); 0 at ρ = π.
  const sinRho = Math.sin(rho);
  const scale = sinRho <= 0 ? 0 : Math.exp(d * Math.log(sinRho) - Math.log(d) - (d - 1) * logS - Math.log(fine));
  const values = new Float64Array(maxDegree + 1);
  const absError = new Float64Array(maxDegree + 1);
  values[0] = 1;
  if (maxDegree >= 1) {
    const p = gegenbauerAll(d + 2, maxDegree - 1, Math.cos(rho));
    for (let k = 1; k <= maxDegree; k++) {
      values[k] = scale * p[k - 1]!;
      // relative error of the normaliser and of sin/log/exp, plus the recurrence's absolute error (|P| ≤ 1).
      absError[k] = Math.abs(values[k]!) * (relI + 1e-13) + scale * 8 * (k + d) * Number.EPSILON;
    }
  }
  return { values, absError };
}
