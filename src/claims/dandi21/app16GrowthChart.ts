import type { Chart, ChartSeries } from '../claim.js';
import { SEC6_DEPTH } from './sec6Network.js';

/**
 * Appendix 16's chart: the growth G⁽ℓ⁾ of each earlier layer's relative contribution from degree 1 to 3
 * (`growth`), relu against tanh, with the line G = 0 — "weaker" claims G_relu > G_tanh.
 */
export function growthChart(id: string, title: string, growthOf: (activation: 'relu' | 'tanh', layer: number) => number): Chart {
  const layers = Array.from({ length: SEC6_DEPTH - 1 }, (_, l) => l);
  const series: ChartSeries[] = (['relu', 'tanh'] as const).map((activation) => ({ name: `G_${activation}`, thing: activation, style: 'points' as const, points: layers.map((l) => [l, growthOf(activation, l)] as const) }));
  series.push({ name: 'no growth (0)', style: 'bound', points: [[-0.2, 0], [layers.length - 0.8, 0]] });
  return {
    id,
    title,
    xLabel: 'layer ℓ',
    yLabel: 'G = log(μ_3⁽ℓ⁾/μ_3⁽³⁾) − log(μ_1⁽ℓ⁾/μ_1⁽³⁾)',
    xScale: 'linear',
    yScale: 'linear',
    xInteger: true,
    series,
  };
}
