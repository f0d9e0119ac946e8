/**
 * The accuracy policy for what src/layerwise and the Dandi & Jacot checks read from an `Activation`
 * (one place, so every tolerance built on these numbers cites the same derivation):
 *
 * HERMITE_RELATIVE_ERROR: each orthonormal Hermite coefficient h_n of f (σ or σ') is accurate to
 * δ = HERMITE_RELATIVE_ERROR·‖f‖_{L²(γ)}. Source: `hermiteByQuadrature` sums 385 trapezoidal terms
 * w_k f(x_k)ĥe_n(x_k); the worst-case recursive-summation error is γ₃₈₅·Σ_k|w_k f ĥe_n| ≤ 385ε·E|f ĥe_n|
 * ≤ 385ε·‖f‖ (Cauchy–Schwarz, ‖ĥe_n‖ = 1; the discretisation and truncation errors are < 1e−30). The
 * closed forms (relu, erf, gelu) are more accurate, ≤ 1.5nε·|h_n| ≤ 90ε·‖f‖.
 *
 * PSI_RELATIVE_ERROR: ψ₀(u), ψ₁(u) are accurate to PSI_RELATIVE_ERROR·ψ(1) (|ψ(u)| ≤ ψ(1) by
 * Cauchy–Schwarz). Source: `gaussianPairExpectation` is an iterated trapezoidal sum, an outer and an inner
 * sum of ≤ 2·9/h + 1 ≤ 200 terms each at unit variance (h ≥ 0.1), so its worst-case rounding is
 * ≤ 400ε·E|f(z)g(z')| ≤ 400ε·ψ(1) ≈ 1e−13·ψ(1), plus the discretisation term e^{−40}·M; the closed forms
 * (relu, erf) are a few ulps. Budget: 1e−12·ψ(1).
 */
export const HERMITE_RELATIVE_ERROR = 385 * Number.EPSILON;
export const PSI_RELATIVE_ERROR = 1e-12;
