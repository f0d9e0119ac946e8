import type { MonteCarloEstimate } from './monteCarloEstimate.js';

/**
 * ‖g‖²_{L²(ρ)} = E_{x∼ρ}[g(x)²] from the values g(x_1), …, g(x_M) at i.i.d. fresh draws x_l ∼ ρ: the
 * sample mean of g², unbiased, with standard error sd(g²)/√M (sample standard deviation, M − 1 divisor).
 * The points must be independent of g (not the training set): off the training set is the point of
 * Bowman & Montúfar's Theorem 3.5.
 */
export function squaredL2Norm(values: ArrayLike<number>): MonteCarloEstimate {
  const m = values.length;
  if (m < 2) throw new RangeError(`values must hold at least 2 samples, got ${m}`);
  let mean = 0;
  for (let i = 0; i < m; i++) mean += values[i]! * values[i]!;
  mean /= m;
  let ss = 0;
  for (let i = 0; i < m; i++) ss += (values[i]! * values[i]! - mean) ** 2;
  return { estimate: mean, standardError: Math.sqrt(ss / (m - 1) / m) };
}
