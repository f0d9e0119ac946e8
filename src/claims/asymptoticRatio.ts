import { linearFit } from '../numerics/linearFit.js';

/**
 * Decision rule for an asymptotic lower bound a(x) = Ω(g(x)) as x → ∞, from the log-ratio
 * ℓ(x) = log(a(x)/g(x)) sampled on a sweep spanning the two decades [x₀, 100·x₀]:
 *   s₁, s₂ = least-squares slopes of ℓ against log x over the first and the last decade.
 *   - refuted (the ratio provably tends to 0): s₁ ≤ −½ and s₂ ≤ −½ and |s₂ − s₁| ≤ ¼·|s₂|, i.e. a
 *     power-law decay of at least x^{−1/2} that is stable across both decades;
 *   - holds (bounded away from 0): s₂ ≥ 0 (the ratio is not decreasing over the last decade), or
 *     −0.05 ≤ s₂ and s₂ ≥ s₁ (it changes by less than 12 % over the last decade and its decay is not
 *     accelerating);
 *   - inconclusive otherwise: a sweep of finite length cannot tell a slow decay (e.g. 1/log x) from a
 *     bounded ratio, nor a transient from a limit.
 */
export interface AsymptoticVerdict {
  readonly decision: 'holds' | 'refuted' | 'inconclusive';
  readonly firstSlope: number;
  readonly lastSlope: number;
}

export const REFUTE_SLOPE = -0.5;
export const HOLD_SLOPE = -0.05;

export function decideAsymptoticRatio(xs: ArrayLike<number>, logRatio: ArrayLike<number>): AsymptoticVerdict {
  const x0 = xs[0]!;
  const first: number[] = [];
  const last: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    if (xs[i]! <= 10 * x0) first.push(i);
    if (xs[i]! >= 10 * x0) last.push(i);
  }
  if (first.length < 2 || last.length < 2 || xs[xs.length - 1]! < 99 * x0) {
    throw new RangeError('the sweep must cover two decades [x0, 100·x0] with ≥ 2 points in each');
  }
  const slope = (idx: number[]) => linearFit(idx.map((i) => Math.log(xs[i]!)), idx.map((i) => logRatio[i]!)).slope;
  const firstSlope = slope(first);
  const lastSlope = slope(last);
  let decision: AsymptoticVerdict['decision'] = 'inconclusive';
  if (firstSlope <= REFUTE_SLOPE && lastSlope <= REFUTE_SLOPE && Math.abs(lastSlope - firstSlope) <= 0.25 * Math.abs(lastSlope)) {
    decision = 'refuted';
  } else if (lastSlope >= 0 || (lastSlope >= HOLD_SLOPE && lastSlope >= firstSlope)) {
    decision = 'holds';
  }
  return { decision, firstSlope, lastSlope };
}

/** Points x₀·10^{j/perDecade}, j = 0..2·perDecade, rounded to integers of the given parity (distinct). */
export function twoDecadeSweep(x0: number, perDecade: number, parity: 'any' | 'even' = 'any'): number[] {
  const out: number[] = [];
  for (let j = 0; j <= 2 * perDecade; j++) {
    let x = Math.round(x0 * 10 ** (j / perDecade));
    if (parity === 'even' && x % 2 === 1) x += 1;
    if (out.length === 0 || x > out[out.length - 1]!) out.push(x);
  }
  return out;
}
