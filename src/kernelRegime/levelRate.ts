import type { MonteCarloEstimate } from './monteCarloEstimate.js';

/**
 * The rate at which one eigen-level of the residual is learned: a_ℓ(S)² = ‖P_ℓ r_S‖² measured at step
 * counts S (Monte Carlo estimates with standard errors), fitted by a_ℓ(S)² ≈ a_ℓ(0)²·e^{−2ρS}, i.e. the
 * weighted least-squares slope of log a² against S with weights (estimate/SE)² (delta method:
 * Var log a² ≈ (SE/a²)²). ρ is a per-step rate; the idealised dynamics predict ρ = −log(1 − ησ_ℓ)
 * (gradient descent) ≈ ησ_ℓ, i.e. σ_ℓ per unit flow time (Bowman & Montúfar §2.2: ⟨r_t, φ_i⟩ =
 * e^{−σ_i t}⟨r_0, φ_i⟩).
 *
 * Window: the checkpoints S ≤ `until` (chosen from the prediction, not the data) whose estimate exceeds
 * 3 standard errors (a projection indistinguishable from 0 carries no rate information). The rate's
 * standard error is the WLS slope's, 1/√(Σ w (S − S̄_w)²), halved like the slope — it covers the Monte
 * Carlo error of the measurement, not the run-to-run randomness of the network (that is what the
 * checks measure). Two usable checkpoints suffice: the weights are known variances, not fitted ones.
 */
export interface LevelRate {
  readonly rate: number;
  readonly standardError: number;
  /** Number of checkpoints used. */
  readonly points: number;
}

export function levelRate(steps: readonly number[], estimates: readonly MonteCarloEstimate[], until: number): LevelRate | undefined {
  const xs: number[] = [];
  const ys: number[] = [];
  const ws: number[] = [];
  steps.forEach((s, i) => {
    const e = estimates[i]!;
    if (s > until || !(e.estimate > 3 * e.standardError) || !(e.standardError > 0)) return;
    xs.push(s);
    ys.push(Math.log(e.estimate));
    ws.push((e.estimate / e.standardError) ** 2);
  });
  if (xs.length < 2) return undefined;
  const w = ws.reduce((a, b) => a + b, 0);
  const mx = xs.reduce((a, x, i) => a + ws[i]! * x, 0) / w;
  const my = ys.reduce((a, y, i) => a + ws[i]! * y, 0) / w;
  let sxx = 0;
  let sxy = 0;
  xs.forEach((x, i) => {
    sxx += ws[i]! * (x - mx) ** 2;
    sxy += ws[i]! * (x - mx) * (ys[i]! - my);
  });
  if (!(sxx > 0)) return undefined;
  return { rate: -sxy / sxx / 2, standardError: 1 / Math.sqrt(sxx) / 2, points: xs.length };
}
