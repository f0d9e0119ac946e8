import type { Chart, ChartSeries, Claim, TightestForm } from '../claim.js';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { worstCase } from '../powerSummary.js';
import { backendLabel, withBackend } from '../withBackend.js';
import { measureSec6, SEC6_DEGREES, SEC6_SIZES, type Sec6FamilyResult, type Sec6Result } from './sec6Experiment.js';
import { SEC6_DEPTH } from './sec6Network.js';
import { WIDTH_POINTS } from './widthConvergence.js';
import { judgePairedEffects, pairedOutcome, repetitionsToDecide, type JudgedEffect, type PairedEffect } from './pairedEffects.js';
import { PAIRED_TERMS } from './glossaryTerms.js';

/**
 * dandi21.sec6.layerwise-contributions — Dandi & Jacot §6 (Figures 1–3), appendices 13, 14 and 16: for
 * 4-layer fully connected ReLU networks the relative contribution c_ℓ/c_{L−1} of the earlier layers
 * ℓ < L − 1 grows with the frequency (degree) of the target, on the circle, on S⁹ and on MNIST; with tanh
 * the amplification "is still present, while being much less pronounced than for ReLU".
 *
 * Decision (fixed before measuring). For every family, earlier layer ℓ ∈ {0, 1, 2} and consecutive degrees
 * k → k′ (consecutive among the degrees whose population components do not vanish identically; for tanh
 * the even degrees vanish in every layer, so its comparison is 1 → 3 and the even degrees are skipped and
 * said so), the paired effect per repetition r is L_r = log(R_r(k′)/R_r(k)), R = c_ℓ/c_{L−1} of the finite
 * network. Tanh's "weaker" is W_r = log G_r^tanh − log G_r^relu with G = R(3)/R(1) on the same sample
 * and anchors (setting (b) vs (d)), claimed negative. Each of the C comparisons gets the two-sided
 * Student-t interval mean ± t_{1−α/(2C), R−1}·sd/√R with α = 0.05 (Bonferroni: the chance that any
 * interval misses its mean is ≤ 5 %; `judgePairedEffects`): claimed direction beyond the interval → holds;
 * opposite → refuted; else inconclusive. The claim is refuted when any comparison is, holds when all hold.
 *
 * The analytic (infinite-width, same inputs) and population (n → ∞, Funk–Hecke) values are measured and
 * shown next to the empirical ones but do not enter the verdict: the claim is about the experiment.
 */
interface Comparison extends PairedEffect {
  readonly family: Sec6FamilyResult;
  readonly kind: 'grows' | 'weaker than relu';
  readonly layer: number;
  readonly from: number;
  readonly to: number;
  /** The same effect from the analytic Grams, mean over repetitions. */
  readonly analytic: number;
  readonly population?: number;
}

type Judged = Comparison & JudgedEffect;

const logRatio = (a: number, b: number) => (a > 0 && b > 0 ? Math.log(b / a) : Number.NaN);
const mean = (v: readonly number[]) => v.reduce((s, x) => s + x, 0) / v.length;

/** The degrees of a family whose population components do not all vanish. */
export function decidedDegrees(f: Sec6FamilyResult): number[] {
  return SEC6_DEGREES.filter((_, i) => !f.vanishes[i]);
}

export function comparisons(result: Sec6Result): Comparison[] {
  const out: Comparison[] = [];
  const at = (f: Sec6FamilyResult, source: 'empirical' | 'analytic', r: number, k: number, l: number) => f[source][r]![k - 1]![l]!;
  for (const f of result.families) {
    const degrees = decidedDegrees(f);
    for (let l = 0; l < SEC6_DEPTH - 1; l++) {
      for (let i = 0; i + 1 < degrees.length; i++) {
        const [from, to] = [degrees[i]!, degrees[i + 1]!];
        const effects = f.empirical.map((_, r) => logRatio(at(f, 'empirical', r, from, l), at(f, 'empirical', r, to, l)));
        const analytic = mean(f.analytic.map((_, r) => logRatio(at(f, 'analytic', r, from, l), at(f, 'analytic', r, to, l))));
        const pop = f.population ? logRatio(f.population.ratio[from - 1]![l]!, f.population.ratio[to - 1]![l]!) : undefined;
        out.push({ family: f, kind: 'grows', layer: l, from, to, effects, analytic, ...(pop === undefined ? {} : { population: pop }) });
      }
    }
  }
  const tanh = result.families.find((f) => f.family.id === 'sphere10-zonal-tanh')!;
  const relu = result.families.find((f) => f.family.id === 'sphere10-zonal')!;
  const [lo, hi] = [decidedDegrees(tanh)[0]!, decidedDegrees(tanh)[1]!];
  const growth = (f: Sec6FamilyResult, source: 'empirical' | 'analytic', r: number, l: number) => logRatio(at(f, source, r, lo, l), at(f, source, r, hi, l));
  for (let l = 0; l < SEC6_DEPTH - 1; l++) {
    const effects = tanh.empirical.map((_, r) => growth(relu, 'empirical', r, l) - growth(tanh, 'empirical', r, l));
    const analytic = mean(tanh.analytic.map((_, r) => growth(relu, 'analytic', r, l) - growth(tanh, 'analytic', r, l)));
    const popGrowth = (f: Sec6FamilyResult) => logRatio(f.population!.ratio[lo - 1]![l]!, f.population!.ratio[hi - 1]![l]!);
    out.push({ family: tanh, kind: 'weaker than relu', layer: l, from: lo, to: hi, effects, analytic, population: popGrowth(relu) - popGrowth(tanh) });
  }
  return out;
}

export const sec6LayerwiseContributions: Claim = withBackend<Claim>({
  id: 'dandi21.sec6.layerwise-contributions',
  paper: 'dandi21',
  printed: printed('dandi21', 'sec6'),
  readingName: 'finite-network-quadratic-forms',
  reading: [
    { text: '"The relative values of the contributions … indicate the prevalence of the layer-wise spectral bias": for every setting of §6 and appendices 14, 16 the relative contribution c_ℓ/c_{L−1} = yᵀG⁽ℓ⁾y/yᵀG⁽L−1⁾y (appendix 13, printed "yᵀG⁽ℓ⁾yᵀ": the second transpose is a typo) of each earlier layer ℓ ∈ {0, 1, 2} grows from each degree to the next, and for tanh (appendix 16) the growth is smaller than relu\'s ("much less pronounced").', restsOn: 'L260, L438–442, L463' },
    { text: 'Settings: (a) d = 2, cos kθ; (b) d = 10, Σ_{l≤4} P_k(⟨x, x_l⟩) with fresh anchors; (c) MNIST radial sin(k‖x‖), sin/cos(k·z₁) on the top principal component (z₁ standardised: the paper gives no scale for "degree"), eigenvectors of the full Gram by rank; (d) tanh in setting (b). Degrees k = 1..4 everywhere (§6.1.1 names four).', restsOn: 'L268, L283, L296–306, L461' },
    { text: '"Four layers" = four weight matrices (layers 0..3, §2), width 256 (quick) / 784 (paper, appendix 14 for MNIST, used for all settings), no biases, N(0, 1) weights with the input layer unscaled; n = 300 (quick) / 1000 (appendix 14).', restsOn: 'L44, L308, L446' },
    { text: 'Statistic as printed: the finite-n quadratic form. At finite n it is biased: yᵀGy = Σ_i G_ii y_i² + Σ_{i≠j} y_iG_ijy_j, and for high degrees (n·μ_k < κ(1)) the diagonal term dominates, so the ratio tends to κ⁽ℓ⁾(1)/κ⁽L−1⁾(1) whatever the degree; the population reading (dandi21.sec6.layerwise-contributions.population) decides the paper\'s population statement without that bias.', restsOn: 'L260, L440' },
    { text: 'For tanh (odd σ) every layer\'s even-degree component vanishes identically, so its comparisons use degrees 1 → 3 and the even degrees are skipped; "confidence intervals … over random initializations": our repetitions redraw the sample and anchors too, and the decision is a Bonferroni Student-t interval at family-wise 5 %.', restsOn: 'L260, L463' },
  ],
  glossary: {
    'mean effect (natural log)': 'mean over repetitions of the effect in the claimed direction, natural log: test grows, log(R(k′)/R(k)); test weaker than relu, log G_relu − log G_tanh',
    ...PAIRED_TERMS,
    'c_ℓ': 'contribution of layer ℓ to the fit of the target y: yᵀG⁽ℓ⁾y of layer ℓ\'s Gram (appendix 13)',
    'R = c_ℓ/c_3': 'relative contribution of layer ℓ against the last layer (layer 3), no unit',
    'k, k′': 'degree of the target (frequency), k′ the next degree decided',
    'G_relu, G_tanh': 'growth R(3)/R(1) of the relative contribution from degree 1 to 3 for relu and tanh networks (S⁹)',
    'target family': 'circle-cos: cos kθ on S¹; sphere10-zonal(-tanh): sum of P_k(⟨x, x_l⟩) over 4 anchors on S⁹ (relu, tanh); mnist-*: MNIST targets',
    test: 'grows: log(R(k′)/R(k)) > 0 claimed; weaker than relu: log G_relu − log G_tanh > 0 claimed',
    layer: 'earlier layer ℓ ∈ {0, 1, 2} (weight matrix, numbered from the input)',
    degrees: 'the degree step k→k′ compared',
    'infinite-width effect': 'the same effect from the infinite-width Grams on the same inputs, mean over repetitions (shown, not decided on)',
    'population effect': 'the same effect for n → ∞ from the eigenvalues μ_k⁽ℓ⁾ (shown, not decided on); NaN for MNIST, which has no population spectrum',
    'β': 'fitted exponent of the deviation ∝ m^β of the finite-width Grams from the infinite-width ones',
  },
  domain: `4 weight matrices (3 hidden layers of width m), no biases, weights N(0, 1); n = ${SEC6_SIZES.quick.n}, m = ${SEC6_SIZES.quick.width}, ${SEC6_SIZES.quick.repetitions} repetitions (quick) / n = ${SEC6_SIZES.paper.n}, m = ${SEC6_SIZES.paper.width}, ${SEC6_SIZES.paper.repetitions} (paper, appendix 14's 1000 points and width 784); each repetition a fresh sample, anchors and initialisation; degrees k = 1..4; MNIST as 784 raw pixel values in [0, 1], z₁ standardised to unit variance`,
  rule:
    'per family, earlier layer ℓ and consecutive decided degrees k → k′: paired effect log(R(k′)/R(k)) per repetition, R = c_ℓ/c_{L−1} of the network; for (d) also log G_relu − log G_tanh, G = R(3)/R(1) on the same samples; Bonferroni t-interval over repetitions at family-wise 5 %: above 0 → holds, below 0 → refuted, else inconclusive; the claim holds if all hold, is refuted if any is',
  tolerance:
    'statistical: Student-t at level 0.05/C per comparison (C comparisons, R − 1 degrees of freedom) over repetitions, covering finite width and the sample; float32 Grams contribute ≤ 1e−6 relative to c_ℓ, far inside; the population ratios (shown, not decided on) are exact to the Funk–Hecke quadrature and kernel-interpolation error bounds of `layerwiseSpectrum`, ≤ 1e−5 relative for every degree used',
  budgetMs: { quick: 120_000, paper: 3_600_000 },
  check(ctx) {
    const result = measureSec6(ctx.scale, ctx.seed);
    const judged = judgePairedEffects(comparisons(result));
    const { verdict, rows, power, ...refutation } = pairedOutcome(judged, (j) => rowParams(j, result), ctx.seed, () => tightest(result, judged));
    const worst = worstCase(rows);
    return {
      verdict,
      reason: summarise(judged, result),
      cases: judged.length,
      power,
      ...(worst ? { worst } : {}),
      measurements: {
        measuredLabel: 'mean effect (natural log)',
        boundLabel: 'claimed: above 0',
        rows,
      },
      ...refutation,
      charts: [...result.families.flatMap((f) => [contributionChart(f), effectChart(f, judged)]), weakerChart(judged), widthChart(result)],
    };
  },
});

function rowParams(j: Judged, result: Sec6Result) {
  return {
    'target family': j.family.family.id,
    test: j.kind,
    layer: j.layer,
    degrees: `${j.from}→${j.to}`,
    'interval lower end': j.lower,
    'interval upper end': j.upper,
    'infinite-width effect': j.analytic,
    'population effect': j.population ?? Number.NaN,
    decision: j.decision,
    repetitions: result.repetitions,
    n: result.n,
    width: result.width,
    backend: backendLabel(),
  };
}

function summarise(judged: readonly Judged[], result: Sec6Result): string {
  const count = (d: Judged['decision']) => judged.filter((j) => j.decision === d).length;
  const skipped = result.families.flatMap((f) => SEC6_DEGREES.filter((_, i) => f.vanishes[i]).map((k) => `${f.family.id} k = ${k}`));
  const worst = judged.reduce((a, b) => (b.upper < a.upper ? b : a));
  const describe = (j: Judged) =>
    `${j.family.family.id} ℓ = ${j.layer} ${j.kind} ${j.from}→${j.to}: ${j.mean.toFixed(2)} [${j.lower.toFixed(2)}, ${j.upper.toFixed(2)}] (analytic ${j.analytic.toFixed(2)}${j.population === undefined ? '' : `, population ${j.population.toFixed(2)}`})`;
  const widths = result.widthConvergence.map((w) => `${w.activation} ${w.exponent.exponent.toFixed(2)} [${w.exponent.lower.toFixed(2)}, ${w.exponent.upper.toFixed(2)}]`);
  const undecided = judged.filter((j) => j.decision === 'inconclusive');
  const needed = undecided.map(repetitionsToDecide).filter(Number.isFinite).sort((a, b) => a - b);
  const against = undecided.filter((j) => j.population !== undefined && Math.sign(j.mean) !== Math.sign(j.population)).length;
  const sizes =
    undecided.length === 0
      ? ''
      : `; underpowered: ${undecided.length} of ${judged.length} comparisons undecided (mean interval width ${mean(undecided.filter((j) => Number.isFinite(j.upper)).map((j) => j.upper - j.lower)).toFixed(2)} log units); at n = ${result.n}, m = ${result.width} the measured spreads would need ${needed.length ? `≥ ${needed[Math.floor(needed.length / 2)]} repetitions for half of them and ${needed[needed.length - 1]} for all` : 'unbounded repetitions'}, and ${against} of them have a mean of the opposite sign to the population ratio (the finite-n bias of yᵀGy, which repetitions do not remove — larger n is needed, n·μ_k ≫ κ(1))`;
  return (
    `${count('holds')} of ${judged.length} comparisons hold, ${count('refuted')} refuted, ${count('inconclusive')} inconclusive (n = ${result.n}, m = ${result.width}, ${result.repetitions} repetitions)${sizes}; ` +
    `most contrary: ${describe(worst)}` +
    (skipped.length > 0 ? `; skipped (every layer's component vanishes by the symmetry of tanh): ${skipped.join(', ')}` : '') +
    `; empirical vs analytic per-layer Grams: deviation ∝ m^β, β = ${widths.join(', ')}`
  );
}

/** The largest c with R(k′) ≥ c·R(k) in every sampled repetition of every "grows" comparison — measured, not a theorem. */
function tightest(result: Sec6Result, judged: readonly Judged[]): TightestForm {
  let worst = { value: Infinity, where: '' };
  for (const j of judged) {
    if (j.kind !== 'grows') continue;
    for (const e of j.effects) {
      const c = Math.exp(e);
      if (c < worst.value) worst = { value: c, where: `${j.family.family.id}, ℓ = ${j.layer}, k = ${j.from}→${j.to}` };
    }
  }
  const holding = judged.filter((j) => j.kind === 'grows' && j.decision === 'holds').map((j) => `${j.family.family.id} ℓ${j.layer} ${j.from}→${j.to}`);
  return {
    statement:
      `measured over ${result.repetitions} repetitions × ${judged.filter((j) => j.kind === 'grows').length} comparisons: c_ℓ(k′)/c_{L−1}(k′) ≥ c·c_ℓ(k)/c_{L−1}(k) holds in every sampled case only for c ≤ ${worst.value.toFixed(3)} ` +
      `(at ${worst.where}; the claim needs c > 1); significant growth in ${holding.length} comparisons`,
    value: worst.value,
  };
}

/** c_ℓ/c_{L−1} against the degree per earlier layer: empirical mean (line), analytic mean (dashed), population (points). */
function contributionChart(f: Sec6FamilyResult): Chart {
  const degrees = decidedDegrees(f);
  const series: ChartSeries[] = [];
  for (let l = 0; l < SEC6_DEPTH - 1; l++) {
    const avg = (source: 'empirical' | 'analytic', k: number) => mean(f[source].map((rep) => rep[k - 1]![l]!));
    const thing = `layer ${l}`;
    series.push({ name: `layer ${l}, network (mean)`, thing, style: 'line', points: degrees.map((k) => [k, avg('empirical', k)] as const) });
    series.push({ name: `layer ${l}, infinite width, same inputs`, thing, style: 'dashed', points: degrees.map((k) => [k, avg('analytic', k)] as const) });
    if (f.population) series.push({ name: `layer ${l}, population μ_k⁽ℓ⁾/μ_k⁽³⁾`, thing, style: 'points', points: degrees.map((k) => [k, f.population!.ratio[k - 1]![l]!] as const) });
  }
  const skipped = SEC6_DEGREES.filter((_, i) => f.vanishes[i]);
  return {
    id: `contributions-${f.family.id}`,
    title: `Relative contributions c_ℓ/c_3 of layer ℓ against the degree k, ${f.family.label}${skipped.length ? ` (degrees ${skipped.join(', ')} vanish by symmetry: not shown)` : ''}`,
    xLabel: 'degree k',
    yLabel: 'c_ℓ / c_3',
    xScale: 'linear',
    yScale: 'log',
    xInteger: true,
    series,
  };
}

/**
 * The effects the verdict is decided on, per family: the mean over repetitions of log(R(k′)/R(k)) for each
 * earlier layer and consecutive decided degrees k → k′ (drawn at k, layers side by side), with its
 * Bonferroni t-interval as a whisker; 0 ("no growth") as the reference line, the population effect dashed.
 */
function effectChart(f: Sec6FamilyResult, judged: readonly Judged[]): Chart {
  const mine = judged.filter((j) => j.family === f && j.kind === 'grows');
  const series: ChartSeries[] = [];
  const offset = (l: number) => (l - (SEC6_DEPTH - 2) / 2) * 0.08;
  for (let l = 0; l < SEC6_DEPTH - 1; l++) {
    const rows = mine.filter((j) => j.layer === l);
    const thing = `layer ${l}`;
    series.push({ name: `layer ${l}, network: mean and 95 % family-wise interval`, thing, style: 'points', points: rows.map((j) => [j.from + offset(l), j.mean] as const), intervals: rows.map((j) => [j.lower, j.upper] as const) });
    if (rows.some((j) => j.population !== undefined)) series.push({ name: `layer ${l}, population`, thing, style: 'dashed', points: rows.map((j) => [j.from + offset(l), j.population ?? Number.NaN] as const) });
  }
  const from = mine.map((j) => j.from);
  series.push({ name: 'no growth (0): the claim needs the interval above it', style: 'bound', points: [[Math.min(...from) - 0.2, 0], [Math.max(...from) + 0.2, 0]] });
  const steps = [...new Set(mine.map((j) => `${j.from}→${j.to}`))].join(', ');
  return {
    id: `effects-${f.family.id}`,
    title: `Decided effect: growth log(R(k′)/R(k)) of the relative contribution from degree k to the next (${steps}), ${f.family.label}`,
    xLabel: 'degree k (step k → next decided degree)',
    yLabel: 'log(R(k′)/R(k)), natural log',
    xScale: 'linear',
    yScale: 'linear',
    xInteger: true,
    series,
  };
}

/** Tanh's "weaker than relu" effects per layer: log G_relu − log G_tanh with its interval, 0 as reference. */
function weakerChart(judged: readonly Judged[]): Chart {
  const mine = judged.filter((j) => j.kind === 'weaker than relu');
  const series: ChartSeries[] = [];
  for (const j of mine) {
    const thing = `layer ${j.layer}`;
    series.push({ name: `layer ${j.layer}, network: mean and 95 % family-wise interval`, thing, style: 'points', points: [[j.layer, j.mean]], intervals: [[j.lower, j.upper]] });
    if (j.population !== undefined) series.push({ name: `layer ${j.layer}, population`, thing, style: 'dashed', points: [[j.layer - 0.15, j.population], [j.layer + 0.15, j.population]] });
  }
  series.push({ name: 'no difference (0): the claim needs the interval above it', style: 'bound', points: [[-0.3, 0], [SEC6_DEPTH - 1.7, 0]] });
  return {
    id: 'effects-tanh-weaker',
    title: `Decided effect: growth from degree ${mine[0]?.from ?? 1} to ${mine[0]?.to ?? 3} for relu minus that for tanh (S⁹), log G_relu − log G_tanh, per layer`,
    xLabel: 'layer ℓ',
    yLabel: 'log G_relu − log G_tanh',
    xScale: 'linear',
    yScale: 'linear',
    xInteger: true,
    series,
  };
}

/** Normwise deviation of the empirical per-layer Grams from the analytic ones against the width, with m^(−1/2) as reference. */
function widthChart(result: Sec6Result): Chart {
  const series: ChartSeries[] = [];
  for (const w of result.widthConvergence) {
    const thing = w.activation;
    const avg = w.widths.map((m, i) => [m, mean(w.deviation.map((row) => row[i]!))] as const);
    series.push({ name: `${w.activation}: mean over initialisations (fitted exponent β = ${w.exponent.exponent.toFixed(2)})`, thing, style: 'line', points: avg });
    series.push({ name: `${w.activation}: each initialisation`, thing, style: 'points', points: w.deviation.flatMap((row) => row.map((v, i) => [w.widths[i]!, v] as const)) });
    const [m0, d0] = avg[0]!;
    series.push({ name: `${w.activation}: ∝ m^(−1/2) through the first point (reference)`, thing, style: 'bound', points: w.widths.map((m) => [m, d0 * Math.sqrt(m0 / m)] as const) });
  }
  return {
    id: 'analytic-vs-empirical-width',
    title: `Finite-width vs infinite-width per-layer Grams on S⁹ (${WIDTH_POINTS} points): Frobenius norm of the differences over all layers, relative to that of the infinite-width Grams`,
    xLabel: 'width m',
    yLabel: 'relative deviation',
    xScale: 'log',
    yScale: 'log',
    series,
  };
}
