/**
 * A Monte Carlo estimate with its standard error (one standard deviation of the estimator, itself
 * estimated from the same sample). A k·σ statement reads |estimate − truth| ≤ k·standardError with the
 * normal-approximation probability of k (k = 3: 0.27 % two-sided).
 */
export interface MonteCarloEstimate {
  readonly estimate: number;
  readonly standardError: number;
}
