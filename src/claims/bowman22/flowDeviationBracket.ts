import type { DeviationRun } from '../../kernelRegime/deviationRun.js';

/**
 * The bracket of Bowman & Montúfar's Theorem 3.5 with the printed gradient flow e^{−T_K t} in place of
 * the run's gradient-descent factor (1 − ηT_K)^S (`deviationBracket` is the same-step version):
 *
 *   B_flow = max( max_i D^flow(t_i)/t_i², max_{i,k} D_k^flow(t_i)/h_k(t_i)² ),  h_k(t) = (1 − e^{−σ_k t})/σ_k.
 *
 * The run measures Δ = r_t − e_GD(T)r₀; the flow difference is Δ + G with G = (e_GD − e_flow)(T)r₀ known
 * exactly on the sphere (‖P_kG‖² = Σ_{ℓ≤k} c_ℓ²(e_GD(σ_ℓ) − e^{−σ_ℓ t})², c_ℓ² = ‖P_ℓ r₀‖²). Without the
 * cross term, the triangle inequality brackets D^flow between (√D − ‖G‖)² and (√D + ‖G‖)²: `upper`
 * and `lower` are B_flow computed from those two ends (both exact bounds of the true B_flow up to the
 * Monte Carlo error of D). `gap` is the largest ‖G‖²/t² alone: what B_flow keeps as n, m → ∞.
 */
export interface FlowBracket {
  readonly upper: number;
  readonly lower: number;
  readonly gap: number;
}

export function flowDeviationBracket(run: DeviationRun, checkpoints: readonly number[]): FlowBracket {
  const { eta, times } = run;
  if (checkpoints[0] !== 0) throw new RangeError('the first checkpoint must be step 0 (it gives ‖P_ℓ r₀‖²)');
  const c2 = run.idealLevelResidual.map((series) => series[0]!);
  const gapOf = (k: number, i: number) =>
    c2.slice(0, k).reduce((s, c, l) => {
      const sigma = run.levels[l]!.value;
      return s + c * ((1 - eta * sigma) ** checkpoints[i]! - Math.exp(-sigma * times[i]!)) ** 2;
    }, 0);
  let upper = 0;
  let lower = 0;
  let gap = 0;
  // | ‖Δ‖ − ‖G‖ | ≤ ‖Δ + G‖ ≤ ‖Δ‖ + ‖G‖ (a negative U-statistic D counts as 0).
  const ends = (d: number, g: number) => [(Math.sqrt(Math.max(d, 0)) + Math.sqrt(g)) ** 2, (Math.sqrt(Math.max(d, 0)) - Math.sqrt(g)) ** 2] as const;
  times.forEach((t, i) => {
    if (checkpoints[i]! < 1) return;
    const g = run.flowGap[i]!;
    const [hi, lo] = ends(run.deviation[i]!.estimate, g);
    upper = Math.max(upper, hi / (t * t));
    lower = Math.max(lower, lo / (t * t));
    gap = Math.max(gap, g / (t * t));
    run.projected.forEach((series, k) => {
      const sigma = run.levels[k]!.value;
      const h = -Math.expm1(-sigma * t) / sigma;
      const [phi, plo] = ends(series[i]!.estimate, gapOf(k + 1, i));
      upper = Math.max(upper, phi / (h * h));
      lower = Math.max(lower, plo / (h * h));
    });
  });
  return { upper, lower, gap };
}
