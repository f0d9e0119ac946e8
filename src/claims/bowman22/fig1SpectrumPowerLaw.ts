import { printed } from '../../catalogue/builtinCatalogues.js';
import type { Chart, ChartSeries, Claim, MeasurementRow } from '../claim.js';
import { powerSummary, worstCase } from '../powerSummary.js';
import { backendLabel } from '../withBackend.js';
import { FIG1_SIZES, FIG1_TOP, measureFig1Spectra, VERDICT_NETWORKS, type Fig1Network, type Fig1Spectrum } from './fig1Spectra.js';
import { median } from './median.js';
import { G, sampleAxis } from './glossary.js';
import { fitPowerLawTail, type PowerLawTail } from './powerLawTail.js';

/**
 * bowman22.fig1.spectrum-power-law — §2.2 and Figure 1: the NTK Gram spectrum at initialisation shows
 * "a small number of outlier eigenvalues of large magnitude followed by a long tail of small
 * eigenvalues"; the tail is read as the power law σ_i ∼ Λi^{−ν} the paper quotes (Velikanov & Yarotsky).
 *
 * Decision, per spectrum (network × initialisation), on the tail window [i₀, i₁]:
 *   i₀ = 10 (past the outliers: MNIST has 10 classes, and class structure makes ≈ C outliers, Papyan
 *   2020); i₁ = min(n/4, the last index with a reliable eigenvalue) — n/4 is half of the range the
 *   paper plots (first 1000 of 2000, "to avoid numerical issues"), keeping clear of the sample edge.
 *   Fewer than one decade → inconclusive.
 *   Fit log σ_i = log Λ − ν log i (`fitPowerLawTail`); its curvature c = |ln(ν₂/ν₁)|/ln√(i₁/i₀) is 0 for a
 *   power law and 1 for an exponential (a stretched exponential e^{−ci^β} gives β).
 *   - refuted: ν ≤ 0, or c > ½ (bent at least like e^{−c√i}: closer to an exponential than to a power
 *     law on the log scale of c's two hypotheses);
 *   - holds: c ≤ ¼ and the power law fits better than the log-linear (exponential) fit (smaller RMS);
 *   - inconclusive otherwise.
 * The claim holds when every spectrum of both networks holds, is refuted when one is refuted.
 * R² of the log-log fit is reported, not used: an exact exponential still gets R² = 0.92 on [10, 100]
 * (0.81 on [10, 500]) and a stretched exponential e^{−3i^{1/4}} gets 0.994, so no R² threshold separates
 * the alternatives; the curvature does (1.06, 1.04 and 0.27 for those three; 0 for i^{−ν}).
 * Power: the alternative is an exponential tail (curvature ≈ 1 on any window of a decade or more, above
 * the refutation threshold ½), so a spectrum of a verdict network decides whenever it has a window.
 */
const POWER = {
  reference: 'an exponential tail σ_i ∝ e^{−ci} (curvature ≈ 1.05 on a one-decade window, beyond the refutation threshold ½)',
  marginLabel: '½ − curvature c (curvature units: 0 power law, 1 exponential; negative when refuted)',
};
export const TAIL_START = 10;
export const HOLD_CURVATURE = 0.25;
export const REFUTE_CURVATURE = 0.5;

export type TailDecision = { readonly decision: 'holds' | 'refuted' | 'inconclusive'; readonly why: string };

/** [i₀, i₁] for a spectrum, or undefined when it spans less than a decade. */
export function tailWindow(s: Pick<Fig1Spectrum, 'n' | 'values' | 'reliableAbove'>): [number, number] | undefined {
  let reliable = 0;
  while (reliable < s.values.length && s.values[reliable]! >= s.reliableAbove && s.values[reliable]! > 0) reliable++;
  const i1 = Math.min(Math.floor(s.n / 4), reliable);
  return i1 >= 10 * TAIL_START ? [TAIL_START, i1] : undefined;
}

export function decideTail(fit: PowerLawTail): TailDecision {
  const c = fit.curvatureInExponentialUnits;
  if (!(fit.nu > 0)) return { decision: 'refuted', why: `ν = ${fit.nu.toFixed(3)} ≤ 0` };
  if (c > REFUTE_CURVATURE) return { decision: 'refuted', why: `curvature ${c.toFixed(2)} > ${REFUTE_CURVATURE} (ν ${fit.firstNu.toFixed(2)} → ${fit.lastNu.toFixed(2)})` };
  if (c <= HOLD_CURVATURE && fit.rms < fit.exponentialRms) return { decision: 'holds', why: `curvature ${c.toFixed(2)} ≤ ${HOLD_CURVATURE}` };
  if (c <= HOLD_CURVATURE) return { decision: 'inconclusive', why: `log-linear fit as good (RMS ${fit.exponentialRms.toFixed(3)} ≤ ${fit.rms.toFixed(3)})` };
  return { decision: 'inconclusive', why: `curvature ${c.toFixed(2)} in (${HOLD_CURVATURE}, ${REFUTE_CURVATURE}]: local ν ${fit.firstNu.toFixed(2)} → ${fit.lastNu.toFixed(2)}` };
}

interface Judged {
  readonly spectrum: Fig1Spectrum;
  readonly fit?: PowerLawTail;
  readonly decision: TailDecision;
}

function judge(spectrum: Fig1Spectrum): Judged {
  const window = tailWindow(spectrum);
  if (!window) return { spectrum, decision: { decision: 'inconclusive', why: 'reliable tail shorter than one decade past i = 10' } };
  const fit = fitPowerLawTail(spectrum.values, window[0], window[1]);
  return { spectrum, fit, decision: decideTail(fit) };
}

export const fig1SpectrumPowerLaw: Claim = {
  id: 'bowman22.fig1.spectrum-power-law',
  paper: 'bowman22',
  printed: printed('bowman22', 'sec2.2.spectrum'),
  reading: [
    { text: '"a small number of outlier eigenvalues … followed by a long tail of small eigenvalues" is read as the quoted power law σ_i ∼ Λi^{−ν} holding on the tail past the outliers (i ≥ 10, MNIST\'s 10 classes), for the Gram spectrum at initialisation of both networks of Figure 1.', restsOn: 'L107, L118' },
    { text: 'The power law is a cited result for ReLU networks (Velikanov & Yarotsky); the networks of the figure are softplus (and LeNet-5), so we test whether their tails follow a power law too (relu is run as a reported reference, not in the verdict).', restsOn: 'L107, L118' },
    { text: 'Figure 1\'s right plot is a softplus network with 4000 hidden units on CIFAR-10; no registry package ships CIFAR-10 images (npm cifar10@1.0.2 has none), so that network runs on MNIST (the figure\'s CIFAR-10 plot is catalogued as not checkable). LeNet-5 uses softplus and average pooling, logit of class 0; inputs standardised (the appendix with the setup is not in our text).', restsOn: 'L118' },
    { text: '"batch of size 2000 … first 1000 eigenvalues … 10 random parameter initializations and data batches" at paper scale; quick uses n = 400 and 3 initialisations, with the fit window ending at n/4.', restsOn: 'L118' },
  ],
  domain: `MNIST, standardised; shallow softplus network of width ${FIG1_SIZES.quick.width} (quick) / ${FIG1_SIZES.paper.width} (paper, the figure's width; the figure used CIFAR10), LeNet-5 (softplus, average pooling), NTK parametrisation; batch n = ${FIG1_SIZES.quick.n} / ${FIG1_SIZES.paper.n} with the first min(n, ${FIG1_TOP}) eigenvalues; ${FIG1_SIZES.quick.inits} / ${FIG1_SIZES.paper.inits} initialisations and data batches per network`,
  rule: `per spectrum, on i ∈ [${TAIL_START}, min(n/4, last reliable index)] (≥ 1 decade, else inconclusive): least-squares ν in log-log and the curvature c = |ln(ν₂/ν₁)|/ln√(i₁/i₀) of the two half-window exponents (0 for a power law, 1 for an exponential); refuted if ν ≤ 0 or c > ${REFUTE_CURVATURE}, holds if c ≤ ${HOLD_CURVATURE} and the power law's residual RMS is below the log-linear fit's, inconclusive otherwise; the claim holds if every spectrum holds, is refuted if one is`,
  tolerance: `eigenvalues kept where their worst-case relative error is ≤ 10 %: Grams accumulated in float64 from float32 gradient features, whose error moves √λ by ≤ 64u·√tr K (≈ 6e−9·λ₁ reliable); thresholds ¼ and ½ are fixed fractions of the exponential alternative's curvature, set before measuring`,
  glossary: {
    ...G.case,
    ...G.couldFail,
    network: 'fc-softplus: one hidden layer of softplus units (width 1000 quick, 4000 paper); lenet5-class0: LeNet-5 (softplus, average pooling), logit of class 0; fc-relu and K∞ softplus: references',
    'σ_i, λ_k': 'the i-th (k-th) largest eigenvalue of the NTK Gram matrix of the batch at initialisation (the paper writes σ_i; the charts λ_k/λ₁)',
    'Λ, ν': 'scale and exponent of the power law σ_i ∼ Λ·i^(−ν) fitted by least squares in log-log on the fit window',
    'fit window i₀–i₁': `eigenvalue indices of the tail fit: i₀ = ${TAIL_START} (past the outliers), i₁ = min(n/4, last reliable index); "none" when it spans less than a decade`,
    'ν, first/second half of window': 'exponents ν₁, ν₂ fitted on [i₀, √(i₀i₁)] and [√(i₀i₁), i₁] (dimensionless)',
    'tail curvature c': `|ln(ν₂/ν₁)| / ln√(i₁/i₀): 0 for a power law, 1 for an exponential; the measured column — refuted above ${REFUTE_CURVATURE}, holds at ≤ ${HOLD_CURVATURE}`,
    'R² of the log-log fit': 'coefficient of determination of the power-law fit (reported, not used: an exponential also reaches R² ≈ 0.9)',
    'residual RMS, power law / exponential': 'root-mean-square residual of log σ_i for the power-law fit and for the log-linear (exponential) fit on the same points; the power law must fit better to hold',
    'λ₂/λ₁': 'ratio of the two largest Gram eigenvalues (how dominant the top outlier is)',
    'in verdict': 'yes for the networks of Figure 1 (fc-softplus, lenet5-class0); the relu network and the analytic K∞ are references only',
    initialisation: 'index of the random initialisation and data batch (0 …)',
    'batch size n': 'number of MNIST images in the Gram matrix',
    decision: 'the rule applied to this spectrum: holds, refuted or inconclusive (why: the number that decided it)',
    'time (ms)': 'wall time to build the Gram and its spectrum, milliseconds',
    ...G.backend,
    ...G.nan,
  },
  budgetMs: { quick: 90_000, paper: 3_600_000 },
  async check(ctx) {
    const spectra = await measureFig1Spectra(ctx.scale, ctx.seed);
    const judged = spectra.map(judge);
    const rows: MeasurementRow[] = judged.map(({ spectrum: s, fit, decision }) => ({
      params: {
        network: s.network,
        initialisation: s.init,
        'batch size n': s.n,
        'in verdict': VERDICT_NETWORKS.includes(s.network),
        'fit window i₀–i₁': fit ? `${fit.window[0]}–${fit.window[1]}` : 'none',
        'ν (fitted exponent)': fit?.nu ?? Number.NaN,
        'ν, first half of window': fit?.firstNu ?? Number.NaN,
        'ν, second half of window': fit?.lastNu ?? Number.NaN,
        'R² of the log-log fit': fit?.rSquared ?? Number.NaN,
        'residual RMS, power law': fit?.rms ?? Number.NaN,
        'residual RMS, exponential': fit?.exponentialRms ?? Number.NaN,
        'λ₂/λ₁': s.values[1]! / s.values[0]!,
        decision: decision.decision,
        why: decision.why,
        'time (ms)': Math.round(s.ms),
        backend: backendLabel(),
      },
      measured: fit?.curvatureInExponentialUnits ?? Number.NaN,
      bound: REFUTE_CURVATURE,
      ok: decision.decision !== 'refuted',
      decided: fit !== undefined && VERDICT_NETWORKS.includes(s.network),
      margin: fit ? REFUTE_CURVATURE - fit.curvatureInExponentialUnits : Number.NaN,
    }));
    const power = powerSummary(rows, POWER);
    const worst = worstCase(rows.filter((r) => r.decided));
    const counted = judged.filter((j) => VERDICT_NETWORKS.includes(j.spectrum.network));
    const measuredVerdict = counted.some((j) => j.decision.decision === 'refuted') ? 'refuted' : counted.every((j) => j.decision.decision === 'holds') ? 'holds' : 'inconclusive';
    const verdict = measuredVerdict === 'holds' && power.decided === 0 ? 'inconclusive' : measuredVerdict;
    return {
      verdict,
      reason: summarise(judged),
      cases: counted.length,
      power,
      ...(worst ? { worst } : {}),
      measurements: { measuredLabel: 'tail curvature c', boundLabel: 'refuted above', rows },
      charts: [spectrumChart(judged, 'log'), spectrumChart(judged, 'linear')],
    };
  },
};

/** Per network: ν median [min–max] over initialisations, curvature range, decisions. */
function summarise(judged: readonly Judged[]): string {
  const names = [...new Set(judged.map((j) => j.spectrum.network))];
  return names
    .map((name) => {
      const group = judged.filter((j) => j.spectrum.network === name);
      const fits = group.flatMap((j) => (j.fit ? [j.fit] : []));
      if (fits.length === 0) return `${name}: no reliable decade`;
      const nus = fits.map((f) => f.nu);
      const cs = fits.map((f) => f.curvatureInExponentialUnits);
      const decisions = group.map((j) => j.decision.decision);
      const counts = ['holds', 'inconclusive', 'refuted'].flatMap((d) => {
        const k = decisions.filter((x) => x === d).length;
        return k > 0 ? [`${k} ${d}`] : [];
      });
      return `${name}: ν = ${median(nus).toFixed(2)} [${Math.min(...nus).toFixed(2)}–${Math.max(...nus).toFixed(2)}] on i ∈ ${fits[0]!.window[0]}–${fits[0]!.window[1]}, curvature ${Math.min(...cs).toFixed(2)}–${Math.max(...cs).toFixed(2)} (${counts.join(', ')})`;
    })
    .join('; ');
}

/** λ_k/λ₁ per network (pointwise median over initialisations, reliable part only) with the median fit dashed. */
function spectrumChart(judged: readonly Judged[], xScale: 'log' | 'linear'): Chart {
  const series: ChartSeries[] = [];
  for (const name of [...new Set(judged.map((j) => j.spectrum.network))] as Fig1Network[]) {
    const group = judged.filter((j) => j.spectrum.network === name);
    const length = Math.min(...group.map((j) => reliableCount(j.spectrum)));
    const ratios = Array.from({ length }, (_, i) => median(group.map((j) => j.spectrum.values[i]! / j.spectrum.values[0]!)));
    series.push({ name, thing: name, style: 'line', points: ratios.map((r, i) => [i + 1, r] as const) });
    const fits = group.flatMap((j) => (j.fit ? [{ fit: j.fit, top: j.spectrum.values[0]! }] : []));
    if (fits.length > 0) {
      const nu = median(fits.map((f) => f.fit.nu));
      const logScale = median(fits.map((f) => f.fit.logScale - Math.log(f.top)));
      const [i0, i1] = fits[0]!.fit.window;
      // The fitted power law is a curve on a linear x axis: sampled on the axis's own scale.
      series.push({ name: `${name}: fit Λ·k^(−${nu.toFixed(2)}) on k = ${i0}–${i1}`, thing: name, style: 'dashed', points: sampleAxis(i0, i1, xScale).map((k) => [k, Math.exp(logScale) * k ** -nu] as const) });
    }
  }
  return {
    id: xScale === 'log' ? 'fig1-spectrum-loglog' : 'fig1-spectrum-as-paper',
    title:
      xScale === 'log'
        ? 'NTK Gram spectrum at initialisation, λ_k/λ₁ (log-log; median over initialisations; dashed: the fitted power law, a straight line here)'
        : 'NTK Gram spectrum at initialisation, λ_k/λ₁ (axes as in the paper’s Figure 1; dashed: the fitted power law, curved on these axes)',
    xLabel: 'eigenvalue index k',
    yLabel: 'λ_k / λ₁',
    xScale,
    yScale: 'log',
    series,
  };
}

function reliableCount(s: Fig1Spectrum): number {
  let k = 0;
  while (k < s.values.length && s.values[k]! >= s.reliableAbove && s.values[k]! > 0) k++;
  return k;
}
