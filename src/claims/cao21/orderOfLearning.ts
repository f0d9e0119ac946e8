import { convergenceRate } from './projectionExperiment.js';

/**
 * Fitted convergence rates of the residual projections â_k(t) of one run, degree by degree, and the
 * order they imply ("lower degrees are learned first", Cao et al. §4).
 *
 * Windows. A projection decays linearly on a log scale only once the faster components that leak into
 * it have decayed, and only until it reaches the leakage level σ_k(t) of the remaining residual. So
 * degree k_j (tracked degrees in increasing order) is fitted on [t_a, t_b]:
 *   t_a = FIRST_START for the lowest tracked degree (the constant mode decays at s·λ_max(G/n), and
 *         λ_max(G/n) ≥ μ_0 ≥ 0.3 on S^d for d ≤ 20, so 10 steps take it below e⁻³), else the t_b of
 *         the previous degree;
 *   t_b = the first t ≥ t_a with â_k(t) ≤ max(e⁻⁴·â_k(t_a), 3σ_k(t)), or the last step.
 * Two outcomes give no rate: a projection at or below 3σ_k(t_a) when its window opens carries no
 * measurable degree-k content on this sample (`unmeasurable`: left out of the order); one whose window is shorter
 * than MIN_WINDOW steps reached e⁻⁴ or its leakage level that fast (`fast`: rate taken as +∞).
 */
export const FIRST_START = 10;
export const MIN_WINDOW = 10;

export interface DegreeFit {
  readonly k: number;
  readonly status: 'fit';
  readonly from: number;
  readonly to: number;
  readonly rate: number;
  readonly standardError: number;
  readonly rSquared: number;
}

export type DegreeOutcome = DegreeFit | { readonly k: number; readonly status: 'fast' | 'unmeasurable' };

export function fitDegrees(degrees: readonly number[], curves: readonly Float64Array[], leakage: readonly Float64Array[]): DegreeOutcome[] {
  const fits: DegreeOutcome[] = [];
  let from = FIRST_START;
  degrees.forEach((k, j) => {
    const curve = curves[j]!;
    const last = curve.length - 1;
    if (curve[from]! <= 3 * leakage[j]![from]!) {
      fits.push({ k, status: 'unmeasurable' });
      return;
    }
    let to = last;
    for (let t = from; t <= last; t++) {
      if (curve[t]! <= Math.max(Math.exp(-4) * curve[from]!, 3 * leakage[j]![t]!)) {
        to = t;
        break;
      }
    }
    if (to - from < MIN_WINDOW) {
      fits.push({ k, status: 'fast' });
    } else {
      const fit = convergenceRate(curve, from, to);
      fits.push({ k, status: 'fit', from, to, rate: fit.rate, standardError: fit.standardError, rSquared: fit.rSquared });
    }
    from = Math.min(to, last);
  });
  return fits;
}

/**
 * Over the measurable degrees in increasing order: `holds` when every consecutive pair has
 * ρ_lower − ρ_higher > 3·√(se² + se²) (three standard errors of the difference of two least-squares
 * slopes) or only the lower one is `fast`; `refuted` when ρ_higher − ρ_lower > 3·√(se² + se²) or only
 * the higher one is `fast`; otherwise (both fast, within noise, or fewer than two measurable degrees)
 * `inconclusive`.
 */
export function learningOrder(outcomes: readonly DegreeOutcome[]): 'holds' | 'refuted' | 'inconclusive' {
  const measured = outcomes.filter((o) => o.status !== 'unmeasurable');
  if (measured.length < 2) return 'inconclusive';
  let verdict: 'holds' | 'inconclusive' = 'holds';
  for (let j = 1; j < measured.length; j++) {
    const a = measured[j - 1]!;
    const b = measured[j]!;
    if (a.status === 'fit' && b.status === 'fit') {
      const margin = 3 * Math.hypot(a.standardError, b.standardError);
      if (b.rate - a.rate > margin) return 'refuted';
      if (!(a.rate - b.rate > margin)) verdict = 'inconclusive';
    } else if (a.status === 'fit') {
      return 'refuted';
    } else if (b.status === 'fast') {
      verdict = 'inconclusive';
    }
  }
  return verdict;
}

/**
 * Power of the order: it is decided only when every tracked degree was measured and `learningOrder`
 * resolved it (a false order — equal rates, the assumption the 3σ test rejects — would have failed).
 * Margin: min over consecutive fitted degrees of log(ρ_lower/ρ_higher) (negative: reversed); +∞ when no
 * two consecutive degrees were fitted.
 */
export function orderPower(outcomes: readonly DegreeOutcome[]): { decided: boolean; margin: number } {
  const decided = outcomes.every((o) => o.status !== 'unmeasurable') && learningOrder(outcomes) !== 'inconclusive';
  let margin = Infinity;
  for (let j = 1; j < outcomes.length; j++) {
    const a = outcomes[j - 1]!;
    const b = outcomes[j]!;
    if (a.status === 'fit' && b.status === 'fit') margin = Math.min(margin, Math.log(a.rate / b.rate));
  }
  return { decided, margin };
}
