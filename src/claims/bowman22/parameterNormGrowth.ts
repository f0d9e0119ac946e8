import fc from 'fast-check';
import * as tf from '@tensorflow/tfjs';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { networkInput, sphereNtk } from '../../kernelRegime/sphereNtk.js';
import { sphereOperator } from '../../kernelRegime/sphereOperator.js';
import { randomZonalTarget } from '../../kernelRegime/zonalTarget.js';
import { antisymmetricNetwork } from '../../networks/antisymmetricNetwork.js';
import { trainingSet } from '../../networks/trainingSet.js';
import { createRng } from '../../random/rng.js';
import { sampleSphere } from '../../sphere/sampleSphere.js';
import { backendLabel, withBackend } from '../withBackend.js';
import { forAllClaim } from '../forAllClaim.js';
import type { Chart } from '../claim.js';
import { G } from './glossary.js';

/**
 * Bowman & Montúfar §4: "Using a priori parameter norm deviation bounds we have that ‖θ_t − θ₀‖₂ = O(√t)".
 * The a-priori bound: for gradient flow ∫₀ᵗ‖θ̇‖ ≤ √t·(∫‖θ̇‖²)^{1/2} = √(t(Φ₀ − Φ_t)) ≤ √(tΦ₀); for GD with
 * step η and the descent condition Φ_{s+1} ≤ Φ_s − (η/2)‖∇Φ_s‖², the same Cauchy–Schwarz gives
 * ‖θ_S − θ₀‖ ≤ √(ηS·2Φ₀). Measured on the antisymmetric fully connected network trained by full-batch GD
 * (η = 0.5/σ₁ as in the deviation runs), all weights of both copies, at checkpoints S = 1, 2, 4, …, 64.
 * Power: the alternative is O(t) — a path that keeps its initial speed, ‖θ_η − θ₀‖·S; a case decides when
 * that line exceeds √(2tΦ₀) at the last checkpoint.
 */
const CHECKPOINTS = [1, 2, 4, 8, 16, 32, 64];
const U32 = 2 ** -24;

export interface ParameterNormCase extends Record<string, string | number> {
  activation: 'softplus' | 'tanh';
  d: number;
  width: number;
  n: number;
  seed: number;
}

/** θ of all copies flattened (float64 copy of the float32 weights). */
function parameters(net: ReturnType<typeof antisymmetricNetwork>): Float64Array {
  const parts = net.copies.flatMap((c) => c.weights.map((w) => w.dataSync()));
  const out = new Float64Array(parts.reduce((a, p) => a + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export function parameterNormCase(c: ParameterNormCase) {
  const rng = createRng(c.seed);
  const dim = c.d + 1;
  const ntk = sphereNtk(c.activation, 1);
  const op = sphereOperator(ntk.value, c.d, 8, rng.fork(), ntk.interpolationError);
  const target = randomZonalTarget(rng.fork(), c.d, op.degrees.slice(0, 3));
  const points = sampleSphere(rng.fork(), c.n, c.d);
  const eta = 0.5 / op.levels[0]!.value;
  const net = antisymmetricNetwork({ inputDim: dim, widths: [c.width], activation: c.activation, seed: rng.int(2 ** 31) });
  const data = trainingSet(networkInput(points, dim), dim, target.values(points));
  try {
    const theta0 = parameters(net);
    const norm0 = Math.sqrt(theta0.reduce((a, v) => a + v * v, 0));
    let phi0 = NaN;
    const rows: { steps: number; t: number; distance: number; bound: number }[] = [];
    for (let s = 1; s <= CHECKPOINTS[CHECKPOINTS.length - 1]!; s++) {
      const residual = net.step(data, eta);
      if (s === 1) phi0 = tf.tidy(() => tf.sum(tf.square(residual)).dataSync()[0]!) / (2 * c.n);
      residual.dispose();
      if (!CHECKPOINTS.includes(s)) continue;
      const theta = parameters(net);
      let sq = 0;
      for (let i = 0; i < theta.length; i++) sq += (theta[i]! - theta0[i]!) ** 2;
      // float32 storage: each of the s updates rounds every weight by ≤ u|w|, ‖·‖ ≤ s·u·‖θ‖ (‖θ‖ ≈ ‖θ₀‖).
      rows.push({ steps: s, t: eta * s, distance: Math.sqrt(sq), bound: Math.sqrt(2 * eta * s * phi0) + 2 * s * U32 * norm0 });
    }
    const worst = Math.max(...rows.map((r) => r.distance / r.bound));
    const last = rows[rows.length - 1]!;
    const linear = rows[0]!.distance * last.steps;
    return { rows, worst, phi0, eta, linear, lastBound: last.bound, growth: Math.log(last.distance / rows[0]!.distance) / Math.log(last.steps) };
  } finally {
    net.dispose();
    data.dispose();
  }
}

export const parameterNormGrowth = withBackend(
  forAllClaim({
    id: 'bowman22.sec4.parameter-norm',
    paper: 'bowman22',
    printed: printed('bowman22', 'sec4.parameter-norm'),
    reading: [
      { text: 'O(√t) read with the constant of the a-priori (energy) bound the sentence invokes: ‖θ_t − θ₀‖ ≤ √(tΦ(θ₀)) for gradient flow; the networks are trained by GD (step η = 0.5/σ₁, t = η·steps), for which the same argument under the descent condition gives ‖θ_t − θ₀‖ ≤ √(2tΦ(θ₀)).', restsOn: 'L61–65, L222' },
      { text: 'θ = all weights of both copies of the antisymmetric network (the model f_ASI that is trained, Assumption 3.4), in the NTK parametrisation of §2.3; one hidden layer, softplus or tanh, on n points uniform on S^d with a target on the top 3 eigenvalue levels.', restsOn: 'L122–142' },
      { text: 'Checked up to 64 steps (t = 32/σ₁), beyond the stopping times of the deviation claims.', restsOn: 'L222' },
    ],
    domain: 'antisymmetric one-hidden-layer networks, softplus/tanh, width m ∈ [16, 512], n ∈ [8, 128] points on S^d, d ∈ [2, 4]; GD with η = 0.5/σ₁, checkpoints S = 1, 2, 4, …, 64',
    rule: 'holds when ‖θ_S − θ₀‖ ≤ √(2ηS·Φ(θ₀)) (+ float32 allowance) at every checkpoint of every case',
    tolerance: 'float32 weights: each update rounds every weight by ≤ u|w| (u = 2^{−24}), allowed 2·S·u·‖θ₀‖ in the distance',
    glossary: {
      ...G.case,
      ...G.couldFail,
      'O(√t)': 'the claim: ‖θ_t − θ₀‖ grows at most like √t, read with the a-priori constant √(2Φ(θ₀))',
      'θ_t, θ₀': 'all weights of both copies of the antisymmetric network at time t and at initialisation',
      '‖θ_S − θ₀‖': 'Euclidean distance travelled by the weights after S gradient-descent steps',
      S: 'number of GD steps (checkpoints 1, 2, 4, …, 64); t = ηS',
      'Φ(θ₀)': 'the initial training loss (1/2n)‖f(X; θ₀) − y‖² (here after the first step’s gradient evaluation, at θ₀)',
      'bound': '√(2ηS·Φ(θ₀)) + 2S·2^(−24)·‖θ₀‖: the a-priori bound for GD plus the float32 rounding of S updates',
      'largest ‖θ_S − θ₀‖ / bound': 'the measured column: the largest ratio over the checkpoints (≤ 1 claimed)',
      'growth exponent in t': 'log-log slope of ‖θ_S − θ₀‖ from S = 1 to 64 (1/2 for √t, 1 for a straight path)',
      'linear path / bound at S = 64': '64·‖θ₁ − θ₀‖ over the bound at S = 64: the power reference O(t) (the case decides when > 1)',
      width: 'hidden units m of the one hidden layer (an integer)',
      ...G.eta,
      ...G.n,
      ...G.activation,
      ...G.d,
      ...G.seed,
      ...G.backend,
    },
    present: (outcome) => {
      const rows = outcome.measurements.rows;
      if (rows.length === 0) return {};
      const widths = rows.map((r) => Number(r.params.width));
      const across = (y: number) => [[Math.min(...widths), y], [Math.max(...widths), y]] as const;
      const chart: Chart = {
        id: 'parameter-distance-over-bound',
        title: 'Distance travelled over the a-priori bound, max over S of ‖θ_S − θ₀‖ / √(2ηS·Φ(θ₀)), per case against the width (one colour per activation), beside what a straight path would reach (power reference; the case could fail when it is above 1)',
        xLabel: 'width m',
        yLabel: 'ratio to the bound √(2tΦ(θ₀))',
        xScale: 'log',
        yScale: 'log',
        series: [
          ...['softplus', 'tanh'].map((a) => ({ name: a, thing: a, style: 'points' as const, points: rows.filter((r) => r.params.activation === a).map((r) => [Number(r.params.width), Number(r.measured)] as const) })),
          { name: 'straight path 64·‖θ₁ − θ₀‖ over the bound at S = 64 (power reference)', style: 'points' as const, points: rows.map((r) => [Number(r.params.width), Number(r.params['linear path / bound at S = 64'])] as const) },
          { name: 'bound 1', style: 'bound' as const, points: across(1) },
        ],
      };
      return { charts: [chart] };
    },
    budgetMs: { quick: 60_000, paper: 600_000 },
    law: () => ({
      arbitrary: fc.record({
        activation: fc.constantFrom('softplus' as const, 'tanh' as const),
        d: fc.integer({ min: 2, max: 4 }),
        width: fc.integer({ min: 16, max: 512 }),
        n: fc.integer({ min: 8, max: 128 }),
        seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      }),
      evaluate: (c: ParameterNormCase) => {
        const r = parameterNormCase(c);
        return {
          measured: r.worst,
          bound: 1,
          ok: r.worst <= 1,
          decided: r.linear > r.lastBound,
          margin: -Math.log10(r.worst),
          extra: { 'Φ(θ₀)': r.phi0, η: r.eta, 'growth exponent in t': r.growth, 'linear path / bound at S = 64': r.linear / r.lastBound, backend: backendLabel() },
        };
      },
      numRuns: { quick: 6, paper: 40 },
      measuredLabel: 'largest ‖θ_S − θ₀‖ / bound',
      boundLabel: 'at most',
      power: {
        reference: 'O(t): a path keeping its initial speed, ‖θ_η − θ₀‖·S, against the bound at the last checkpoint',
        marginLabel: 'decades: −log10 of the largest ratio over the checkpoints',
      },
      finding: (cx, worst) => `‖θ_t − θ₀‖ exceeds √(2tΦ₀) by a factor ${Number(cx.measured).toPrecision(3)} (growth exponent in t ${Number(cx.params['growth exponent in t']).toFixed(2)}; ${cx.params.activation}, m = ${cx.params.width}, n = ${cx.params.n}); worst drawn margin ${worst.margin.toFixed(2)}`,
    }),
  }),
);
