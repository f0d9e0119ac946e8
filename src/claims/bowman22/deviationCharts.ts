import type { SizedRun } from '../../kernelRegime/sizeSweep.js';
import type { Chart } from '../claim.js';

/** Deviation vs t per size (log-log, slope-1 reference), projected deviations, and the bracket vs n. */
export function deviationCharts(runs: readonly SizedRun[], brackets: readonly number[], label: string): Chart[] {
  const first = runs.filter((r) => r.replicate === 0);
  const vsT: Chart = {
    id: 'deviation-vs-t',
    title: `‖r_t − e(T)r_0‖ against t (${label}; one run per size)`,
    xLabel: 't = η·steps',
    yLabel: '‖r_t − e(T)r_0‖_{L²(ρ)}',
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
            name: 'slope 1 (∝ t)',
            style: 'dashed' as const,
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
        title: `‖P_k(r_t − e(T)r_0)‖ for the top k levels (n = ${largest.n}, m = ${largest.width}) with the bound shape g_k(t)·√B_u dashed`,
        xLabel: 't = η·steps',
        yLabel: '‖P_k Δ_t‖',
        xScale: 'log',
        yScale: 'log',
        series: largest.run.projected.flatMap((series, k) => {
          const sigma = largest.run.levels[k]!.value;
          const bu = Math.max(...largest.run.times.map((t, i) => (t > 0 ? largest.run.deviation[i]!.estimate / (t * t) : 0)));
          const pts = largest.run.times.flatMap((t, i) => (t > 0 && series[i]!.estimate > 0 ? [[t, Math.sqrt(series[i]!.estimate)] as const] : []));
          const bound = largest.run.times.flatMap((t) => (t > 0 ? [[t, (-Math.expm1((t / largest.run.eta) * Math.log1p(-largest.run.eta * sigma)) / sigma) * Math.sqrt(bu)] as const] : []));
          return [
            { name: `k = ${k + 1} (σ_k = ${sigma.toPrecision(3)})`, style: 'line' as const, points: pts },
            { name: `g_k(t)·√B_u, k = ${k + 1}`, style: 'dashed' as const, points: bound },
          ];
        }),
      }]
    : [];
  const vsN: Chart = {
    id: 'bracket-vs-n',
    title: `Smallest bracket B against n (${label}), all runs, with n^{−1/2} dashed`,
    xLabel: 'n',
    yLabel: 'B',
    xScale: 'log',
    yScale: 'log',
    series: [
      { name: 'B per run', style: 'points', points: runs.map((r, i) => [r.n, brackets[i]!] as const) },
      {
        name: 'n^{−1/2} reference',
        style: 'dashed',
        points: (() => {
          const n0 = Math.min(...runs.map((r) => r.n));
          const b0 = Math.max(...runs.map((r, i) => (r.n === n0 ? brackets[i]! : -Infinity)));
          return [...new Set(runs.map((r) => r.n))].map((n) => [n, b0 * Math.sqrt(n0 / n)] as const);
        })(),
      },
    ],
  };
  return [vsT, ...projected, vsN];
}
