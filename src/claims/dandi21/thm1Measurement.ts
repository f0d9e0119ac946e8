import type { ActivationName } from '../../activations/activation.js';
import { activationByName } from '../../activations/activationByName.js';
import { sphereDimensionOfInput } from '../../layerwise/sphereDimensionOfInput.js';
import { twoLayerSpectrum } from '../../layerwise/twoLayerSpectrum.js';
import { createRng } from '../../random/rng.js';
import { gegenbauerAll } from '../../sphere/gegenbauer.js';
import { harmonicDimension } from '../../sphere/harmonicDimension.js';
import { sampleSphere } from '../../sphere/sampleSphere.js';

export interface Thm1Case extends Record<string, string | number> {
  activation: ActivationName;
  /** Input dimension (sphere S^{d−1}). */
  d: number;
  /** Which two of the three lowest degrees with μ⁽¹⁾, μ⁽²⁾ > 0 make up g: 0 → (1st, 2nd), 1 → (1st, 3rd), 2 → (2nd, 3rd). */
  pair: number;
  /** Mixing angle θ = w·π/18 of g ∝ cos θ·P_j + sin θ·P_k. */
  w: number;
  n: number;
  delta: number;
  draws: number;
  seed: number;
}

/** Grid size for sup|G| (with Markov's inequality |G'| ≤ K²·sup|G| on [−1, 1] for a degree-K polynomial). */
const SUP_GRID = 4000;

/** The range of sup|g| the claim is checked over: [1/MAX_SCALE, MAX_SCALE]. */
export const MAX_SCALE = 2 ** 10;

export interface Thm1Measurement {
  /** |R_n − λ₁/λ₂| of every draw, ascending (the same for every scale of g). */
  readonly deviations: readonly number[];
  /** (1/n)Σφ₁(x_i) and (1/n)Σφ₂(x_i) of every draw, in draw order, at sup|g| = 1 (unbiased for λ₁, λ₂). */
  readonly means: { readonly first: readonly number[]; readonly second: readonly number[] };
  /** The printed bound (log(4/δ)/√n)·max{√(AC²/(2λ₁²)), √(BD²/(2λ₂²))} at sup|g| = 1; at sup|g| = s it is this/s. */
  readonly printedBoundAtUnitScale: number;
  /** The Hoeffding bound redone (see `thm1RatioConcentration`), scale-free; Infinity when vacuous. */
  readonly correctedBound: number;
  readonly populationRatio: number;
  readonly A: number;
  readonly B: number;
  /** C = D at sup|g| = 1 (an upper bound on sup|g|, ≤ 1.017). */
  readonly C: number;
  /** λ₁, λ₂ at sup|g| = 1 (they scale like sup|g|²). */
  readonly lambda1: number;
  readonly lambda2: number;
  readonly degrees: string;
}

/**
 * One case of Theorem 1, with every quantity explicit (§5.3 and appendix 8):
 * - kernels κ⁽¹⁾ = u·ψ₁, κ⁽²⁾ = ψ₀ of §5.4 on S^{d−1}; A = sup|κ⁽¹⁾| = κ⁽¹⁾(1) = ψ₁(1), B = sup|κ⁽²⁾| = ψ₀(1)
 *   (both have non-negative power-series coefficients, so |κ(t)| ≤ κ(1));
 * - g(x) = G(⟨x, z⟩)/max|G| (sup|g| = 1; other scales follow exactly, see below), G = cos θ·P_j +
 *   sin θ·P_k over two degrees ≤ 8 where both kernels' eigenvalues are positive (a single harmonic would
 *   make the finite-sample ratio exact, R_n = λ₁/λ₂ for every sample); C = D = an upper bound on sup|g|
 *   (grid maximum with Markov's inequality, ≤ 1.017). D appears only in the final statement; the proof
 *   bounds φ₂ ≤ BC², so D is read as C;
 * - φ_ℓ(x) = g(x)·∫g(x')κ⁽ℓ⁾(x, x')dx' = g(x)·(1/max|G|)(cos θ·μ_j⁽ℓ⁾P_j + sin θ·μ_k⁽ℓ⁾P_k)(⟨x, z⟩)
 *   exactly (Funk–Hecke), λ_ℓ = E[φ_ℓ] = (1/max|G|)²(cos²θ·μ_j⁽ℓ⁾/N(d,j) + sin²θ·μ_k⁽ℓ⁾/N(d,k));
 * - R_n = Σφ₁(x_i)/Σφ₂(x_i) over n uniform points on S^{d−1}, repeated `draws` times from the seed.
 * Scaling g by s leaves every R_n and λ₁/λ₂ unchanged and multiplies C by s and λ_ℓ by s², so the printed
 * bound at sup|g| = s is `printedBoundAtUnitScale`/s: one set of draws decides every scale.
 */
export function thm1Measure(c: Thm1Case): Thm1Measurement {
  const activation = activationByName(c.activation);
  const sphereDim = sphereDimensionOfInput(c.d);
  const spectrum = twoLayerSpectrum(activation, c.d, 8);
  const positive: number[] = [];
  for (let l = 0; l <= 8 && positive.length < 3; l++) {
    const f = spectrum.first;
    const s = spectrum.second;
    if (!f.vanishes[l] && !s.vanishes[l] && f.values[l]! > f.error[l]! && s.values[l]! > s.error[l]!) positive.push(l);
  }
  if (positive.length < 3) throw new Error(`fewer than three degrees ≤ 8 with positive eigenvalues for ${c.activation}, d = ${c.d}`);
  const [ia, ib] = ([[0, 1], [0, 2], [1, 2]] as const)[c.pair]!;
  const j = positive[ia]!;
  const k = positive[ib]!;
  const theta = (c.w * Math.PI) / 18;
  const a = Math.cos(theta);
  const b = Math.sin(theta);
  const p = new Float64Array(k + 1);
  const G = (t: number) => {
    gegenbauerAll(sphereDim, k, t, p);
    return a * p[j]! + b * p[k]!;
  };
  let maxG = 0;
  for (let i = 0; i <= SUP_GRID; i++) maxG = Math.max(maxG, Math.abs(G(-1 + (2 * i) / SUP_GRID)));
  const unit = 1 / maxG;
  const C = 1 / (1 - (k * k) / SUP_GRID); // Markov: sup ≤ max_grid + (h/2)·K²·sup with h = 2/SUP_GRID.
  const A = activation.psi1(1);
  const B = activation.psi0(1);
  const mu = (side: 'first' | 'second', l: number) => spectrum[side].values[l]!;
  const N = (l: number) => Number(harmonicDimension(sphereDim, l));
  const lambda = (side: 'first' | 'second') => unit * unit * ((a * a * mu(side, j)) / N(j) + (b * b * mu(side, k)) / N(k));
  const lambda1 = lambda('first');
  const lambda2 = lambda('second');
  const populationRatio = lambda1 / lambda2;
  const log4 = Math.log(4 / c.delta);
  const printedBoundAtUnitScale = (log4 / Math.sqrt(c.n)) * Math.max(Math.sqrt((A * C * C) / (2 * lambda1 * lambda1)), Math.sqrt((B * C * C) / (2 * lambda2 * lambda2)));
  // Hoeffding for φ_ℓ ∈ [−A_ℓC², A_ℓC²]: |mean − λ_ℓ| ≤ A_ℓC²·√(2·log(4/δ)/n) with probability ≥ 1 − δ/2 each.
  const t1 = A * C * C * Math.sqrt((2 * log4) / c.n);
  const t2 = B * C * C * Math.sqrt((2 * log4) / c.n);
  const correctedBound = t2 < lambda2 ? (t1 + populationRatio * t2) / (lambda2 - t2) : Infinity;
  const rng = createRng(c.seed);
  const deviations: number[] = [];
  const means = { first: [] as number[], second: [] as number[] };
  for (let r = 0; r < c.draws; r++) {
    const x = sampleSphere(rng, c.n, sphereDim);
    let m1 = 0;
    let m2 = 0;
    for (let i = 0; i < c.n; i++) {
      const t = x[i * c.d]!; // ⟨x_i, z⟩ with the pole z = e_1 (the sample is rotation invariant)
      gegenbauerAll(sphereDim, k, t, p);
      const g = unit * (a * p[j]! + b * p[k]!);
      m1 += g * unit * (a * mu('first', j) * p[j]! + b * mu('first', k) * p[k]!);
      m2 += g * unit * (a * mu('second', j) * p[j]! + b * mu('second', k) * p[k]!);
    }
    deviations.push(Math.abs(m1 / m2 - populationRatio));
    means.first.push(m1 / c.n);
    means.second.push(m2 / c.n);
  }
  deviations.sort((u, v) => u - v);
  return {
    deviations,
    means,
    printedBoundAtUnitScale,
    correctedBound,
    populationRatio,
    A,
    B,
    C,
    lambda1,
    lambda2,
    degrees: `${j}+${k}`,
  };
}

/** δ plus three binomial standard deviations of the violation count over `draws` independent draws. */
export function frequencyAllowance(delta: number, draws: number): number {
  return delta + 3 * Math.sqrt((delta * (1 - delta)) / draws);
}

/**
 * The largest sup|g| at which the printed bound still holds on these draws: the violation frequency
 * #{dev > b}/D stays ≤ `allowance` exactly while b ≥ dev_(D−K), K = ⌊allowance·D⌋ (ascending order
 * statistics), and b = b₁/s; so s* = b₁/dev_(D−K) (Infinity when that deviation is 0).
 */
export function criticalScale(m: Thm1Measurement, allowance: number): number {
  const D = m.deviations.length;
  const K = Math.floor(allowance * D);
  if (K >= D) return Infinity;
  const b = m.deviations[D - K - 1]!;
  return b === 0 ? Infinity : m.printedBoundAtUnitScale / b;
}

/** Violation frequency of a bound b over the draws. */
export function violationFrequency(m: Thm1Measurement, bound: number): number {
  return m.deviations.filter((v) => v > bound).length / m.deviations.length;
}
