import type { Chart, ChartSeries, Claim } from '../claim.js';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { worstCase } from '../powerSummary.js';
import { backendLabel, withBackend } from '../withBackend.js';
import { judgePairedEffects, pairedOutcome, repetitionsToDecide, type JudgedEffect, type PairedEffect } from './pairedEffects.js';
import { measureSec57, SEC57_DEGREES, SEC57_SIZES, type Sec57Result } from './sec57Experiment.js';
import { SEC6_DEPTH } from './sec6Network.js';
import { PAIRED_TERMS } from './glossaryTerms.js';

/**
 * dandi21.sec5.7.layerwise-training — §5.7 (eqs. (21)–(22)) and appendix 12 (Figure 4): "while training
 * the initial layers, the relative rate of convergence of the function along different eigenfunctions
 * should be larger for higher frequency directions when compared to when training the latter layers".
 *
 * Decision (fixed before measuring). Q_{ℓ,i} = D_i/D_1 is the rate of the degree-i residual component
 * relative to degree 1 when only layer ℓ is trained (`measureSec57`). For each pair of adjacent layers
 * ℓ < ℓ + 1 and each high degree i ∈ {2, 3, 4}, the paired effect per repetition (same sample, anchors and
 * initial weights for every trained layer) is log Q_{ℓ,i} − log Q_{ℓ+1,i}, claimed > 0; the 9 comparisons
 * are decided at family-wise 5 % (`judgePairedEffects`: Bonferroni Student-t intervals over repetitions).
 * A component that grew instead of decaying over the horizon (D_i ≤ 0: at high degree the sample Gram does
 * not resolve the harmonic) makes its comparison inconclusive. The kernel prediction (infinite-width layer
 * kernel, same sample and initial residual) is reported beside each comparison.
 */
interface Comparison extends PairedEffect {
  readonly layer: number;
  readonly degree: number;
  readonly kernel: number;
}

type Judged = Comparison & JudgedEffect;

const logQ = (q: number) => (q > 0 ? Math.log(q) : Number.NaN);

export function sec57Comparisons(result: Sec57Result): Comparison[] {
  const out: Comparison[] = [];
  for (let l = 0; l + 1 < SEC6_DEPTH; l++) {
    for (let i = 1; i < SEC57_DEGREES.length; i++) {
      const effect = (source: 'network' | 'kernel', r: number) =>
        logQ(result.repetitions[r]![source][l]!.relativeRate[i]!) - logQ(result.repetitions[r]![source][l + 1]!.relativeRate[i]!);
      const effects = result.repetitions.map((_, r) => effect('network', r));
      const kernelEffects = result.repetitions.map((_, r) => effect('kernel', r));
      out.push({ layer: l, degree: SEC57_DEGREES[i]!, effects, kernel: kernelEffects.reduce((s, v) => s + v, 0) / kernelEffects.length });
    }
  }
  return out;
}

export const sec57LayerwiseTraining: Claim = withBackend<Claim>({
  id: 'dandi21.sec5.7.layerwise-training',
  paper: 'dandi21',
  printed: printed('dandi21', 'app12.fig4'),
  readingName: 'trained-networks',
  reading: [
    { text: '"the initial layers have the least residual component for the high degree terms, and lead to significantly slower convergence for the low degree terms" (and conversely for the latter layers) is read relatively: the rate of the degree-i residual component relative to degree 1, Q_{ℓ,i} = D_i/D_1, is larger when an earlier layer is trained (the §5.7 prediction, L256); absolute rates depend on the step size of each layer and are not compared.', restsOn: 'L256, L422–434' },
    { text: 'Setting of appendix 12: input dimension 10, four weight matrices of width 100, target Σ_{i≤4} y_i* with y_i* = Σ_{l≤4} P_i(⟨x, x_l⟩) (the harmonics of §6.2), each scaled to ‖y_i*‖² = n, residual component r_i = ((y − y*)ᵀy_i*)²/‖y_i*‖²; n, step count and repetitions are not printed (ours: n = 300/1000, 400/1000 steps, 4/10 repetitions).', restsOn: 'L283, L420' },
    { text: 'Gradient flow (eqs. (21)–(22)) replaced by full-batch gradient descent with η_ℓ = 1/(2λ_max(G⁽ℓ⁾/n)) per trained layer; rates D_i = −log(r_i(s)/r_i(0)) at the horizon where r_1 has fallen to e^{−2}.', restsOn: 'L250–256' },
    { text: '"significantly": a Bonferroni Student-t interval over repetitions at family-wise 5 % for each adjacent pair of layers and degree i ∈ {2, 3, 4}.', restsOn: 'L422' },
  ],
  glossary: {
    'mean log Q(ℓ, i) − log Q(ℓ + 1, i)': 'mean over repetitions of log Q(ℓ, i) − log Q(ℓ + 1, i) (natural log): above 0 when degree i converges relatively faster training layer ℓ than layer ℓ + 1',
    ...PAIRED_TERMS,
    'r_i(t)': 'residual component of degree i at step t: ((y − y*)ᵀy_i*)²/‖y_i*‖², y* the target, y the network output',
    D_i: 'convergence rate of degree i: −log(r_i(s)/r_i(0)) at the step s where r_1 has fallen to e⁻²·r_1(0)',
    'Q(ℓ, i) = D_i / D_1': 'rate of degree i relative to degree 1 when only layer ℓ is trained (no unit)',
    'η': 'step size of gradient descent on layer ℓ, 1/(2λ_max(G⁽ℓ⁾/n))',
    'trained layers': 'the adjacent layers ℓ vs ℓ + 1 compared',
    degree: 'degree i ∈ {2, 3, 4} of the residual component',
    'kernel prediction': 'the same effect for the infinite-width kernel (gradient descent with G⁽ℓ⁾), mean over repetitions (shown, not decided on); NaN when a kernel-predicted component grew in some repetition',
  },
  domain: `x uniform on S⁹ (input dimension 10), y_i* = Σ_{l≤4} P_i(⟨x, x_l⟩) scaled to ‖y_i*‖² = n, i = 1..4; relu, width 100, 4 weight matrices; n = ${SEC57_SIZES.quick.n}, ${SEC57_SIZES.quick.steps} steps, ${SEC57_SIZES.quick.repetitions} repetitions (quick) / n = ${SEC57_SIZES.paper.n}, ${SEC57_SIZES.paper.steps} steps, ${SEC57_SIZES.paper.repetitions} (paper); η_ℓ = 1/(2λ_max(G⁽ℓ⁾/n)); each repetition a fresh sample, anchors and initialisation, shared by the four trained layers`,
  rule: 'Q_{ℓ,i} = D_i/D_1, D_i = −log(r_i(s)/r_i(0)) at the step s where r_1 first falls to e^{−2}·r_1(0); per adjacent layers ℓ, ℓ + 1 and degree i ∈ {2, 3, 4}: paired effect log Q_{ℓ,i} − log Q_{ℓ+1,i} over repetitions, Bonferroni t-interval at family-wise 5 %: above 0 → holds, below 0 → refuted, else (or D_i ≤ 0) inconclusive; the claim holds if all 9 hold, is refuted if any is',
  tolerance:
    'statistical: Student-t at level 0.05/9 per comparison with R − 1 degrees of freedom over repetitions (finite width, sample, initial function); float32 residuals resolve D_i to ≈ 1e−6, far below the measured D_i ≥ 1e−2',
  budgetMs: { quick: 120_000, paper: 3_600_000 },
  check(ctx) {
    const result = measureSec57(ctx.scale, ctx.seed);
    const judged = judgePairedEffects(sec57Comparisons(result));
    const { verdict, rows, power, ...refutation } = pairedOutcome(judged, (j) => rowParams(j, result), ctx.seed, () => tightest(judged));
    const worst = worstCase(rows);
    return {
      verdict,
      reason: summarise(judged, result),
      cases: judged.length,
      power,
      ...(worst ? { worst } : {}),
      measurements: { measuredLabel: 'mean log Q(ℓ, i) − log Q(ℓ + 1, i)', boundLabel: 'claimed: above 0', rows },
      ...refutation,
      charts: [...Array.from({ length: SEC6_DEPTH }, (_, l) => residualChart(result, l)), relativeRateChart(result), effectChart(judged)],
    };
  },
});

function rowParams(j: Judged, result: Sec57Result) {
  return {
    'trained layers': `${j.layer} vs ${j.layer + 1}`,
    degree: j.degree,
    'interval lower end': j.lower,
    'interval upper end': j.upper,
    'kernel prediction': j.kernel,
    decision: j.decision,
    repetitions: result.repetitions.length,
    n: result.n,
    width: result.width,
    backend: backendLabel(),
  };
}

function summarise(judged: readonly Judged[], result: Sec57Result): string {
  const count = (d: Judged['decision']) => judged.filter((j) => j.decision === d).length;
  const finite = judged.filter((j) => Number.isFinite(j.upper));
  const worst = finite.length > 0 ? finite.reduce((a, b) => (b.upper < a.upper ? b : a)) : undefined;
  const undecided = judged.filter((j) => j.decision === 'inconclusive');
  const needed = undecided.map(repetitionsToDecide).filter(Number.isFinite).sort((a, b) => a - b);
  const against = undecided.filter((j) => Number.isFinite(j.mean) && Math.sign(j.mean) !== Math.sign(j.kernel)).length;
  const sizes =
    undecided.length === 0
      ? ''
      : `; underpowered: at n = ${result.n}, m = ${result.width} the measured spreads would need ${needed.length ? `≥ ${needed[Math.floor(needed.length / 2)]} repetitions for half of the ${needed.length} finite undecided comparisons and ${needed[needed.length - 1]} for all` : 'unbounded repetitions'}; ${against} have a mean of the opposite sign to the kernel prediction (finite width 100: larger width, not repetitions, is needed there)`;
  return (
    `${count('holds')} of ${judged.length} comparisons hold, ${count('refuted')} refuted, ${count('inconclusive')} inconclusive (n = ${result.n}, m = ${result.width}, ${result.repetitions.length} repetitions)${sizes}` +
    (worst ? `; most contrary: layers ${worst.layer} vs ${worst.layer + 1}, degree ${worst.degree}: ${worst.mean.toFixed(2)} [${worst.lower.toFixed(2)}, ${worst.upper.toFixed(2)}] (kernel ${worst.kernel.toFixed(2)})` : '') +
    (judged.length > finite.length ? `; ${judged.length - finite.length} comparisons undecidable (a component grew: D_i ≤ 0)` : '')
  );
}

/** The largest c with Q_{ℓ,i} ≥ c·Q_{ℓ+1,i} in every sampled repetition — measured, not a theorem. */
function tightest(judged: readonly Judged[]) {
  let worst = { value: Infinity, where: '' };
  for (const j of judged) {
    for (const e of j.effects) {
      if (Number.isFinite(e) && Math.exp(e) < worst.value) worst = { value: Math.exp(e), where: `layers ${j.layer} vs ${j.layer + 1}, degree ${j.degree}` };
    }
  }
  return {
    statement: `measured: Q_{ℓ,i} ≥ c·Q_{ℓ+1,i} holds in every sampled repetition with a finite rate only for c ≤ ${worst.value.toFixed(3)} (at ${worst.where}; the claim needs c > 1)`,
    value: worst.value,
  };
}

/** Mean Q_{ℓ,i} against the trained layer ℓ per degree: network (line), kernel prediction (dashed). */
function relativeRateChart(result: Sec57Result): Chart {
  const series: ChartSeries[] = [];
  SEC57_DEGREES.forEach((k, i) => {
    if (i === 0) return;
    for (const source of ['network', 'kernel'] as const) {
      const points = Array.from({ length: SEC6_DEPTH }, (_, l) => {
        const qs = result.repetitions.map((r) => r[source][l]!.relativeRate[i]!);
        return [l, qs.reduce((s, v) => s + v, 0) / qs.length] as const;
      });
      series.push({ name: `degree ${k}, ${source === 'network' ? 'network' : 'kernel prediction'}`, thing: `degree ${k}`, style: source === 'network' ? 'line' : 'dashed', points });
    }
  });
  return {
    id: 'relative-rates',
    title: 'Convergence rate of the degree-i residual component relative to that of degree 1, Q(ℓ, i), against the trained layer ℓ (mean over repetitions; values ≤ 0 not drawn)',
    xLabel: 'trained layer ℓ',
    yLabel: 'Q(ℓ, i) = D_i / D_1',
    xScale: 'linear',
    yScale: 'log',
    xInteger: true,
    series,
  };
}

/**
 * The effects the verdict is decided on: per degree i and adjacent layers ℓ, ℓ + 1 (drawn at ℓ, degrees side
 * by side), the mean over repetitions of log Q(ℓ, i) − log Q(ℓ + 1, i) with its Bonferroni t-interval; the
 * kernel prediction dashed, 0 as the reference line.
 */
function effectChart(judged: readonly Judged[]): Chart {
  const series: ChartSeries[] = [];
  const degrees = [...new Set(judged.map((j) => j.degree))];
  degrees.forEach((k, n) => {
    const rows = judged.filter((j) => j.degree === k);
    const dx = (n - (degrees.length - 1) / 2) * 0.08;
    const thing = `degree ${k}`;
    series.push({ name: `degree ${k}, network: mean and 95 % family-wise interval`, thing, style: 'points', points: rows.map((j) => [j.layer + dx, j.mean] as const), intervals: rows.map((j) => [j.lower, j.upper] as const) });
    series.push({ name: `degree ${k}, kernel prediction`, thing, style: 'dashed', points: rows.map((j) => [j.layer + dx, j.kernel] as const) });
  });
  const layers = judged.map((j) => j.layer);
  const missing = degrees.filter((k) => judged.every((j) => j.degree !== k || !Number.isFinite(j.mean)));
  series.push({ name: 'no difference (0): the claim needs the interval above it', style: 'bound', points: [[Math.min(...layers) - 0.2, 0], [Math.max(...layers) + 0.2, 0]] });
  return {
    id: 'decided-effects',
    title: `Decided effect: log Q(ℓ, i) − log Q(ℓ + 1, i), training layer ℓ against training layer ℓ + 1, per degree i (mean over repetitions, 95 % family-wise interval)${missing.length ? `; degree ${missing.join(', ')} not drawn: its rate D_i ≤ 0 in some repetition (the component grew), so the effect is not finite` : ''}`,
    xLabel: 'earlier trained layer ℓ (compared with ℓ + 1)',
    yLabel: 'log Q(ℓ, i) − log Q(ℓ + 1, i), natural log',
    xScale: 'linear',
    yScale: 'linear',
    xInteger: true,
    series,
  };
}

/** Figure 4: r_i(t)/r_i(0) while training layer ℓ only, first repetition; kernel prediction dashed. */
function residualChart(result: Sec57Result, layer: number): Chart {
  const rep = result.repetitions[0]!;
  const series: ChartSeries[] = [];
  SEC57_DEGREES.forEach((k, i) => {
    for (const source of ['network', 'kernel'] as const) {
      const c = rep[source][layer]!.components[i]!;
      const stride = Math.max(1, Math.floor(c.length / 200));
      const points: (readonly [number, number])[] = [];
      for (let t = 0; t < c.length; t += stride) points.push([t, c[t]! / c[0]!]);
      series.push({ name: `degree ${k}${source === 'kernel' ? ', kernel prediction' : ''}`, thing: `degree ${k}`, style: source === 'network' ? 'line' : 'dashed', points });
    }
  });
  return {
    id: `residual-components-layer-${layer}`,
    title: `Residual components r_i(t)/r_i(0) when training layer ${layer} only (first repetition; η = ${rep.network[layer]!.eta.toPrecision(3)})`,
    xLabel: 'gradient-descent step t',
    yLabel: 'r_i(t) / r_i(0)',
    xScale: 'linear',
    yScale: 'log',
    series,
  };
}
