/**
 * Shared entries of the bowman22 claims' glossaries ("Symbols and columns" in the report): each symbol of
 * the printed text, the reading and the measurement table, with its meaning and unit. A claim spreads
 * the entries it uses and adds its own.
 */
export const G = {
  activation: { activation: 'the activation ω of every hidden layer (softplus, tanh, sigmoid; relu only as the printed exception or a reference)' },
  hiddenLayers: { hiddenLayers: 'number of hidden layers of the fully connected network (an integer)' },
  d: { d: 'sphere dimension: the inputs lie on Sᵈ ⊂ R^(d+1) (S² … S⁶); an integer' },
  seed: { seed: 'integer seed of the case’s points, target and initialisations' },
  backend: { backend: 'TensorFlow.js backend the network ran on' },
  m: { m: 'width: number of units of each hidden layer (an integer)' },
  n: { n: 'number of training samples (an integer)' },
  rho: { ρ: 'the input distribution: uniform probability measure on Sᵈ (total mass 1)' },
  kInf: { 'K∞': 'the analytic infinite-width NTK of the network (computed from the activation’s Hermite series, float64)' },
  k0: { 'K₀': 'the empirical NTK of one network at initialisation, θ = θ₀ (float32 gradients)' },
  sigma: { σ_k: 'eigenvalue of the integral operator T_K∞ on L²(ρ) (on the sphere: one per degree of spherical harmonics, with multiplicity N(d, k)); dimensionless' },
  eta: { η: 'gradient-descent step, η = 0.5/σ₁ unless stated; time t = η·steps' },
  t: { t: 'training time in units of gradient-flow time, t = η·steps' },
  fStar: { 'f*': 'the target function: a sum of zonal spherical harmonics on the top eigenvalue levels (‖f*‖ in L²(ρ))' },
  r: { r_t: 'the residual f_t − f* of the trained network at time t (r₀ = −f* under the antisymmetric initialisation)' },
  eT: { 'e(T)r₀': 'the idealised kernel dynamics: the residual evolved by the linear operator T_K∞ (gradient flow e^(−T t)r₀, or (1 − ηT)^(t/η)r₀ for the same GD step)' },
  P: { P_k: 'orthogonal projection of L²(ρ) onto the top k eigenfunctions (here whole eigenvalue levels: spherical harmonics of the top degrees)' },
  betaStar: { 'β*': 'the Õ threshold on a fitted exponent: −1/2 + 1/ln(x_g), x_g the geometric mean of the swept width or sample size; one logarithmic factor is allowed' },
  exponent: { exponent: 'least-squares slope of log(quantity) against log(swept size) through all independent runs (dimensionless)' },
  interval: { interval: 'the 95 % t-interval [lower, upper] of that exponent — what the decision uses' },
  couldFail: { 'could fail': 'yes when the case had power: a false claim reaching the power reference would have failed it' },
  case: { case: 'number of the drawn case (fast-check order)' },
  nan: { 'NaN / —': 'not computed for this row (no fit window, or a quantity undefined for that kind of row)' },
} as const;

/** The columns naming a drawn network (`NetworkCase`): activation, depth, sphere, seed, and the backend it ran on. */
export const NETWORK_TERMS = { ...G.activation, ...G.hiddenLayers, ...G.d, ...G.seed, ...G.backend };

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** The sphere S^d with its dimension as a Unicode superscript: sphere(4) = "S⁴". */
export const sphere = (d: number | string): string => `S${String(d).replace(/\d/g, (c) => SUPERSCRIPT[Number(c)]!)}`;

/** `count` points from a to b, evenly spaced on a linear or a log scale (for drawing a fitted curve as a curve). */
export function sampleAxis(a: number, b: number, scale: 'linear' | 'log', count = 40): number[] {
  return Array.from({ length: count }, (_, j) => (scale === 'log' ? a * (b / a) ** (j / (count - 1)) : a + ((b - a) * j) / (count - 1)));
}
