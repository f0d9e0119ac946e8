import { HOLD_SLOPE, REFUTE_SLOPE } from '../asymptoticRatio.js';

/**
 * Shared entries of the cao21 claims' glossaries ("Symbols and columns" in the report): each symbol of
 * the printed text, the reading and the measurement table, with its meaning and unit. A claim spreads
 * the entries it uses and adds its own.
 */
export const G = {
  d: { d: 'sphere dimension: the data lie on S^d ⊂ R^(d+1) (S⁹: 10 coordinates); an integer' },
  k: { k: 'degree of the spherical harmonics (an integer ≥ 0)' },
  mu: { μ_k: 'eigenvalue of the NTK integral operator on the degree-k spherical harmonics, under the uniform probability measure τ_d (dimensionless; 0 at odd k ≥ 3)' },
  N: { 'N(d,k)': 'number of linearly independent degree-k spherical harmonics on S^d: the multiplicity of μ_k (an integer)' },
  tau: { τ_d: 'uniform probability measure on S^d (total mass 1)' },
  kappa: { κ: 'the two-layer ReLU NTK on unit inputs, κ(t) = t·κ̂₁(t) + 2κ̂₂(t) of t = ⟨x, x′⟩ ∈ [−1, 1] (eq. 2.1); κ(1) = 3/2' },
  P: { P_k: 'Gegenbauer (Legendre on S²) polynomial of degree k, normalised P_k(1) = 1' },
  lambda: { 'λ_(r_k)': 'the r_k-th eigenvalue of L_κ in Theorem 3.2 (λ_1 ≥ λ_2 ≥ ⋯); Remark 3.4 identifies it with μ_(k−1)' },
  rk: { r_k: 'number of eigenfunctions of the first k distinct eigenvalues: Σ_(j<k) N(d, j) (an integer)' },
  eps: { ε: 'machine epsilon of float64, 2.2e−16 (in the tolerances)' },
  case: { case: 'number of the drawn case (fast-check order)' },
  couldFail: { 'could fail': 'yes when the case had power: a false claim reaching the power reference would have failed it' },
  seed: { seed: 'integer seed of the case’s random sample and network initialisation' },
  backend: { backend: 'TensorFlow.js backend the network ran on' },
  trainMs: { 'training time (ms)': 'wall time of the gradient-descent runs of the case, milliseconds' },
} as const;

/** What the measured column of every asymptotic-ratio claim is (its header names the ratio). */
export const LAST_DECADE_SLOPE = `least-squares slope of log(ratio) against log(swept variable) over the last decade (dimensionless): the measured column; ≤ ${REFUTE_SLOPE} with the first decade agreeing refutes, ≥ 0 (or ≥ ${HOLD_SLOPE} and not falling) holds`;

/** The columns of every asymptotic-ratio claim (see `asymptoticCase`). */
export const ASYMPTOTIC_GLOSSARY = {
  decade: 'a factor 10 in the swept variable; the sweep covers two decades from its start x₀: [x₀, 10x₀] (first) and [10x₀, 100x₀] (last)',
  'slope over the first decade': 'least-squares slope of log(ratio) in log(swept variable) over the first decade [x₀, 10x₀] (dimensionless)',
  'refuted at ≤': `the refute threshold ${REFUTE_SLOPE} on the slope (a ratio decaying like x^(−1/2) or faster)`,
  margin: `last-decade slope minus ${REFUTE_SLOPE} (negative: the ratio decays like a power)`,
} as const;

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** The sphere S^d with its dimension as a Unicode superscript: sphere(9) = "S⁹". */
export const sphere = (d: number): string => `S${String(d).replace(/\d/g, (c) => SUPERSCRIPT[Number(c)]!)}`;
