import { studentTQuantile } from '../numerics/studentT.js';

/**
 * Fitted power-law exponents with 95 % confidence intervals, for the rate checks of Bowman & Montúfar
 * (kernel concentration in m, deviations in n): y ≈ C·x^β, β the least-squares slope of log y on log x.
 *
 * - `replicateExponent`: one slope per replicate (each replicate a full sweep over x: one initialisation,
 *   one sample), interval mean ± t_{R−1, 0.975}·sd/√R over the R replicates — the spread over
 *   initialisations the checks report.
 * - `pooledExponent`: one regression through all (x, y) pairs when every pair is an independent run
 *   (fresh initialisation and sample for every x and replicate): slope ± t_{N−2, 0.975}·SE with the
 *   usual SE = √(RSS/(N − 2)/Σ(log x − mean)²).
 *
 * t_{df, 0.975} is `studentTQuantile(0.975, df)`.
 */
export interface ExponentInterval {
  readonly exponent: number;
  readonly lower: number;
  readonly upper: number;
  /** Degrees of freedom of the interval. */
  readonly df: number;
}

function slope(lx: readonly number[], ly: readonly number[]): { slope: number; rss: number; sxx: number } {
  const n = lx.length;
  const mx = lx.reduce((s, v) => s + v, 0) / n;
  const my = ly.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (lx[i]! - mx) * (ly[i]! - my);
    sxx += (lx[i]! - mx) ** 2;
  }
  if (!(sxx > 0)) throw new RangeError('the abscissae must not all be equal');
  const b = sxy / sxx;
  let rss = 0;
  for (let i = 0; i < n; i++) rss += (ly[i]! - my - b * (lx[i]! - mx)) ** 2;
  return { slope: b, rss, sxx };
}

function logs(values: readonly number[], name: string): number[] {
  return values.map((v, i) => {
    if (!(v > 0) || !Number.isFinite(v)) throw new RangeError(`${name}[${i}] must be finite and > 0 for a log-log fit, got ${v}`);
    return Math.log(v);
  });
}

/** Per-replicate slopes of log y on log x (ys[r][i] at xs[i]) and their t-interval over replicates (R ≥ 2). */
export function replicateExponent(xs: readonly number[], ys: readonly (readonly number[])[]): ExponentInterval & { readonly slopes: readonly number[] } {
  if (ys.length < 2) throw new RangeError(`need at least 2 replicates, got ${ys.length}`);
  const lx = logs(xs, 'xs');
  const slopes = ys.map((row, r) => slope(lx, logs(row, `ys[${r}]`)).slope);
  const r = slopes.length;
  const mean = slopes.reduce((s, v) => s + v, 0) / r;
  const sd = Math.sqrt(slopes.reduce((s, v) => s + (v - mean) ** 2, 0) / (r - 1));
  const half = (studentTQuantile(0.975, r - 1) * sd) / Math.sqrt(r);
  return { exponent: mean, lower: mean - half, upper: mean + half, df: r - 1, slopes };
}

/** One regression of log y on log x through independent (x, y) runs (N ≥ 3). */
export function pooledExponent(xs: readonly number[], ys: readonly number[]): ExponentInterval & { readonly standardError: number } {
  if (xs.length !== ys.length || xs.length < 3) throw new RangeError(`xs and ys must have equal length ≥ 3, got ${xs.length} and ${ys.length}`);
  const fit = slope(logs(xs, 'xs'), logs(ys, 'ys'));
  const df = xs.length - 2;
  const standardError = Math.sqrt(fit.rss / df / fit.sxx);
  const half = studentTQuantile(0.975, df) * standardError;
  return { exponent: fit.slope, lower: fit.slope - half, upper: fit.slope + half, df, standardError };
}
