import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { reluNtk } from '../../kernels/arcCosine.js';
import { evaluateTarget, harmonicTarget } from '../../networks/sec4Targets.js';
import { createRng } from '../../random/rng.js';
import { harmonicDimension } from '../../sphere/harmonicDimension.js';
import { orthonormalHarmonics } from '../../sphere/orthonormalHarmonics.js';
import { sampleSphere } from '../../sphere/sampleSphere.js';
import type { Chart, Scale } from '../claim.js';
import { forAllClaim } from '../forAllClaim.js';
import { G, sphere } from './glossary.js';

const N: Record<Scale, number> = { quick: 300, paper: 1000 };
/** f* = (P₁ + P₃)/2 at random poles: a degree-3 component, where μ_3 = 0 (outside the NTK's RKHS). */
const DEGREES = [1, 3];
const COEFFICIENTS = [0.5, 0.5];

/**
 * Theorem 3.2 for a label with a component the NTK never learns (μ_3 = 0), in the kernel regime: gradient
 * descent r ← r − (s/n)G r on the exact NTK Gram G_ij = κ(⟨x_i, x_j⟩) — the m → ∞, θ → 0 limit of
 * Algorithm 1 with effective step s = 1. With V_{r_2} the harmonics of degrees 0, 1 (λ_{r_2} = μ_1) the
 * bound 2(1 − μ_1)ᵀ·n^{−1/2}‖Vᵀy‖ + ε is checked, ε = 3√(r_2/n)·‖f* − P_{<2}f*‖ (leakage of the
 * out-of-span residual, as in cao21.thm3.2.projected-convergence with θ = 0). Also recorded: the
 * degree-3 projection, which the dynamics leave in place; for V_{r_4} (degrees ≤ 3, λ_{r_4} = μ_3 = 0
 * by degree) the printed bound is 2·n^{−1/2}‖Vᵀy‖ + ε, which no run can violate.
 */
function run(d: number, seed: number, n: number) {
  const rng = createRng(seed);
  const zetas = sampleSphere(rng, DEGREES.length, d);
  const points = sampleSphere(rng, n, d);
  const dim = d + 1;
  const y = evaluateTarget(harmonicTarget(d, DEGREES, COEFFICIENTS, zetas), points, dim);
  const gram = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let dot = 0;
      for (let c = 0; c < dim; c++) dot += points[i * dim + c]! * points[j * dim + c]!;
      gram[i * n + j] = gram[j * n + i] = reluNtk.value(Math.max(-1, Math.min(1, dot)));
    }
  }
  const bases = [0, 1].map((j) => orthonormalHarmonics(rng, d, j));
  const rk = bases.reduce((s, b) => s + b.size, 0);
  const v = new Float64Array(n * rk);
  for (let i = 0; i < n; i++) {
    let offset = i * rk;
    for (const b of bases) {
      b.evaluate(points.subarray(i * dim, (i + 1) * dim), v.subarray(offset, offset + b.size));
      offset += b.size;
    }
  }
  const projected = (r: Float64Array) => {
    let s = 0;
    for (let c = 0; c < rk; c++) {
      let dot = 0;
      for (let i = 0; i < n; i++) dot += (v[i * rk + c]! / Math.sqrt(n)) * r[i]!;
      s += dot * dot;
    }
    return Math.sqrt(s / n);
  };
  // The degree-3 direction of the label: v_3 = n^{−1/2}P_3(⟨ζ_3, x_i⟩).
  const p3 = evaluateTarget(harmonicTarget(d, [3], [1], zetas.subarray(dim)), points, dim);
  const along3 = (r: Float64Array) => Math.abs(p3.reduce((s, p, i) => s + p * r[i]!, 0)) / n;
  const mu = reluNtk.mercerEigenvalues(d, 3);
  const lambda = mu[1]!;
  const steps = Math.ceil(5 / lambda);
  const r = Float64Array.from(y);
  const gr = new Float64Array(n);
  const start = projected(r);
  const start3 = along3(r);
  let worst = -Infinity;
  // For the report's chart only: the projections at every step.
  const lhs = [start];
  const kept3 = [start3];
  for (let t = 1; t <= steps; t++) {
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += gram[i * n + j]! * r[j]!;
      gr[i] = s;
    }
    for (let i = 0; i < n; i++) r[i]! -= gr[i]! / n;
    const now = projected(r);
    lhs.push(now);
    kept3.push(along3(r));
    worst = Math.max(worst, now - 2 * (1 - lambda) ** t * start);
  }
  const outside = COEFFICIENTS[1]! ** 2 / Number(harmonicDimension(d, 3));
  const epsilon = 3 * Math.sqrt(rk / n) * Math.sqrt(outside);
  return { worst, epsilon, start, final: 2 * (1 - lambda) ** steps * start, steps, rk, degree3Kept: along3(r) / start3, mu3: mu[3]!, lambda, lhs, kept3 };
}

/** The runs of the cases evaluated in this check, for the report's chart (no second run). */
const evaluated = new Map<string, ReturnType<typeof run>>();
const caseKey = (d: number, seed: number) => `${d}:${seed}`;

export const thm32HighFrequency = forAllClaim<{ d: number; seed: number }>({
  id: 'cao21.thm3.2.high-frequency',
  paper: 'cao21',
  printed: printed('cao21', 'sec3.1.high-frequency'),
  reading: [
    { text: '"Even if the target function has very high frequency components, its components in the eigenspace of large eigenvalues can still be learned": y = (P₁ + P₃)/2 at random poles on S^d — its degree-3 part has μ_3 = 0, so it lies outside the NTK’s RKHS (L126: no RKHS assumption) and is never learned — and Theorem 3.2’s bound is checked on V_{r_2} (degrees 0, 1, λ_{r_2} = μ_1).', restsOn: 'L118–122, L126, L128' },
    { text: 'Substituted dynamics: the kernel regime, gradient descent on the exact NTK Gram (m → ∞, θ → 0, effective step s = 1) instead of a finite network — at the network sizes of cao21.thm3.2.projected-convergence the bound has no power (ε exceeds the initial residual); every T ≤ 5/μ_1.', restsOn: 'L118' },
    { text: 'With V_{r_4} (degrees ≤ 3, λ_{r_4} = μ_3 = 0 by degree, Remark 3.4) the theorem only says n^{−1/2}‖V_{r_4}ᵀ(y − ŷ⁽ᵀ⁾)‖ ≤ 2n^{−1/2}‖V_{r_4}ᵀy‖ + ε: no convergence guarantee, and no run could violate it; the degree-3 projection kept after T steps is recorded.', restsOn: 'L122, L154' },
    { text: '"With probability ≥ 1 − δ" read as: in every drawn sample; ε from the leakage of the out-of-span residual, E n⁻¹‖Vᵀg‖² = r_k‖g‖²/n, three root mean squares.', restsOn: 'L118' },
  ],
  domain: 'd ∈ [2, 9]; n = 300 (quick) or 1000 (paper) uniform points; y = (P₁ + P₃)/2; T ≤ 5/μ_1',
  rule: 'holds when, for every drawn case and every T, n^{−1/2}‖V_{r_2}ᵀr⁽ᵀ⁾‖ − 2(1 − μ_1)ᵀ·n^{−1/2}‖V_{r_2}ᵀy‖ ≤ ε; a case decides when the bound at the last step is below the initial projected residual',
  tolerance: 'ε = 3√(r_2/n)·‖f* − P_{<2}f*‖_{L²(τ_d)} (leakage of the out-of-span residual into the sampled harmonics)',
  glossary: {
    ...G.d,
    ...G.seed,
    n: 'number of training points (uniform on S^d)',
    'f*, y': 'the target (P₁ + P₃)/2 at random poles ζ₁, ζ₃, and its values y at the points',
    ...G.P,
    'μ_1, μ_3 (closed form)': 'NTK eigenvalues of degrees 1 and 3; μ_3 = 0, so the degree-3 part is never learned',
    'V_(r_2)': 'n × r_2 matrix of the orthonormal harmonics of degrees 0 and 1 at the points, columns scaled by n^(−1/2)',
    r_k: 'r_2 = N(d, 0) + N(d, 1) = d + 2, the number of harmonics of degree < 2',
    'projected residual': 'n^(−1/2)·‖V_(r_2)ᵀr⁽ᵀ⁾‖, r⁽ᵀ⁾ = y − ŷ⁽ᵀ⁾ the residual after T steps (unit of y)',
    'largest excess over the ε = 0 bound': 'the measured column: max over T of projected residual − 2(1 − μ_1)ᵀ·(projected residual at T = 0); must be ≤ ε',
    ε: 'the bound column: 3√(r_2/n)·‖f* − P_(<2)f*‖, the leakage of the out-of-span residual',
    'steps T': 'number of gradient steps, ⌈5/μ_1⌉',
    'initial projected residual': 'projected residual at T = 0: the power reference',
    'degree-3 projection kept (final/initial)': '|n⁻¹Σ_i P_3(⟨ζ₃, x_i⟩)r_i| after the last step over its value at T = 0 (≈ 1: not learned)',
    ...G.couldFail,
    margin: '(ε − largest excess) / initial projected residual',
  },
  law: (scale) => ({
    arbitrary: fc.record({ d: fc.integer({ min: 2, max: 9 }), seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }) }),
    evaluate: ({ d, seed }) => {
      const r = run(d, seed, N[scale]);
      evaluated.set(caseKey(d, seed), r);
      return {
        measured: r.worst,
        bound: r.epsilon,
        ok: r.worst <= r.epsilon,
        decided: r.final + r.epsilon < r.start,
        margin: (r.epsilon - r.worst) / r.start,
        extra: { 'initial projected residual': r.start, 'steps T': r.steps, r_k: r.rk, 'degree-3 projection kept (final/initial)': r.degree3Kept, 'μ_3 (closed form)': r.mu3 },
      };
    },
    numRuns: { quick: 6, paper: 20 },
    measuredLabel: 'largest excess over the ε = 0 bound',
    boundLabel: 'ε',
    power: {
      reference: 'the initial projected residual (the trivial bound: a run that learns nothing keeps it)',
      marginLabel: '(ε − worst excess) / initial projected residual',
    },
  }),
  present: (outcome) => {
    const rows = outcome.measurements.rows;
    if (rows.length === 0) return {};
    const worst = rows.reduce((a, b) => (b.margin < a.margin ? b : a));
    const d = Number(worst.params.d);
    const seed = Number(worst.params.seed);
    const r = evaluated.get(caseKey(d, seed));
    evaluated.clear();
    if (!r) return {};
    const every = Math.max(1, Math.floor(r.lhs.length / 400));
    const pick = (a: readonly number[]) => a.flatMap((v, t) => (t % every === 0 || t === a.length - 1 ? [[t, v] as const] : []));
    const bound = r.lhs.map((_, t) => 2 * (1 - r.lambda) ** t * r.start);
    const chart: Chart = {
      id: 'thm32-high-frequency',
      title: `Kernel gradient descent on y = (P₁ + P₃)/2: the drawn case with the smallest margin (${sphere(d)}, seed ${seed})`,
      xLabel: 'gradient step T',
      yLabel: 'projection of the residual (unit of y)',
      xScale: 'linear',
      yScale: 'log',
      series: [
        { name: 'projected residual on degrees 0, 1 (measured)', thing: 'degrees 0, 1', style: 'line', points: pick(r.lhs) },
        { name: 'bound 2(1 − μ_1)ᵀ·(initial) + ε', thing: 'degrees 0, 1', style: 'bound', points: pick(bound.map((b) => b + r.epsilon)) },
        { name: 'degree-3 component |n⁻¹Σ P_3(⟨ζ₃, x_i⟩)r_i| (μ_3 = 0: kept)', thing: 'degree 3', style: 'line', points: pick(r.kept3) },
      ],
    };
    return { charts: [chart] };
  },
});
