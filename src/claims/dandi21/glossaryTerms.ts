/**
 * Glossary entries shared by several dandi21 claims (symbol or table column → meaning and unit); each
 * claim's `glossary` spreads the groups it uses and adds its own.
 */
export const ACTIVATION_TERMS = {
  activation: 'the activation σ: relu, tanh, erf, softplus, sigmoid or gelu',
  'σ, σ′': 'the activation and its derivative',
};

/** Hermite expansions (§5.4.1, Lemma 1, eqs. (11)–(16)). */
export const HERMITE_TERMS = {
  'He_i': 'monic (probabilists\') Hermite polynomial of the recurrences (14)–(15); E[He_i²] = i!',
  'H_i': 'Hermite polynomial as the paper writes it: He_i (monic reading) or He_i/√(i!) (orthonormal reading)',
  'a_i, a′_i': 'Hermite coefficients of σ and of σ′ by eq. (16): a_i = E[σ(w)He_i(w)]/i!, w ∼ N(0, 1)',
  'h_i': 'orthonormal Hermite coefficient E[ξ(w)He_i(w)]/√(i!) = √(i!)·a_i',
  'ψ₀, ψ₁': 'dual kernels: ψ₀(ρ) = E[σ(x)σ(y)], ψ₁(ρ) = E[σ′(x)σ′(y)] for x, y ∼ N(0, 1) with correlation ρ',
  'ρ': 'correlation of the two standard normal variables x, y (no unit, in [−1, 1])',
};

/** Theorem 1 and its Hoeffding step (§5.3, appendix 8). */
export const THM1_TERMS = {
  ...ACTIVATION_TERMS,
  d: 'input dimension: inputs uniform on the sphere S^(d−1) ⊂ R^d',
  pair: 'which two of the three lowest degrees with positive eigenvalues make up g: 0 → 1st and 2nd, 1 → 1st and 3rd, 2 → 2nd and 3rd',
  w: 'mixing angle of g = cos θ·P_j + sin θ·P_k (rescaled), θ = w·π/18',
  n: 'number of training points per draw',
  delta: 'δ: the theorem holds "with probability 1 − δ"',
  draws: 'independent samples of n points per case, over which violation frequencies are counted',
  seed: 'seed of the draws',
  'g, sup|g|': 'the target function of the theorem and its size (largest absolute value); the check scales g over sup|g| ∈ [2⁻¹⁰, 2¹⁰]',
  'λ₁, λ₂': 'decrements of g along the first- and second-layer kernels, ∬g(x)κ⁽ℓ⁾(x, x′)g(x′); they scale like sup|g|²',
  'φ₁, φ₂': 'the per-point decrements whose means over the n points estimate λ₁, λ₂',
  'R_n': 'ratio of the two sample means, Σφ₁(x_i)/Σφ₂(x_i); unchanged when g is scaled',
  'A = ψ₁(1)': 'sup of the first-layer kernel |κ⁽⁰⁾| (the "bound" A of the theorem)',
  'B = ψ₀(1)': 'sup of the second-layer kernel |κ⁽¹⁾| (the "bound" B of the theorem)',
  'C = D (≥ sup|g| at scale 1)': 'the theorem\'s bound C on sup|g| (D is read as C), at sup|g| = 1: at most 1.017',
  'degrees j+k of g': 'the two zonal-harmonic degrees j, k that make up g',
  's*': 'critical scale: the largest sup|g| at which the printed bound still holds (Infinity: it holds at every scale)',
  'allowed frequency δ + 3σ': 'δ plus three binomial standard deviations √(δ(1 − δ)/draws): the largest violation frequency accepted',
  'printed bound at sup|g| = 1': 'right-hand side of Theorem 1 at sup|g| = 1; at sup|g| = s it is this divided by s',
  'corrected bound': 'scale-free bound from the corrected Hoeffding step, (t₁ + (λ₁/λ₂)t₂)/(λ₂ − t₂); Infinity when vacuous (t₂ ≥ λ₂)',
  'first violation': 'the first (side, threshold, scale) where the binomial test rejects the printed tail bound',
};

/** The §6 and §5.7 experiments decided by paired effects over repetitions. */
export const PAIRED_TERMS = {
  'interval lower end': 'lower end of the Bonferroni Student-t interval of the mean effect (95 % family-wise), natural-log units; NaN when an effect is not finite',
  'interval upper end': 'upper end of that interval; NaN when an effect is not finite (a component grew or vanished)',
  decision: 'holds: interval above 0; refuted: below 0; inconclusive: it contains 0',
  repetitions: 'independent repetitions (fresh sample, anchors, initialisation) the interval is taken over',
  n: 'number of training points',
  width: 'width m of each hidden layer',
  backend: 'TensorFlow.js backend that ran the networks',
  margin: 'mean ÷ interval half-width − 1 (above 0: holds, below −2: refuted); NaN when the interval is not finite',
};

/** Population (n → ∞) readings built on the Funk–Hecke eigenvalues μ_k⁽ℓ⁾ of the 4-layer network. */
export const POPULATION_TERMS = {
  'μ_k⁽ℓ⁾': 'Funk–Hecke eigenvalue of degree k of layer ℓ\'s kernel κ⁽ℓ⁾ of the 4-layer relu (or tanh) network, layers ℓ = 0..3',
  layer: 'layer ℓ (weight matrix, numbered 0..3 from the input)',
  'error bound': 'sum of the eigenvalues\' relative error bounds (quadrature, rounding, kernel interpolation), natural-log units',
};

/** Eq. (22) on a finite training set (both norms of the components: κ⁽ℓ⁾ as printed, and L²). */
export const EQ22_TERMS = {
    n: 'number of training points (uniform on S⁹); p_in is their empirical measure',
    layer: 'trained layer ℓ ∈ {0, 1, 2, 3} of the four-layer relu network; G its infinite-width Gram',
    seed: 'seed of the points and of the residual',
    'r, d': 'the residual d|f, a standard normal vector of length n',
    'λ_i, v_i': 'eigenvalues and eigenvectors of G/n',
    d_i: 'component of d along eigenvalue λ_i, (v_iᵀr)v_i',
    '−∂_tC = rᵀGr/n²': 'decrease rate of the cost under gradient flow on layer ℓ, computed directly (eq. (21))',
    'Σλ_i‖d_i‖²_κ': 'eq. (22) as printed, with the RKHS norm: Σ λ_i²(v_iᵀr)²/n',
    'Σλ_i‖d_i‖²_L²': 'eq. (22) with the L² norm: Σ λ_i(v_iᵀr)²/n',
    'λ_max': 'largest |eigenvalue| of G/n (sets the rounding tolerance)',
};

/** Lemma 3: Legendre components of power series with non-decreasing coefficient ratios g_i/h_i (eq. (19)). */
export const LEMMA3_TERMS = {
    'g_Pl/h_Pl': 'ratio of the degree-l Legendre components of g and h, by eq. (19) (no unit)',
    d: 'input dimension: P_l are the Legendre (Gegenbauer) polynomials of S^(d−1)',
    l: 'degree of the Legendre component',
    'g_i, h_i': 'power-series (Taylor) coefficients of the drawn polynomials g, h',
    h: 'h_0, h_1, …, h_P (comma-separated)',
    ratios: 'g_i/h_i for i = 0..P, non-decreasing (comma-separated); g_i = ratio·h_i',
    'g_Pl, component of g on P_l': 'degree-l Legendre component of g by eq. (19), up to the common factor N(d, l)',
    'h_Pl, component of h on P_l': 'the same for h',
    'error bound': 'rounding error bound of the ratio g_Pl/h_Pl; Infinity when h_Pl is below its own error (the case is inconclusive)',
};

/** Lemma 1 (eq. (12)): both sides of E[ξ(x)ξ(y)] = Σ e_i²ρ^i, under either Hermite convention. */
export const LEMMA1_TERMS = {
  ...ACTIVATION_TERMS,
  ...HERMITE_TERMS,
  xi: 'ξ: σ or its derivative σ′',
  k: 'grid index: ρ = k/20',
  e_i: 'the coefficients of ξ in the Lemma\'s expansion ξ = Σ e_iH_i',
  'E[ξξ]': 'E[ξ(x)ξ(y)], the left side, from the dual kernel',
  'Σ e_i²ρ^i': 'the right side of eq. (12) with this reading\'s coefficients (60 terms)',
  'Σ e_i²ρ^i (orthonormal)': 'the right side with orthonormal coefficients h_i = √(i!)·a_i: the corrected Σ i!·a_i²ρ^i',
  'Σ e_i²ρ^i (monic)': 'the right side with the monic coefficients a_i of eq. (16), as printed',
};

/** Corollaries 1 and 2: the first- and second-layer eigenvalues of degree i on S^(d−1) (eqs. (8)–(9)). */
export const LAYER_EIGENVALUE_TERMS = {
  ...ACTIVATION_TERMS,
  d: 'input dimension: Legendre components on S^(d−1) ⊂ R^d',
  i: 'degree of the Legendre (spherical-harmonic) component',
  'λ⁽¹⁾_i, first layer': 'degree-i Funk–Hecke eigenvalue of the first-layer kernel κ⁽⁰⁾ = u·ψ₁(u) (weights w)',
  'λ⁽²⁾_i, second layer': 'degree-i eigenvalue of the second-layer kernel κ⁽¹⁾ = ψ₀(u) (weights v)',
  'error bound on λ⁽¹⁾_i': 'absolute error bound of λ⁽¹⁾_i (closed form for relu, power series otherwise)',
  'error bound on λ⁽²⁾_i': 'absolute error bound of λ⁽²⁾_i',
};

/** Corollaries 1 and 2: the status of one comparison λ⁽¹⁾_i ≥ i²λ⁽²⁾_i (`decideAt`). */
export const LAYER_RATIO_STATUS_TERMS = {
  status: 'holds / violated / below resolution (the difference is within the error bounds) / both vanish (skipped)',
  'both 0, both vanish': 'measured value when both eigenvalues are 0 (ratio undefined)',
  Infinity: 'ratio when λ⁽²⁾_i vanishes and λ⁽¹⁾_i does not',
};

/** Theorem 1's two readings of g's size: the critical scale s* and the measurements at sup|g| = 1 and 2¹⁰. */
export const THM1_SCALE_TERMS = {
  'critical sup|g| s*': 's*: the largest sup|g| at which the printed bound is violated in at most the allowed fraction δ + 3σ of draws (Infinity: at every scale)',
  ...THM1_TERMS,
  'λ₁ at sup|g| = 1': 'λ₁ at unit size of g',
  'λ₂ at sup|g| = 1': 'λ₂ at unit size of g',
  'λ₁/λ₂': 'population ratio of the decrements (the same at every scale)',
  'violation frequency at sup|g| = 1': 'fraction of draws with |R_n − λ₁/λ₂| above the printed bound at sup|g| = 1',
  'violation frequency at sup|g| = 2¹⁰': 'the same at the domain\'s largest sup|g|',
  'largest |R_n − λ₁/λ₂|': 'largest deviation over the draws (no unit)',
  'corrected violation frequency': 'fraction of draws above the corrected bound',
};
