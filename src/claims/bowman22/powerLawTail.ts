import { requireInteger } from '../../numerics/validate.js';
import { linearFit } from '../../numerics/linearFit.js';

/**
 * A least-squares power law σ_i ≈ Λ·i^{−ν} on the index window [i₀, i₁] of a descending spectrum
 * (Bowman & Montúfar §2.2: "the spectrum is known to asymptotically follow a power law σ_i ∼ Λi^{−ν}"),
 * with the two diagnostics that tell a power law from other decays.
 *
 * Points: the distinct integers round(i₀·(i₁/i₀)^{j/J}), J = ⌈perDecade·log₁₀(i₁/i₀)⌉, so that every
 * part of the window in log i weighs the same (all integers would let the last decade dominate).
 * Fit: log σ_i = log Λ − ν·log i by ordinary least squares, with R² and the residual RMS.
 *
 * Curvature. ν₁ and ν₂ are the fitted exponents on the two halves [i₀, g] and [g, i₁], g = √(i₀i₁),
 * and κ = ν₂/ν₁. A power law has κ = 1. An exponential σ_i ∝ e^{−ci} has local log-log slope −c·i, and
 * the least-squares slope of −c·e^x over an x-interval shifted by L = ln(g/i₀) is e^L times larger, so
 * κ_exp = r := √(i₁/i₀) (a stretched exponential e^{−c·i^β} gives r^β). `curvatureInExponentialUnits`
 * = |ln κ|/ln r places the measured bend on that scale: 0 for a power law, 1 for an exponential.
 *
 * The log-linear fit log σ_i = a − c·i on the same points is the exponential alternative; its RMS is
 * reported next to the power law's.
 */
export interface PowerLawTail {
  readonly window: readonly [number, number];
  readonly points: number;
  readonly nu: number;
  readonly logScale: number;
  readonly rSquared: number;
  readonly rms: number;
  readonly firstNu: number;
  readonly lastNu: number;
  readonly curvature: number;
  readonly curvatureInExponentialUnits: number;
  readonly exponentialRms: number;
  readonly exponentialRSquared: number;
}

/** `values[i − 1]` = σ_i (descending, positive on the window); 1 ≤ i₀, 10·i₀ ≤ i₁ ≤ values.length. */
export function fitPowerLawTail(values: ArrayLike<number>, i0: number, i1: number, perDecade = 20): PowerLawTail {
  requireInteger('i0', i0, 1);
  requireInteger('i1', i1, 4 * i0, values.length);
  requireInteger('perDecade', perDecade, 4);
  const indices = logSpacedIndices(i0, i1, perDecade);
  for (const i of indices) {
    if (!(values[i - 1]! > 0)) throw new RangeError(`values must be positive on the window, got σ_${i} = ${values[i - 1]}`);
  }
  const g = Math.sqrt(i0 * i1);
  const logI = indices.map(Math.log);
  const logS = indices.map((i) => Math.log(values[i - 1]!));
  const all = linearFit(logI, logS);
  const first = linearFit(...select(indices, logI, logS, (i) => i <= g));
  const last = linearFit(...select(indices, logI, logS, (i) => i >= g));
  const exponential = linearFit(indices, logS);
  const curvature = last.slope / first.slope;
  return {
    window: [i0, i1],
    points: indices.length,
    nu: -all.slope,
    logScale: all.intercept,
    rSquared: all.rSquared,
    rms: residualRms(logI, logS, all.intercept, all.slope),
    firstNu: -first.slope,
    lastNu: -last.slope,
    curvature,
    curvatureInExponentialUnits: Math.abs(Math.log(curvature)) / Math.log(Math.sqrt(i1 / i0)),
    exponentialRms: residualRms(indices, logS, exponential.intercept, exponential.slope),
    exponentialRSquared: exponential.rSquared,
  };
}

export function logSpacedIndices(i0: number, i1: number, perDecade: number): number[] {
  const steps = Math.ceil(perDecade * Math.log10(i1 / i0));
  const out: number[] = [];
  for (let j = 0; j <= steps; j++) {
    const i = Math.round(i0 * (i1 / i0) ** (j / steps));
    if (out.length === 0 || i > out[out.length - 1]!) out.push(i);
  }
  return out;
}

function select(indices: number[], u: number[], v: number[], keep: (i: number) => boolean): [number[], number[]] {
  const pick = indices.map((i, k) => (keep(i) ? k : -1)).filter((k) => k >= 0);
  return [pick.map((k) => u[k]!), pick.map((k) => v[k]!)];
}

function residualRms(u: ArrayLike<number>, v: ArrayLike<number>, intercept: number, slope: number): number {
  let s = 0;
  for (let k = 0; k < u.length; k++) s += (v[k]! - intercept - slope * u[k]!) ** 2;
  return Math.sqrt(s / u.length);
}
