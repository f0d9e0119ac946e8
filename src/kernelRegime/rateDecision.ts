import type { ExponentInterval } from './exponentInterval.js';

/**
 * Decision rule for a rate claim "y = Õ(x^{β₀})" (an upper bound up to logarithmic factors) from a fitted
 * exponent's 95 % interval [lower, upper] over a sweep whose abscissae have geometric mean x_g:
 *
 *   a factor log^a(x) has local log-log slope a/ln x, so Õ admits a measured exponent up to
 *   β₀ + a/ln x_g. We allow one logarithm (a = 1: the √log of a union bound over an ε-net, squared, or
 *   the log(1/δ) of a high-probability statement with δ = 1/poly(x)); more would make any power-law
 *   claim unfalsifiable over a sweep of one or two decades. Threshold β* = β₀ + 1/ln x_g.
 *
 *   - holds:        upper ≤ β*  (the data exclude a decay slower than x^{β₀}·log x);
 *   - refuted:      lower > β*  (the data exclude every decay at least as fast as x^{β₀}·log x);
 *   - inconclusive: the interval straddles β*.
 *
 * A faster decay than claimed (upper ≪ β₀) holds: the claim is an upper bound.
 */
export interface RateDecision {
  readonly decision: 'holds' | 'refuted' | 'inconclusive';
  readonly threshold: number;
}

export function decideRate(interval: ExponentInterval, claimedExponent: number, geometricMeanX: number): RateDecision {
  if (!(geometricMeanX > Math.E)) throw new RangeError(`geometricMeanX must exceed e, got ${geometricMeanX}`);
  const threshold = claimedExponent + 1 / Math.log(geometricMeanX);
  const decision = interval.upper <= threshold ? 'holds' : interval.lower > threshold ? 'refuted' : 'inconclusive';
  return { decision, threshold };
}

/** Geometric mean of positive numbers. */
export function geometricMean(xs: readonly number[]): number {
  return Math.exp(xs.reduce((s, v) => s + Math.log(v), 0) / xs.length);
}
