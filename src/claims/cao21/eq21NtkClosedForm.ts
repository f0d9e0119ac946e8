import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { arcCosine0, reluNtk } from '../../kernels/arcCosine.js';
import { trainingSet } from '../../networks/trainingSet.js';
import { twoLayerNetwork } from '../../networks/twoLayerNetwork.js';
import { twoLayerNtkGram } from '../../networks/twoLayerNtkGram.js';
import { createRng } from '../../random/rng.js';
import { sampleSphere } from '../../sphere/sampleSphere.js';
import type { Chart, Scale } from '../claim.js';
import { forAllClaim, type ForAllClaim } from '../forAllClaim.js';
import { linearFit } from '../../numerics/linearFit.js';
import { backendLabel, withBackend } from '../withBackend.js';
import { G, sphere } from './glossary.js';

/** Points per case, widths swept and independent initialisations per width, by scale. */
const POINTS = 16;
const WIDTHS: Record<Scale, number[]> = { quick: [64, 256, 1024, 4096], paper: [64, 256, 1024, 4096, 16384] };
const REPLICATES = 3;
/** Monte Carlo allowance k·σ/√m with k = 4. */
const K_SIGMA = 4;
const U32 = 2 ** -24;

interface Case extends Record<string, number> {
  d: number;
  seed: number;
}

interface WidthError {
  readonly m: number;
  /** RMS over the n² entries of m⁻¹K − G. */
  readonly error: number;
  /** 4·√(mean_ij σ̂²_ij/m) + float32 bound: the allowance for `error`. */
  readonly allowance: number;
}

/**
 * One network: m⁻¹K from the batch Gram (tfjs, float32) against G_ij = κ(⟨x_i, x_j⟩) (eq. 2.1, closed
 * form). The law of large numbers makes m⁻¹K_ij = (1/m)Σ_r Z_rij a mean of m i.i.d. neuron terms
 * Z_rij = m·W₂r²·1{h_ir > 0}1{h_jr > 0}·⟨x_i, x_j⟩ + m·σ(h_ir)σ(h_jr) with mean G_ij, so by the CLT the
 * RMS entry error is ≈ √(mean_ij Var Z_ij/m); Var Z_ij is estimated by the sample variance over the m
 * neurons of this very network (float64, from its weights). Rounding: each K entry is an m-term float32
 * sum, error ≤ γ_{m+D+4}·(same sum of |terms|).
 */
function widthError(d: number, points: Float64Array, m: number, seed: number): WidthError {
  const n = POINTS;
  const dim = d + 1;
  const data = trainingSet(points, dim, new Float64Array(n));
  const net = twoLayerNetwork({ inputDim: dim, width: m, theta: 1, seed });
  const gram = twoLayerNtkGram(net, data.x);
  const k = gram.full.dataSync();
  const w1 = net.first.dataSync();
  const w2 = net.second.dataSync();
  gram.dispose();
  net.dispose();
  data.dispose();
  const h = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let r = 0; r < m; r++) {
      let s = 0;
      for (let c = 0; c < dim; c++) s += w1[r * dim + c]! * points[i * dim + c]!;
      h[i * m + r] = s;
    }
  }
  let sq = 0;
  let variance = 0;
  let absSum = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let dot = 0;
      for (let c = 0; c < dim; c++) dot += points[i * dim + c]! * points[j * dim + c]!;
      let mean = 0;
      let m2 = 0;
      for (let r = 0; r < m; r++) {
        const hi = h[i * m + r]!;
        const hj = h[j * m + r]!;
        const z = hi > 0 && hj > 0 ? m * (w2[r]! * w2[r]! * dot + hi * hj) : 0;
        mean += z;
        m2 += z * z;
        absSum += hi > 0 && hj > 0 ? m * (w2[r]! * w2[r]! * Math.abs(dot) + hi * hj) : 0;
      }
      mean /= m;
      variance += (m2 / m - mean * mean) * (m / (m - 1));
      sq += (k[i * n + j]! / m - reluNtk.value(dot)) ** 2;
    }
  }
  const entries = n * n;
  const roundoff = ((m + dim + 4) * U32 * absSum) / m / entries;
  return { m, error: Math.sqrt(sq / entries), allowance: K_SIGMA * Math.sqrt(variance / entries / m) + roundoff };
}

function evaluate({ d, seed }: Case, scale: Scale) {
  const rng = createRng(seed);
  const points = sampleSphere(rng, POINTS, d);
  const rows = WIDTHS[scale].flatMap((m) => Array.from({ length: REPLICATES }, () => widthError(d, points, m, rng.int(2 ** 31))));
  const fit = linearFit(rows.map((r) => Math.log(r.m)), rows.map((r) => Math.log(r.error)));
  const worst = Math.max(...rows.map((r) => r.error / r.allowance));
  // Power: the alternative is the kernel without the first layer's term ⟨x, x′⟩κ̂₁ (2κ̂₂ alone); a case
  // decides when the allowance at the largest width is below the RMS size of that term on these points.
  let alt = 0;
  for (let i = 0; i < POINTS; i++) {
    for (let j = 0; j < POINTS; j++) {
      let dot = 0;
      for (let c = 0; c <= d; c++) dot += points[i * (d + 1) + c]! * points[j * (d + 1) + c]!;
      alt += (dot * arcCosine0.value(dot)) ** 2;
    }
  }
  const alternative = Math.sqrt(alt / (POINTS * POINTS));
  const widest = rows.filter((r) => r.m === rows[rows.length - 1]!.m);
  const allowanceAtWidest = Math.max(...widest.map((r) => r.allowance));
  // LLN/CLT: error ∝ m^{−1/2}. The fitted exponent must not be slower than −1/2 beyond 3 standard errors.
  const slopeOk = fit.slope <= -0.5 + 3 * fit.standardError;
  return {
    measured: worst,
    bound: 1,
    ok: worst <= 1 && slopeOk,
    decided: allowanceAtWidest < alternative,
    margin: 1 - worst,
    extra: { 'RMS of the term ⟨x,x′⟩κ̂₁': alternative, 'fitted exponent of the error in m': fit.slope, 'standard error of the exponent': fit.standardError, 'error at the largest width': rows[rows.length - 1]!.error, backend: backendLabel() },
    rows,
    fit,
  };
}

/** The per-width errors of the cases evaluated in this process, for the report's charts (no second training). */
const evaluated = new Map<string, ReturnType<typeof evaluate>>();
const caseKey = (c: Case, scale: Scale) => `${scale}:${c.d}:${c.seed}`;

export const eq21NtkClosedForm: ForAllClaim<Case> = withBackend(
  forAllClaim<Case>({
    id: 'cao21.eq2.1.ntk-closed-form',
    paper: 'cao21',
    printed: printed('cao21', 'eq2.1'),
    reading: [
      { text: 'κ_1, κ_2 are the arc-cosine kernels κ̂₁, κ̂₂ of (2.3) evaluated at ⟨x, x′⟩ (unit inputs; the garbled "⟨x, x′⟩(‖x‖‖x′‖)" is read as ⟨x, x′⟩/(‖x‖‖x′‖), as for κ_2).', restsOn: 'L86–90' },
      { text: 'The limit m → ∞ is checked at finite widths m ∈ {64, …, 4096}: the RMS entry error of m⁻¹K against the closed form must be within the CLT allowance at every width and fall like m^{−1/2}.', restsOn: 'L74–78' },
      { text: 'The network is Algorithm 1’s f_W = √m·W₂σ(W₁x) with W₁ ∼ N(0, 2/m), W₂ ∼ N(0, 1/m) (src/networks/twoLayerNetwork.ts), no biases; its empirical NTK is the batch Gram of the parameter gradients (θ = 1: θ scales ŷ, not κ).', restsOn: 'L48, L62, L74' },
    ],
    domain: `S^d with d ∈ [1, 20]; ${POINTS} uniform points; widths m ∈ {64, 256, 1024, 4096} (quick; paper adds 16384), ${REPLICATES} independent initialisations each; empirical NTK from the batch Gram of the tfjs network`,
    rule: 'holds when, for every drawn case, the RMS entry error of m⁻¹K − κ-Gram is within 4σ̂/√m (+ float32 bound) at every width, σ̂² the per-neuron sample variance, and the least-squares exponent of the error in m is ≤ −1/2 + 3 standard errors',
    tolerance: 'Monte Carlo 4·σ̂/√m (σ̂ estimated from the same m neurons) plus γ_{m+D+4}·Σ|terms| for the float32 sums; exponent: 3 standard errors of the log–log regression',
    budgetMs: { quick: 60_000 },
    glossary: {
      ...G.d,
      ...G.seed,
      m: 'width of the hidden layer (number of neurons)',
      K: 'the empirical NTK Gram of the width-m network on the 16 points (sum over neurons, so m⁻¹K estimates κ)',
      'κ̂₁, κ̂₂': 'the arc-cosine kernels of (2.3), of ⟨x, x′⟩',
      ...G.kappa,
      'RMS error': 'root mean square over the 16 × 16 entries of m⁻¹K − κ(⟨x_i, x_j⟩) (dimensionless)',
      'σ̂': 'sample standard deviation of one neuron’s contribution to an entry, from the network’s own weights (root mean square over the entries)',
      allowance: '4σ̂/√m + float32 rounding bound: the RMS error allowed at width m',
      'error / allowance': 'the measured column: largest RMS error / allowance over the widths and initialisations (must be ≤ 1)',
      'largest allowed ratio': 'the bound on error / allowance: 1',
      'fitted exponent of the error in m': 'least-squares slope of log(RMS error) in log m over all widths and initialisations; must be ≤ −1/2 + 3 standard errors',
      'standard error of the exponent': 'standard error of that least-squares slope',
      'RMS of the term ⟨x,x′⟩κ̂₁': 'RMS over the point pairs of the first layer’s term: the error a kernel without it would show (the power reference)',
      'error at the largest width': 'RMS error of the last initialisation at the largest width',
      ...G.backend,
      ...G.couldFail,
      margin: '1 − error / allowance',
    },
    law: (scale) => ({
      arbitrary: fc.record({ d: fc.integer({ min: 1, max: 20 }), seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }) }),
      evaluate: (c) => {
        const full = evaluate(c, scale);
        evaluated.set(caseKey(c, scale), full);
        const { rows: _rows, fit: _fit, ...r } = full;
        return r;
      },
      numRuns: { quick: 4, paper: 20 },
      measuredLabel: 'error / allowance',
      boundLabel: 'largest allowed ratio',
      power: {
        reference: 'the kernel without the first layer’s term ⟨x, x′⟩κ̂₁ (2κ̂₂ alone): decided when the allowance at the largest width is below the RMS of that term on the drawn points',
        marginLabel: '1 − max over widths of RMS error / allowance',
      },
    }),
    present: (outcome, ctx) => {
      const cases = outcome.measurements.rows.map((r) => ({ d: Number(r.params.d), seed: Number(r.params.seed), margin: r.margin }));
      if (cases.length === 0) return {};
      const runOf = (c: Case) => evaluated.get(caseKey(c, ctx.scale)) ?? evaluate(c, ctx.scale);
      const worst = cases.reduce((a, b) => (b.margin < a.margin ? b : a));
      const { rows, fit } = runOf(worst);
      const ms = [...new Set(rows.map((r) => r.m))];
      const mean = (m: number, key: 'error' | 'allowance') => rows.filter((r) => r.m === m).reduce((s, r) => s + r[key], 0) / REPLICATES;
      const [lo, hi] = [ms[0]!, ms[ms.length - 1]!];
      const grid = Array.from({ length: 40 }, (_, i) => lo * (hi / lo) ** (i / 39));
      const detail: Chart = {
        id: 'ntk-error-vs-width',
        title: `RMS error of m⁻¹K against κ for the drawn case with the smallest margin: ${sphere(worst.d)}, seed ${worst.seed}, ${POINTS} points (fitted exponent ${fit.slope.toFixed(3)} ± ${fit.standardError.toFixed(3)})`,
        xLabel: 'width m (neurons)',
        yLabel: 'RMS entry error of m⁻¹K (dimensionless)',
        xScale: 'log',
        yScale: 'log',
        series: [
          { name: 'RMS error, each initialisation', thing: 'RMS error', style: 'points', points: rows.map((r) => [r.m, r.error] as const) },
          { name: 'least-squares fit c·m^slope', thing: 'RMS error', style: 'dashed', points: grid.map((m) => [m, Math.exp(fit.intercept + fit.slope * Math.log(m))] as const) },
          { name: 'allowance 4σ̂/√m + rounding (mean of the initialisations)', thing: 'allowance', style: 'bound', points: ms.map((m) => [m, mean(m, 'allowance')] as const) },
        ],
      };
      const ratio: Chart = {
        id: 'ntk-error-over-allowance',
        title: 'RMS error / allowance against the width, every drawn case and initialisation (the bound is 1)',
        xLabel: 'width m (neurons)',
        yLabel: 'RMS error / allowance',
        xScale: 'log',
        yScale: 'linear',
        series: [
          ...cases.map((c) => ({
            name: `${sphere(c.d)}, seed ${c.seed}`,
            style: 'points' as const,
            points: runOf(c).rows.map((r) => [r.m, r.error / r.allowance] as const),
          })),
        ],
      };
      evaluated.clear();
      return { charts: [detail, ratio] };
    },
  }),
);
