import * as tf from '@tensorflow/tfjs';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { softplus } from '../../activations/softplus.js';
import { mnistBatch, MNIST_PIXELS } from '../../data/mnist.js';
import { eigvalsh } from '../../linalg/eigh.js';
import { initBackend } from '../../networks/backend.js';
import { fullyConnectedNetwork } from '../../networks/fullyConnectedNetwork.js';
import { logLogSlope } from '../../numerics/logLogSlope.js';
import { createRng } from '../../random/rng.js';
import { effectiveRank, fisherTrace } from '../../spectra/effectiveRank.js';
import { spectrumOfFloat32Gram } from '../../spectra/gramSpectrum.js';
import type { Chart, Claim, MeasurementRow, Scale } from '../claim.js';
import { powerSummary, worstCase } from '../powerSummary.js';
import { backendLabel } from '../withBackend.js';
import { median } from './median.js';
import { G } from './glossary.js';
import { shallowLimitGram } from './shallowLimitGram.js';

/**
 * bowman22.fim.effective-rank — §4 after eq. (6): "for fixed R and ε we have that p̃ = Õ(1) with high
 * probability as the width grows to infinity whereas p → ∞"; "p̃ ≪ p".
 *
 * Setting: the shallow softplus network f = vᵀσ(Wx/√D)/√m of §2.3 (NTK parametrisation, no biases;
 * the antisymmetric initialisation leaves the NTK at θ₀ unchanged, so the plain network is used), on n
 * MNIST digits normalised to ‖x‖² = D (so that K^∞ has the closed form of `shallowLimitGram`). F is
 * replaced by the empirical F̂ over the batch (footnote 1), whose nonzero spectrum is eig(K/n)
 * (`effectiveRank`). p = m(D + 1).
 *
 * ε: the paper's scale is 0.75ε/R with R = O(√T) and gives no number; we take ε ∈ {0.1, 10^{−1.5}},
 * i.e. count the directions with λ(F̂) > 10⁻² and > 10⁻³, in units where tr F^∞ = ψ₀(1) + ψ₁(1) ≈ 1.21
 * (softplus). Chosen before measuring, as two scales well inside (λ₁ ≈ 0.86, λ_n ~ 1e−5).
 *
 * Power: "p̃ ≪ p" can only fail when p/100 < n (p̃ ≤ rank F̂ ≤ n), so a width row decides only then; the
 * growth rows are judged against p̃ ∝ m (∝ p, capped at n): decided when that alternative, started from the
 * measured p̃ at the smallest width, would have been refuted by the slope rule.
 */
const POWER = {
  reference: 'an effective rank growing with the parameter count, p̃ ∝ m (capped at n, the rank of F̂), started from the measured p̃ at the smallest width; for "p̃ ≪ p": any p̃ up to n',
  marginLabel: 'decades: log10((p/100)/p̃) for the width rows; (½ − slope)·log10(m_max/m_min) for the growth rows',
};
export const FIM_SIZES: Readonly<Record<Scale, { readonly n: number; readonly widths: readonly number[]; readonly inits: number }>> = {
  quick: { n: 300, widths: [64, 128, 256, 512, 1024], inits: 3 },
  paper: { n: 1000, widths: [64, 128, 256, 512, 1024, 2048, 4096], inits: 5 },
};
export const FIM_EPSILONS: readonly number[] = [0.1, 10 ** -1.5];
/** Holds at a log-log slope of p̃ against m ≤ 0.1 (< 26 % growth per decade of width while p grows 10×). */
export const HOLD_SLOPE = 0.1;
/** Refuted at a slope ≥ ½: p̃ growing at least like √p over the sweep is not "Õ(1) as the width grows". */
export const REFUTE_SLOPE = 0.5;
/** "Far smaller than p": p̃ ≤ p/100 at every width. */
export const MAX_RANK_FRACTION = 0.01;
/** p̃ > n/4 is sample-limited: eig(K/n) approximates the operator's spectrum only for i ≪ n. */
export const SATURATION_FRACTION = 0.25;

export interface EpsilonDecision {
  readonly decision: 'holds' | 'refuted' | 'inconclusive';
  readonly slope: number;
  readonly why: string;
}

/** The rule above for one ε, from the median p̃ per width (ascending widths spanning ≥ 1 decade). */
export function decideEffectiveRank(widths: readonly number[], ranks: readonly number[], params: readonly number[], n: number): EpsilonDecision {
  if (widths.length < 2 || widths[widths.length - 1]! < 10 * widths[0]!) throw new RangeError('widths must span at least one decade');
  const over = widths.findIndex((_, k) => ranks[k]! > MAX_RANK_FRACTION * params[k]!);
  if (ranks.some((r) => r < 1)) return { decision: 'inconclusive', slope: Number.NaN, why: 'p̃ = 0 at some width (ε above the spectrum)' };
  const slope = logLogSlope(widths, ranks);
  if (over >= 0) return { decision: 'refuted', slope, why: `p̃ = ${ranks[over]} > p/100 = ${params[over]! / 100} at m = ${widths[over]}` };
  if (slope >= REFUTE_SLOPE) return { decision: 'refuted', slope, why: `p̃ grows like m^${slope.toFixed(2)}` };
  if (ranks[ranks.length - 1]! > SATURATION_FRACTION * n) return { decision: 'inconclusive', slope, why: `p̃ = ${ranks[ranks.length - 1]} > n/4 is sample-limited` };
  if (slope <= HOLD_SLOPE) return { decision: 'holds', slope, why: `slope ${slope.toFixed(3)} ≤ ${HOLD_SLOPE}` };
  return { decision: 'inconclusive', slope, why: `slope ${slope.toFixed(3)} between ${HOLD_SLOPE} and ${REFUTE_SLOPE}` };
}

export interface FimSweep {
  readonly n: number;
  readonly widths: readonly number[];
  readonly params: readonly number[];
  /** eig(K/n) descending, per width and init. */
  readonly spectra: readonly (readonly Float64Array[])[];
  /** eig(K^∞/n) descending on the same inputs. */
  readonly limit: Float64Array;
  /** Smallest reliable eigenvalue of K/n (float32 Gram floor), largest over all runs. */
  readonly reliableAbove: number;
  readonly ms: number;
}

export async function measureFimSweep(scale: Scale, seed: number): Promise<FimSweep> {
  await initBackend();
  const { n, widths, inits } = FIM_SIZES[scale];
  const start = performance.now();
  const rng = createRng(seed);
  const batch = mnistBatch({ count: n, seed: rng.int(2 ** 31), normalisation: 'sphere' });
  const limitGram = shallowLimitGram(batch.images, n, MNIST_PIXELS, softplus);
  for (let p = 0; p < limitGram.length; p++) limitGram[p]! /= n;
  const limit = eigvalsh(limitGram, n);
  const x = tf.tensor2d(batch.images, [n, MNIST_PIXELS]);
  let reliableAbove = 0;
  const spectra = widths.map((m) =>
    Array.from({ length: inits }, () => {
      const net = fullyConnectedNetwork({ inputDim: MNIST_PIXELS, widths: [m], activation: softplus, seed: rng.int(2 ** 31) });
      const gram = net.ntkGram(x);
      const spectrum = spectrumOfFloat32Gram(gram.full);
      gram.dispose();
      net.dispose();
      reliableAbove = Math.max(reliableAbove, spectrum.reliableAbove / n);
      return spectrum.values.map((v) => v / n);
    }),
  );
  x.dispose();
  return { n, widths, params: widths.map((m) => m * (MNIST_PIXELS + 1)), spectra, limit, reliableAbove, ms: performance.now() - start };
}

export const fimEffectiveRank: Claim = {
  id: 'bowman22.fim.effective-rank',
  paper: 'bowman22',
  printed: printed('bowman22', 'sec4.effective-rank'),
  reading: [
    { text: 'p̃ = p̃(F^{1/2}, ε) = |{i : λ_i(F)^{1/2} > ε}| (eq. 6 and the definition after it) with F replaced by the empirical F̂ over a batch of n inputs (footnote 1), whose nonzero spectrum is eig(K/n).', restsOn: 'L226–230, L246' },
    { text: '"for fixed R and ε": the scale 0.75ε/R is one fixed number; we take ε ∈ {0.1, 10^{−1.5}} (count λ(F̂) > 1e−2 and > 1e−3), chosen before measuring; the paper gives no value.', restsOn: 'L232–236' },
    { text: '"p̃ = Õ(1) with high probability as the width grows … whereas p → ∞": the median p̃ over initialisations grows at most like m^{0.1} across a decade and more of widths (refuted at a slope ≥ ½); "p̃ ≪ p": p̃ ≤ p/100 at every width.', restsOn: 'L236' },
    { text: 'The network is the shallow fully connected softplus network of §2.3 (the antisymmetric trick leaves the NTK, hence F, unchanged at θ₀) on MNIST digits scaled to ‖x‖² = D — an input distribution the paper does not specify here.', restsOn: 'L122–130, L236' },
  ],
  domain: 'shallow softplus network, NTK parametrisation, on n MNIST digits scaled to ‖x‖² = 784 (n = 300 quick, 1000 paper); widths 64…1024 (quick, 3 initialisations) or 64…4096 (paper, 5); ε ∈ {0.1, 10^{−1.5}}; F estimated by the empirical F̂ on the batch',
  rule: `per ε: p̃ = median over initialisations at each width; refuted if p̃ > p/100 at some width or the least-squares slope of log p̃ against log m is ≥ ${REFUTE_SLOPE}; inconclusive if p̃ > n/4 at the largest width (sample-limited) or the slope is in (${HOLD_SLOPE}, ${REFUTE_SLOPE}); holds if the slope is ≤ ${HOLD_SLOPE}. The claim holds if it holds for every ε, is refuted if refuted for some ε`,
  tolerance: `slope thresholds: p̃ ∝ p would give slope 1, bounded p̃ slope 0; ≤ ${HOLD_SLOPE} allows < 26 % growth per decade (count noise ±1 on p̃ ≈ 9 is ±0.04); eigenvalues of K/n carry the float32 Gram floor max(n·u·λ₁, 64u·tr K)/n (≈ 1e−5, two decades below ε² = 1e−3); the infinite-width p̃∞ from K^∞ (Hermite series, float64) is reported as the independent limit`,
  glossary: {
    ...G.case,
    ...G.couldFail,
    'Õ(1)': 'bounded up to logarithmic factors as m → ∞: read as a log-log slope of p̃ in m ≤ 0.1',
    'F, F̂': 'the Fisher information matrix of the network at θ₀, and its empirical version over the batch, whose nonzero spectrum is eig(K/n)',
    'p̃ = p̃(F^(1/2), ε)': 'effective rank: the number of eigenvalues λ_i(F̂) with λ_i^(1/2) > ε, i.e. λ_i > ε² (an integer)',
    'p̃ (slope rows: slope in m)': 'the measured column: median p̃ over the initialisations at that width; on a slope row, the least-squares slope of log p̃ against log m over all widths',
    'p̃ per initialisation': 'p̃ of each initialisation at that width',
    'p̃∞ from K∞': 'p̃ of the infinite-width limit, from eig(K∞/n) on the same inputs (independent route)',
    'parameters p': 'number of weights, m(D + 1) with D = 784 inputs',
    'p/100': 'the bound for "p̃ ≪ p": p̃ ≤ p/100 at every width',
    ε: 'the scale 0.75ε/R of eq. (6) read as one fixed number: 0.1 and 10^(−1.5) (counts λ > 1e−2 and > 1e−3)',
    R: 'the radius of the parameter ball of eq. (6), R = O(√T); absorbed into ε here',
    'width m': 'hidden units of the shallow network (slope rows: the range of widths)',
    'tr F̂ (median)': 'trace of F̂ (median over initialisations), in the units where tr F∞ ≈ 1.21 for softplus',
    'Markov bound ⌊tr F̂/ε²⌋': 'an upper bound on p̃ from the trace (p̃ ≤ tr F̂/ε²)',
    'decision, why': 'slope rows: the rule’s outcome for that ε and the number that decided it',
    n: 'batch size: number of MNIST images (p̃ ≤ n always)',
    ...G.backend,
    ...G.nan,
  },
  budgetMs: { quick: 60_000, paper: 1_800_000 },
  async check(ctx) {
    const sweep = await measureFimSweep(ctx.scale, ctx.seed);
    const { n, widths, params, spectra, limit } = sweep;
    const rows: MeasurementRow[] = [];
    const decisions = FIM_EPSILONS.map((eps) => {
      // The stored spectra are already eig(K/n), hence the count with n = 1.
      const perInit = spectra.map((runs) => runs.map((values) => effectiveRank(values, 1, eps)));
      const ranks = perInit.map((r) => median(r));
      const d: EpsilonDecision =
        eps * eps <= sweep.reliableAbove
          ? { decision: 'inconclusive', slope: Number.NaN, why: `ε² within the float32 floor ${sweep.reliableAbove.toExponential(1)}` }
          : decideEffectiveRank(widths, ranks, params, n);
      const pInf = effectiveRank(limit, 1, eps);
      // The alternative p̃ ∝ m from the smallest width, capped at n (rank F̂ ≤ n): would the slope rule refute it?
      const alternative = widths.map((m) => Math.min(n, (ranks[0]! * m) / widths[0]!));
      const growthDecided = ranks[0]! >= 1 && decideEffectiveRank(widths, alternative, widths.map(() => Infinity), n).decision === 'refuted';
      const decades = Math.log10(widths[widths.length - 1]! / widths[0]!);
      widths.forEach((m, k) => {
        const traces = spectra[k]!.map((values) => fisherTrace(values, 1));
        const bound = MAX_RANK_FRACTION * params[k]!;
        rows.push({
          params: { ε: eps, 'width m': m, 'parameters p': params[k]!, 'p̃ per initialisation': perInit[k]!.join(', '), 'p̃∞ from K∞': pInf, 'tr F̂ (median)': median(traces), 'Markov bound ⌊tr F̂/ε²⌋': Math.floor(median(traces) / (eps * eps)), backend: backendLabel() },
          measured: ranks[k]!,
          bound,
          ok: ranks[k]! <= bound,
          decided: n > bound,
          margin: Math.log10(bound / Math.max(ranks[k]!, 0.5)),
        });
      });
      rows.push({ params: { ε: eps, 'width m': `${widths[0]}–${widths[widths.length - 1]} (slope row)`, decision: d.decision, why: d.why }, measured: d.slope, bound: REFUTE_SLOPE, ok: d.decision !== 'refuted', decided: growthDecided && !Number.isNaN(d.slope), margin: (REFUTE_SLOPE - d.slope) * decades });
      return { eps, d, ranks, pInf };
    });
    const power = powerSummary(rows, POWER);
    const measuredVerdict = decisions.some((x) => x.d.decision === 'refuted') ? 'refuted' : decisions.every((x) => x.d.decision === 'holds') ? 'holds' : 'inconclusive';
    const verdict = measuredVerdict === 'holds' && power.decided === 0 ? 'inconclusive' : measuredVerdict;
    const worst = worstCase(rows);
    // "p̃ ≪ p" is only testable where p/100 < n: the batch that would decide it at the smallest width.
    const undecidedWidths = params[0]! / 100 >= n ? `; p̃ ≤ p/100 has no power here (p̃ ≤ n = ${n} < p/100 = ${params[0]! / 100} at m = ${widths[0]}: needs n > ${Math.ceil(params[0]! / 100)})` : '';
    const summary = decisions.map((x) => `ε = ${x.eps.toPrecision(2)}: p̃ = ${x.ranks.join('→')} over m = ${widths[0]}…${widths[widths.length - 1]} (p̃∞ = ${x.pInf}, slope ${x.d.slope.toFixed(3)}, ${x.d.decision})`).join('; ');
    return {
      verdict,
      reason: `${summary}; p̃/p ≤ ${(Math.max(...decisions.map((x) => x.ranks[0]!)) / params[0]!).toExponential(1)}; ${power.decided} of ${rows.length} rows decided${undecidedWidths}`,
      cases: widths.length * spectra[0]!.length,
      power,
      ...(worst ? { worst } : {}),
      measurements: { measuredLabel: 'p̃ (slope rows: slope in m)', boundLabel: 'p/100 (slope rows: refuted at ≥)', rows },
      charts: [rankChart(widths, params, decisions), spectrumChart(sweep)],
    };
  },
};

function rankChart(widths: readonly number[], params: readonly number[], decisions: readonly { eps: number; ranks: readonly number[]; pInf: number }[]): Chart {
  const eps = (x: { eps: number }) => `ε = ${x.eps.toPrecision(2)}`;
  const highest = Math.max(...decisions.flatMap((x) => [...x.ranks, x.pInf]));
  const bound = params[0]! / 100 > 1.5 * highest ? `the bound p/100 = ${params[0]! / 100}…${params[params.length - 1]! / 100} lies above the drawn range` : 'the bound p/100 (dotted)';
  return {
    id: 'fim-effective-rank',
    title: `Effective rank p̃(F̂^(1/2), ε) against width (softplus, MNIST on the sphere; one colour per ε): median over initialisations (solid), the infinite-width p̃∞ (dashed); ${bound}`,
    xLabel: 'width m',
    yLabel: 'p̃',
    xScale: 'log',
    yScale: 'log',
    series: [
      ...decisions.map((x) => ({ name: `p̃, ${eps(x)}`, thing: eps(x), style: 'line' as const, points: widths.map((m, k) => [m, x.ranks[k]!] as const) })),
      ...decisions.map((x) => ({ name: `p̃∞ from K∞, ${eps(x)}`, thing: eps(x), style: 'dashed' as const, points: [[widths[0]!, x.pInf], [widths[widths.length - 1]!, x.pInf]] as const })),
      { name: 'p/100', style: 'bound' as const, points: widths.map((m, k) => [m, params[k]! / 100] as const) },
    ],
  };
}

function spectrumChart(sweep: FimSweep): Chart {
  const pick = [0, sweep.widths.length - 1];
  const points = (values: Float64Array) => Array.from(values).flatMap((v, i) => (v > sweep.reliableAbove ? [[i + 1, v] as const] : []));
  return {
    id: 'fim-spectrum',
    title: 'Nonzero spectrum of F̂ = eig(K/n) at initialisation (first initialisation; eigenvalues above the float32 floor) against the infinite-width K∞/n (dashed); dotted: the thresholds ε²',
    xLabel: 'index i',
    yLabel: 'λ_i(F̂)',
    xScale: 'log',
    yScale: 'log',
    series: [
      ...pick.map((k) => ({ name: `m = ${sweep.widths[k]}`, style: 'line' as const, points: points(sweep.spectra[k]![0]!) })),
      { name: 'K∞/n (analytic)', style: 'dashed' as const, points: points(sweep.limit) },
      ...FIM_EPSILONS.map((eps) => ({ name: `ε² = ${(eps * eps).toExponential(0)} (ε = ${eps.toPrecision(2)})`, thing: `ε = ${eps.toPrecision(2)}`, style: 'bound' as const, points: [[1, eps * eps], [sweep.n, eps * eps]] as const })),
    ],
  };
}
