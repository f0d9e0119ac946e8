import { requireFinite, requireInteger } from './validate.js';

/**
 * Student's t distribution with an integer number of degrees of freedom ν, for the confidence intervals
 * of the checks (a mean over ν + 1 independent replicates, or a regression with ν residual degrees of
 * freedom).
 *
 * CDF. With θ = arctan(t/√ν) and c = cos²θ, P(|T| ≤ t) = A(t | ν) is a finite sum (Abramowitz & Stegun
 * 26.7.3–26.7.4):
 *   ν odd:  A = (2/π)·[θ + sin θ cos θ·(1 + (2/3)c + (2·4)/(3·5)c² + … + (2·4···(ν−3))/(3·5···(ν−2))c^{(ν−3)/2})]
 *           (A = 2θ/π for ν = 1);
 *   ν even: A = sin θ·(1 + (1/2)c + (1·3)/(2·4)c² + … + (1·3···(ν−3))/(2·4···(ν−2))c^{(ν−2)/2}).
 * Every term is positive, so the sums are free of cancellation and A carries an absolute error of a few
 * ν·ε; a two-sided tail 1 − A ≥ 1e−6 (the smallest the checks use) is then known to ≈ 1e−9 relative.
 *
 * Quantile. t_p is the root of A(t) = 2p − 1 for p ∈ (1/2, 1) (symmetry for p < 1/2), found by bisection
 * on [0, hi] with hi doubled until A(hi) ≥ 2p − 1, to 1e−13 relative width; its accuracy is that of A
 * divided by the density, ≤ 1e−8 relative for tails ≥ 1e−6 (checked against mpmath in the property suite).
 */
export function studentTCdf(t: number, df: number): number {
  requireFinite('t', t);
  requireInteger('df', df, 1, 1_000_000);
  const a = centralProbability(Math.abs(t), df);
  return t >= 0 ? 0.5 + a / 2 : 0.5 - a / 2;
}

/** The p-quantile t_p of Student's t with `df` degrees of freedom, p ∈ (0, 1). */
export function studentTQuantile(p: number, df: number): number {
  requireFinite('p', p, 0, 1);
  if (p === 0 || p === 1) throw new RangeError(`p must lie strictly inside (0, 1), got ${p}`);
  requireInteger('df', df, 1, 1_000_000);
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  if (p === 0.5) return 0;
  const central = 2 * p - 1;
  let hi = 1;
  while (centralProbability(hi, df) < central) hi *= 2;
  let lo = 0;
  while (hi - lo > 1e-13 * hi) {
    const mid = 0.5 * (lo + hi);
    if (centralProbability(mid, df) < central) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/** A(t | ν) = P(|T| ≤ t) for t ≥ 0 (see above). */
function centralProbability(t: number, df: number): number {
  const theta = Math.atan(t / Math.sqrt(df));
  const s = Math.sin(theta);
  const c = Math.cos(theta) ** 2;
  if (df % 2 === 1) {
    if (df === 1) return (2 * theta) / Math.PI;
    let term = 1;
    let sum = 1;
    for (let j = 2; j <= df - 3; j += 2) {
      term *= (j / (j + 1)) * c;
      sum += term;
    }
    return (2 / Math.PI) * (theta + s * Math.cos(theta) * sum);
  }
  let term = 1;
  let sum = 1;
  for (let j = 1; j <= df - 3; j += 2) {
    term *= (j / (j + 1)) * c;
    sum += term;
  }
  return s * sum;
}
