import type { SizedRun } from '../../kernelRegime/sizeSweep.js';
import type { Chart } from '../claim.js';
import { rateSeries } from './rateCharts.js';

/**
 * Deviation against t per size (log-log, with the t-growth reference), the projected deviations of the
 * largest size with their bound shape, and the bracket of every run against n with its fitted power law
 * and the claimed n^(−1/2). `bracketName` says which bracket `brackets` holds (B, or the upper end of B_flow).
 */
export function deviationCharts(runs: readonly SizedRun[], brackets: readonly number[], exponent: number, label: string, bracketName: string): Chart[] {
  const first = runs.filter((r) => r.replicate === 0);
  const vsT: Chart = {
    id: 'deviation-vs-t',
    title: `‖r_t − e(T)r₀‖ against t (${label}; one run per size; dotted: growth ∝ t, the shape of the bound t·√B)`,
    xLabel: 't = η·steps',
    yLabel: '‖r_t − e(T)r₀‖ in L²(ρ)',
    xScale: 'log',
    yScale: 'log',
    series: [
      ...first.map((r) => ({
        name: `n = ${r.n}, m = ${r.width}`,
        style: 'line' as const,
        points: r.run.times.flatMap((t, i) => (t > 0 && r.run.deviation[i]!.estimate > 0 ? [[t, Math.sqrt(r.run.deviation[i]!.estimate)] as const] : [])),
      })),
      ...(first[0]
        ? [{
            name: 'growth ∝ t (reference)',
            style: 'bound' as const,
            points: (() => {
              const run = first[0]!.run;
              const t1 = run.times[1]!;
              const d1 = Math.sqrt(run.deviation[1]!.estimate);
              return run.times.filter((t) => t > 0).map((t) => [t, (d1 * t) / t1] as const);
            })(),
          }]
        : []),
    ],
  };
  const largest = first[first.length - 1];
  const projected: Chart[] = largest
    ? [{
        id: 'projected-deviation',
        title: `‖P_k(r_t − e(T)r₀)‖ onto the top k levels (n = ${largest.n}, m = ${largest.width}; one colour per k): measured (solid) and the bound shape g_k(t)·√B_u (dotted)`,
        xLabel: 't = η·steps',
        yLabel: '‖P_k(r_t − e(T)r₀)‖',
        xScale: 'log',
        yScale: 'log',
        series: largest.run.projected.flatMap((series, k) => {
          const sigma = largest.run.levels[k]!.value;
          const bu = Math.max(...largest.run.times.map((t, i) => (t > 0 ? largest.run.deviation[i]!.estimate / (t * t) : 0)));
          const pts = largest.run.times.flatMap((t, i) => (t > 0 && series[i]!.estimate > 0 ? [[t, Math.sqrt(series[i]!.estimate)] as const] : []));
          const bound = largest.run.times.flatMap((t) => (t > 0 ? [[t, (-Math.expm1((t / largest.run.eta) * Math.log1p(-largest.run.eta * sigma)) / sigma) * Math.sqrt(bu)] as const] : []));
          const thing = `k = ${k + 1}`;
          return [
            { name: `k = ${k + 1} (σ_k = ${sigma.toPrecision(3)}), measured`, thing, style: 'line' as const, points: pts },
            { name: `k = ${k + 1}, bound shape g_k(t)·√B_u`, thing, style: 'bound' as const, points: bound },
          ];
        }),
      }]
    : [];
  const vsN: Chart = {
    id: 'bracket-vs-n',
    title: `${bracketName} of every run against n (${label}; m = 2n): the fitted power law the decision uses (dashed) and the claimed n^(−1/2) (dotted)`,
    xLabel: 'n (training samples)',
    yLabel: bracketName,
    xScale: 'log',
    yScale: 'log',
    series: rateSeries({ name: bracketName, xs: runs.map((r) => r.n), ys: brackets, exponent, claimed: -0.5, claimedLabel: 'claimed ∝ n^(−1/2)', variable: 'n' }),
  };
  return [vsT, ...projected, vsN];
}
