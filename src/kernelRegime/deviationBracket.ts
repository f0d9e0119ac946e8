import { logLogSlope } from '../numerics/logLogSlope.js';
import type { DeviationRun } from './deviationRun.js';

/**
 * The constants of Bowman & Montúfar's Theorem 3.5 on one measured trajectory. The theorem (K = K^∞)
 * states, for all t ≤ T and k,
 *
 *   ‖P_k(r_t − e^{−T_K t}r_0)‖² ≤ [(1 − e^{−σ_k t})/σ_k]²·B,   ‖r_t − e^{−T_K t}r_0‖² ≤ t²·B,
 *   B = 4‖f*‖²_∞‖K − K₀‖²_{L²(ρ⊗ρ)} + ε,
 *
 * with ε → 0 once m = Ω̃(T⁴/ε²) and n = Ω̃(T²/ε²). For gradient descent with step η (the run's dynamics,
 * see `deviationRun`) the same Duhamel argument gives the factors t = ηS and
 * g_k(S) = Σ_{s<S} η(1 − ησ_k)^s = (1 − (1 − ησ_k)^S)/σ_k (ησ_k ≤ 1 here), which are what we use.
 *
 * Made explicit from the trajectory (checkpoints S_i ≥ 1, Monte Carlo estimates of D, D_k):
 * - `unprojected` B_u = max_i D(t_i)/t_i², the smallest B for the second inequality;
 * - `projected` B_p = max_{i,k} D_k(t_i)/g_k(S_i)², the smallest B for the first (k = 1..levels);
 * - `bracket` B = max(B_u, B_p): the smallest bracket making both true on the sampled times;
 * - `explicitTerm` A = 4‖f*‖²_∞‖K^∞ − K₀‖² with ‖f*‖_∞ ≤ Σ|c_j|√N_j and the U-statistic of ‖K^∞ − K₀‖²;
 * - `epsilonNeeded` = max(0, B − A): the theorem's ε that this trajectory requires;
 * - `growth`: the log-log slope of √D(t) against t over the checkpoints (≤ 1 ⇔ "grows at most like t");
 * - `projectedOverUnprojected` = max_{i,k} D_k(t_i)/(g_k(S_i)²·B_u): ≤ 1 when the projected inequality
 *   already holds with the bracket the unprojected one needs (the σ_k^{−1} saturation of the bound).
 */
export interface DeviationBracket {
  readonly unprojected: number;
  readonly projected: number;
  readonly bracket: number;
  readonly explicitTerm: number;
  readonly epsilonNeeded: number;
  readonly growth: number;
  readonly projectedOverUnprojected: number;
}

export function deviationBracket(run: DeviationRun, checkpoints: readonly number[]): DeviationBracket {
  const { eta, times } = run;
  let unprojected = 0;
  let projected = 0;
  let ratio = 0;
  const ts: number[] = [];
  const roots: number[] = [];
  times.forEach((t, i) => {
    const s = checkpoints[i]!;
    if (s < 1) return;
    const d = run.deviation[i]!.estimate;
    unprojected = Math.max(unprojected, d / (t * t));
    if (d > 0) {
      ts.push(t);
      roots.push(Math.sqrt(d));
    }
  });
  times.forEach((_, i) => {
    const s = checkpoints[i]!;
    if (s < 1) return;
    run.projected.forEach((series, k) => {
      const sigma = run.levels[k]!.value;
      const g = -Math.expm1(s * Math.log1p(-eta * sigma)) / sigma;
      const v = series[i]!.estimate / (g * g);
      projected = Math.max(projected, v);
      ratio = Math.max(ratio, v / unprojected);
    });
  });
  const bracket = Math.max(unprojected, projected);
  const explicitTerm = run.kernel ? 4 * run.targetSup ** 2 * Math.max(0, run.kernel.l2Squared.estimate) : 0;
  return {
    unprojected,
    projected,
    bracket,
    explicitTerm,
    epsilonNeeded: Math.max(0, bracket - explicitTerm),
    growth: ts.length >= 2 ? logLogSlope(ts, roots) : NaN,
    projectedOverUnprojected: ratio,
  };
}
