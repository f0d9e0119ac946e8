import { ACTIVATION_NAMES, type ActivationName } from '../../activations/activation.js';
import type { TwoLayerSpectrum } from '../../layerwise/twoLayerSpectrum.js';
import type { Chart, ChartSeries, TightestForm } from '../claim.js';
import { decideAt } from './layerRatioDecision.js';

/** Input dimensions of the measured sweep behind the tightest forms and charts of Corollaries 1–2. */
const SWEEP_DIMENSIONS = [2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 50, 70, 100];

export interface SweepPoint {
  readonly activation: ActivationName;
  readonly d: number;
  readonly i: number;
  readonly ratio: number;
}

/**
 * Every decided (σ, d, i), i = 1..maxDegree, with a finite ratio λ⁽¹⁾/λ⁽²⁾, over the six activations and
 * the dimensions above, from the given spectrum route.
 */
export function layerRatioSweep(spectrum: (activation: ActivationName, d: number, maxDegree: number) => TwoLayerSpectrum, maxDegree: number): SweepPoint[] {
  const out: SweepPoint[] = [];
  for (const activation of ACTIVATION_NAMES) {
    for (const d of SWEEP_DIMENSIONS) {
      const s = spectrum(activation, d, maxDegree);
      for (let i = 1; i <= maxDegree; i++) {
        const r = decideAt(s, i, 1);
        if (r.inconclusive || typeof r.measured !== 'number' || !Number.isFinite(r.measured)) continue;
        out.push({ activation, d, i, ratio: r.measured });
      }
    }
  }
  return out;
}

/** The largest p with λ⁽¹⁾ ≥ i^p·λ⁽²⁾ (i ≥ 2) and the largest c with λ⁽¹⁾ ≥ c·i²·λ⁽²⁾ on every swept case — measured, not a theorem. */
export function layerRatioTightest(points: readonly SweepPoint[], maxDegree: number): TightestForm {
  const powers = points.filter((p) => p.i >= 2).map((p) => ({ p, value: Math.log(p.ratio) / Math.log(p.i) }));
  const worstPower = powers.reduce((a, b) => (b.value < a.value ? b : a));
  const constants = points.map((p) => ({ p, value: p.ratio / (p.i * p.i) }));
  const worstConstant = constants.reduce((a, b) => (b.value < a.value ? b : a));
  const belowI = points.filter((p) => p.ratio < p.i).length;
  const at = (p: SweepPoint) => `${p.activation}, d = ${p.d}, i = ${p.i}`;
  return {
    statement:
      `measured over ${points.length} decided cases (6 activations, d ∈ [2, 100], i = 1..${maxDegree}): λ⁽¹⁾_i ≥ i^p·λ⁽²⁾_i holds for p ≤ ${worstPower.value.toFixed(4)} ` +
      `(tightest at ${at(worstPower.p)}, ratio ${worstPower.p.ratio.toFixed(4)}), and λ⁽¹⁾_i ≥ c·i²·λ⁽²⁾_i for c ≤ ${worstConstant.value.toFixed(4)} (at ${at(worstConstant.p)}); ` +
      `λ⁽¹⁾_i ≥ i·λ⁽²⁾_i is violated in ${belowI} cases`,
    value: worstPower.value,
  };
}

/** λ⁽¹⁾_i/λ⁽²⁾_i against i at one input dimension, per activation, with the claimed i² and the measured-form i dashed. */
export function layerRatioChart(points: readonly SweepPoint[], d: number, maxDegree: number, quantity: string): Chart {
  const series: ChartSeries[] = ACTIVATION_NAMES.map((name) => ({
    name,
    style: 'points' as const,
    points: points.filter((p) => p.activation === name && p.d === d).map((p) => [p.i, p.ratio] as const),
  }));
  const degrees = Array.from({ length: maxDegree }, (_, k) => k + 1);
  series.push({ name: 'claimed lower bound i²', style: 'bound', points: degrees.map((i) => [i, i * i] as const) });
  series.push({ name: 'i (what Theorem 2 gives with one Hermite convention)', style: 'bound', points: degrees.map((i) => [i, i] as const) });
  return {
    id: `ratio-d${d}`,
    title: `${quantity.charAt(0).toUpperCase()}${quantity.slice(1)} against the degree i on S${superscript(d - 1)} (input dimension d = ${d}); claimed ≥ i²`,
    xLabel: 'degree i',
    yLabel: quantity,
    xScale: 'log',
    yScale: 'log',
    xInteger: true,
    series,
  };
}

/** A whole number in Unicode superscript digits (S⁹, S¹⁰⁰⁰). */
function superscript(n: number): string {
  return String(n).replace(/[0-9-]/g, (c) => (c === '-' ? '⁻' : '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(c)]!));
}
