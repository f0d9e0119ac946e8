import { printed } from '../../catalogue/builtinCatalogues.js';
import { deviationBracket } from '../../kernelRegime/deviationBracket.js';
import { pooledExponent } from '../../kernelRegime/exponentInterval.js';
import { memoLast } from '../../kernelRegime/memoLast.js';
import { decideRate, geometricMean } from '../../kernelRegime/rateDecision.js';
import { sizeSweep } from '../../kernelRegime/sizeSweep.js';
import type { Scale } from '../claim.js';
import { backendLabel, withBackend } from '../withBackend.js';
import { forAllClaim } from '../forAllClaim.js';
import { deviationCharts } from './deviationCharts.js';
import { flowDeviationBracket } from './flowDeviationBracket.js';
import { median } from './median.js';
import { G, NETWORK_TERMS, sphere } from './glossary.js';
import { type NetworkCase, networkCaseArbitrary } from './networkCase.js';
import { exponentChart, parseInterval } from './rateCharts.js';

/**
 * Bowman & Montúfar Theorem 3.5 with K = K^∞ (Corollary 3.7 plus the explicit term), measured off the
 * training set on antisymmetric fully connected networks trained by gradient descent (`deviationRun`).
 * What is explicit and what is not: see `deviationBracket`. Two readings of the dynamics: the idealised
 * dynamics under the networks' own GD step (`gradient-descent`, this id), and the printed gradient flow
 * e^{−T_K t} (`gradient-flow`, networks trained with a step four times smaller, `flowDeviationBracket`).
 * Power: a deviation that does not shrink with n (the trivial bound, B constant) must lie outside the Õ
 * allowance β* = −1/2 + 1/ln n_g, i.e. decided when β* < 0.
 */
const CHECKPOINTS = [0, 1, 2, 4, 8, 16] as const;

type Dynamics = 'gradient-descent' | 'gradient-flow';

/** Step η = stepScale/σ₁; the flow reading uses a quarter of the step and four times the steps (same times t). */
const STEP: Record<Dynamics, { stepScale: number; stepsPerCheckpoint: number }> = {
  'gradient-descent': { stepScale: 0.5, stepsPerCheckpoint: 1 },
  'gradient-flow': { stepScale: 0.125, stepsPerCheckpoint: 4 },
};

const SWEEP: Record<Scale, { ns: number[]; widthPerSample: number; replicates: number; heldOut: number; checkpoints: readonly number[] }> = {
  quick: { ns: [16, 32, 64, 128, 256], widthPerSample: 2, replicates: 10, heldOut: 500, checkpoints: CHECKPOINTS },
  paper: { ns: [32, 64, 128, 256, 512], widthPerSample: 2, replicates: 8, heldOut: 2000, checkpoints: [...CHECKPOINTS, 32] },
};

export type DeviationCase = NetworkCase;

export const deviationCase = (c: DeviationCase, scale: Scale, dynamics: Dynamics = 'gradient-descent') => memoised({ c, scale, dynamics });

const memoised = memoLast(({ c, scale, dynamics }: { c: DeviationCase; scale: Scale; dynamics: Dynamics }) => {
  const s = SWEEP[scale];
  const step = STEP[dynamics];
  const checkpoints = s.checkpoints.map((k) => k * step.stepsPerCheckpoint);
  const runs = sizeSweep({
    activation: c.activation,
    hiddenLayers: c.hiddenLayers,
    d: c.d,
    seed: c.seed,
    sizes: s.ns.map((n) => ({ n, width: s.widthPerSample * n })),
    replicates: s.replicates,
    checkpoints,
    stepScale: step.stepScale,
    heldOut: s.heldOut,
    targetLevels: 3,
    projectionLevels: 3,
    kernelPoints: 32,
  });
  const brackets = runs.map((r) => deviationBracket(r.run, checkpoints));
  const flow = dynamics === 'gradient-flow' ? runs.map((r) => flowDeviationBracket(r.run, checkpoints)) : undefined;
  const ns = runs.map((r) => r.n);
  const g = geometricMean(s.ns);
  // Flow: holds when the upper end of B_flow decays fast enough; refuted when even its lower end does not.
  const exponent = pooledExponent(ns, flow ? flow.map((f) => f.upper) : brackets.map((b) => b.bracket));
  const rule = decideRate(exponent, -0.5, g);
  const lowerExponent = !flow ? exponent : flow.every((f) => f.lower > 0) ? pooledExponent(ns, flow.map((f) => f.lower)) : undefined;
  const lowerRefutes = lowerExponent !== undefined && decideRate(lowerExponent, -0.5, g).decision === 'refuted';
  const decision: 'holds' | 'refuted' | 'inconclusive' = rule.decision === 'holds' ? 'holds' : lowerRefutes ? 'refuted' : 'inconclusive';
  const threshold = rule.threshold;
  return { runs, brackets, flow, exponent, lowerExponent, decision, threshold, checkpoints };
});

const COMMON_READING = [
  { text: 'K = K^∞ (the analytic NTK of the network on the sphere), so the theorem is read with Corollary 3.7\'s instance; the explicit term 4‖f*‖²_∞‖K^∞ − K₀‖² is measured (‖f*‖_∞ by its bound Σ|c_j|√N_j).', restsOn: 'L146–152, L162–172' },
  { text: 'The probability 1 − O(mn)e^{−Ω(log² m)} and the quantifiers "T ≥ 1, ε > 0 … m = Ω̃(T⁴/ε²), n = Ω̃(T²/ε²) suffices" become a rate: at the fixed stopping time T = 8/σ₁ (16/σ₁ at paper scale) the smallest bracket B making both inequalities true at every checkpoint must decay like Õ(n^{−1/2}) along m = 2n (ε ∝ n^{−1/2} at fixed T), by a 95 % regression interval over independent initialisations and samples.', restsOn: 'L146, L178' },
  { text: '"for all t ≤ T and k ∈ ℕ": the checkpoints t = η·{1, 2, 4, 8, 16} (paper: also 32) and the projections P_k onto the top k = 1, 2, 3 eigenvalue levels (whole eigenspaces of T_{K^∞}: degree-k spherical harmonics).', restsOn: 'L146' },
  { text: 'X = S^d, ρ uniform (Assumption 3.2); f* a sum of zonal harmonics on the top 3 levels with ‖f*‖_{L²} = 1 (Assumption 3.3); antisymmetric fully connected softplus/tanh networks (Assumptions 3.1, 3.4); L² norms by Monte Carlo on held-out points. Convolutional and residual layers are not drawn.', restsOn: 'L122–144' },
  { text: 'Õ allows one logarithmic factor: holds at an exponent ≤ −1/2 + 1/ln n_g (src/kernelRegime/rateDecision.ts).', restsOn: 'L53' },
];

function deviationClaim(spec: { id: string; dynamics: Dynamics; reading: { text: string; restsOn: string }[]; rule: string; refutation?: { kind: 'convention'; evidence: string } }) {
  const { dynamics } = spec;
  const step = STEP[dynamics];
  return withBackend(
    forAllClaim({
      id: spec.id,
      paper: 'bowman22',
      printed: printed('bowman22', 'thm3.5'),
      readingName: dynamics,
      reading: [...spec.reading, ...COMMON_READING],
      ...(spec.refutation ? { refutation: spec.refutation } : {}),
      domain: `ρ uniform on S^d (d ∈ [2, 4]); antisymmetric FC nets, softplus/tanh, 1 hidden layer (quick) / 1–2 (paper); K = K^∞ analytic; f* = equal-weight zonal harmonics on the top 3 eigenvalue levels (‖f*‖_{L²} = 1); GD on (1/2n)‖r̂‖² with η = ${step.stepScale}/σ_1 up to T = 8/σ₁ (paper: 16/σ₁); n and m = 2n grow together (the theorem's own scaling m/n ∝ T² at fixed T); deviations by Monte Carlo on held-out points`,
      rule: spec.rule,
      tolerance:
        'statistical: regression t-interval over independent initialisations and samples; each D, D_k carries its Monte Carlo standard error (U-statistic for projections), ≤ 5 % of the value here, which the regression scatter already contains',
      glossary: {
        ...G.case,
        ...G.couldFail,
        ε: 'the theorem’s accuracy term in the bracket; at fixed T it must shrink like Õ(n^(−1/2)) along m = 2n', 'Ω̃, Õ': 'Ω and O up to logarithmic factors', K: 'the kernel of the theorem, here K = K∞', '‖f*‖_∞': 'sup |f*|, bounded by Σ|c_j|√N_j',
        ...G.kInf,
        ...G.k0,
        ...G.fStar,
        ...G.r,
        ...G.eT,
        ...G.P,
        ...G.sigma,
        ...G.eta,
        ...G.t,
        'T': 'the stopping time: t ≤ T = 8/σ₁ (16/σ₁ at paper scale)',
        'D(t), D_k(t)': 'the squared deviations ‖r_t − e(T)r₀‖² and ‖P_k(r_t − e(T)r₀)‖² in L²(ρ), estimated on held-out points',
        'Δ_t': 'the deviation r_t − e(T)r₀',
        'g_k(t)': dynamics === 'gradient-flow' ? 'the flow factor (1 − e^(−σ_k t))/σ_k of the projected inequality' : 'the GD factor (1 − (1 − ησ_k)^(t/η))/σ_k of the projected inequality (→ (1 − e^(−σ_k t))/σ_k as η → 0)',
        'B_u, B_p': 'the smallest constants making the unprojected (max D/t²) and the projected (max D_k/g_k²) inequality true at every checkpoint',
        'bracket B': 'max(B_u, B_p): the smallest B of the theorem this run needs (squared L²(ρ) units per unit time²)',
        ...(dynamics === 'gradient-flow'
          ? {
              'B_flow': 'B computed against the gradient flow e^(−Tt)r₀; only bracketed: its upper and lower end use (√D ± ‖G‖)²',
              G: 'the exact gap ((1 − ηT)^(t/η) − e^(−Tt))r₀ between the same-step and the flow dynamics (independent of n and m)',
              'largest flow gap ‖G‖²/t²': 'what B_flow keeps however large n and m are',
              'interval, lower end of B_flow': 'the 95 % interval of the exponent in n of the lower end of B_flow (refutes when entirely above β*)',
              'median upper B_flow at the largest n': 'median over runs of the upper end of B_flow at the largest n',
            }
          : {}),
        'explicit term A': '4‖f*‖²_∞‖K∞ − K₀‖² in L²(ρ⊗ρ): the part of B the theorem makes explicit (‖f*‖_∞ by its bound Σ|c_j|√N_j)',
        'runs needing ε > 0': 'number of runs whose B exceeds A, so that the theorem’s ε > 0 is needed',
        'largest B / explicit term A': 'the largest ratio B/A over the runs',
        runs: 'number of independent runs (sizes × replicates)',
        'largest growth exponent in t': 'largest log-log slope of √D(t) against t over the checkpoints (≤ 1: grows at most like t)',
        'largest B_p / B_u': 'largest ratio of the projected to the unprojected constant (≤ 1: the projected inequality holds with the unprojected bracket)',
        ...G.exponent,
        ...G.interval,
        'upper end of the interval': dynamics === 'gradient-flow' ? 'the measured column: upper end of the exponent interval of the upper end of B_flow (when refuted: lower end of the interval of the lower end)' : 'the measured column: upper end of the exponent interval of B',
        ...G.betaStar,
        n: 'number of training samples, swept with the width m = 2n',
        m: 'width of the hidden layers, m = 2n',
        ...NETWORK_TERMS,
      },
      budgetMs: { quick: dynamics === 'gradient-flow' ? 150_000 : 90_000, paper: 3_600_000 },
      law: (scale) => ({
        arbitrary: networkCaseArbitrary(scale === 'quick' ? 1 : 2, 4),
        evaluate: (c: DeviationCase) => {
          const r = deviationCase(c, scale, dynamics);
          const maxOf = (f: (i: number) => number) => Math.max(...r.brackets.map((_, i) => f(i)));
          const refuted = r.decision === 'refuted';
          return {
            measured: refuted ? r.lowerExponent!.lower : r.exponent.upper,
            bound: r.threshold,
            ok: !refuted,
            inconclusive: r.decision === 'inconclusive',
            decided: r.threshold < 0,
            margin: refuted ? r.threshold - r.lowerExponent!.lower : r.threshold - r.exponent.upper,
            extra: {
              exponent: r.exponent.exponent,
              interval: `[${r.exponent.lower.toFixed(3)}, ${r.exponent.upper.toFixed(3)}]`,
              ...(r.flow
                ? {
                    'interval, lower end of B_flow': r.lowerExponent ? `[${r.lowerExponent.lower.toFixed(3)}, ${r.lowerExponent.upper.toFixed(3)}]` : 'lower end 0 in some run',
                    'largest flow gap ‖G‖²/t²': Math.max(...r.flow.map((f) => f.gap)),
                    'median upper B_flow at the largest n': median(r.flow.filter((_, i) => r.runs[i]!.n === Math.max(...r.runs.map((x) => x.n))).map((f) => f.upper)),
                  }
                : {}),
              'runs needing ε > 0': r.brackets.filter((b) => b.epsilonNeeded > 0).length,
              'largest B / explicit term A': maxOf((i) => r.brackets[i]!.bracket / r.brackets[i]!.explicitTerm),
              runs: r.brackets.length,
              'largest growth exponent in t': maxOf((i) => r.brackets[i]!.growth),
              'largest B_p / B_u': maxOf((i) => r.brackets[i]!.projectedOverUnprojected),
              backend: backendLabel(),
            },
          };
        },
        numRuns: { quick: 1, paper: 3 },
        measuredLabel: 'upper end of the interval',
        boundLabel: 'β*',
        power: {
          reference: 'a bracket that does not shrink with n (exponent 0: the trivial bound, what a width or sample too small for the theorem gives): decided when β* < 0',
          marginLabel: 'β* minus the measured exponent (upper interval end; when refuted, the lower end), in exponent units',
        },
        finding: (cx, worst) =>
          `the bracket B${dynamics === 'gradient-flow' ? '_flow' : ''} decays like n^β with β ≥ ${Number(cx.measured).toFixed(3)} > β* = ${Number(cx.bound).toFixed(3)} along m = 2n (${cx.params.activation}, ${sphere(String(cx.params.d))}${cx.params['largest flow gap ‖G‖²/t²'] !== undefined ? `; the exact flow gap ‖(e_GD − e_flow)r₀‖²/t² alone is ${Number(cx.params['largest flow gap ‖G‖²/t²']).toExponential(2)}, independent of n` : ''}); worst drawn margin ${worst.margin.toFixed(3)}`,
      }),
      present: (outcome, ctx) => {
        const first = outcome.measurements.rows[0];
        if (!first) return {};
        const c = first.params as unknown as DeviationCase;
        const r = deviationCase({ activation: c.activation, hiddenLayers: c.hiddenLayers, d: c.d, seed: c.seed }, ctx.scale, dynamics);
        const values = r.flow ? r.flow.map((f) => f.upper) : r.brackets.map((b) => b.bracket);
        const rows = outcome.measurements.rows;
        const name = r.flow ? 'upper end of B_flow' : 'bracket B';
        return {
          charts: [
            ...deviationCharts(r.runs, values, r.exponent.exponent, `${c.activation}, ${c.hiddenLayers} hidden, ${sphere(c.d)}, case 1`, name),
            exponentChart({
              id: 'bracket-exponents',
              title: `Fitted exponent in n of the ${name}, per case, with the 95 % interval the decision uses`,
              quantities: [{ name, intervals: rows.map((row) => ({ exponent: Number(row.params.exponent), ...parseInterval(row.params.interval) })) }],
              threshold: { name: 'β* of the case: holds when the interval lies at or below', values: rows.map((row) => Number(row.bound)) },
              reference: { name: 'no decay, exponent 0 (power reference)', value: 0 },
            }),
          ],
        };
      },
    }),
  );
}

export const thm35Deviation = deviationClaim({
  id: 'bowman22.thm3.5.deviation',
  dynamics: 'gradient-descent',
  reading: [
    { text: 'Gradient-descent reading: the networks are trained by full-batch GD with η = 0.5/σ₁ (not gradient flow), and compared with the idealised dynamics under the same step, (1 − ηT_K)^{t/η}r₀ (flow time t = η·steps); the Duhamel factors become t and g_k = (1 − (1 − ησ_k)^{t/η})/σ_k (src/kernelRegime/deviationBracket.ts).', restsOn: 'L61–65, L146–152' },
  ],
  rule: 'per run: B = the smallest bracket making both inequalities true at every checkpoint (max of D(t)/t² and D_k(t)/g_k(t)², k = 1..3). The theorem at fixed T: B ≤ A + ε with A = O(1/m) and ε = Õ(m^{−1/2} + n^{−1/2}), so along m ∝ n, B = Õ(n^{−1/2}). Exponent of B in n by one regression through all independent runs, 95 % t-interval, decided by the Õ rule with threshold −1/2 + 1/ln(n_g) (src/kernelRegime/rateDecision.ts)',
});

export const thm35DeviationFlow = deviationClaim({
  id: 'bowman22.thm3.5.deviation.gradient-flow',
  dynamics: 'gradient-flow',
  reading: [
    { text: 'Gradient-flow reading: the printed e^{−T_K t}r₀ and factors t, (1 − e^{−σ_k t})/σ_k. Gradient flow itself cannot be run; the networks are trained by GD with a quarter of the step (η = 0.125/σ₁, four times the steps, the same times t), so the comparison contains the exact gap G = ((1 − ηT_K)^{t/η} − e^{−T_K t})r₀ of the idealised dynamics (and the networks\' own, unmeasured, step error of the same order).', restsOn: 'L61–65, L146–152' },
    { text: 'Only D = ‖r_t − (1 − ηT_K)^{t/η}r₀‖² is measured, so D^flow is bracketed by (√D ∓ ‖G‖)² (src/claims/bowman22/flowDeviationBracket.ts): holds when the upper end of B_flow decays at the rate, refuted when even its lower end does not.', restsOn: 'L146–152' },
  ],
  rule: 'per run: B_flow from the upper and the lower end of D^flow = ‖r_t − e^{−T_K t}r₀‖² (and its projections), with the flow factors t² and ((1 − e^{−σ_k t})/σ_k)². Exponents in n by one regression through all runs, 95 % t-intervals, threshold β* = −1/2 + 1/ln n_g: holds when the upper end\'s interval lies at or below β*, refuted when the lower end\'s interval lies entirely above β*, inconclusive otherwise',
  refutation: {
    kind: 'convention',
    evidence: 'a refutation under this reading comes from the discretisation gap ‖((1 − ηT)^{t/η} − e^{−Tt})r₀‖², exact and independent of n and m, which no width or sample removes; the same networks compared with the same-step dynamics (bowman22.thm3.5.deviation) are the gradient-descent reading',
  },
});
