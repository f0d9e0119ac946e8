import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { reluNtk } from '../../kernels/arcCosine.js';
import { funkHecke } from '../../sphere/funkHecke.js';
import { decideAsymptoticRatio, HOLD_SLOPE, REFUTE_SLOPE, twoDecadeSweep } from '../asymptoticRatio.js';
import { forAllClaim } from '../forAllClaim.js';
import { ASYMPTOTIC_POWER, asymptoticCase } from './asymptoticCase.js';
import type { Chart } from '../claim.js';
import { ASYMPTOTIC_GLOSSARY, LAST_DECADE_SLOPE, G } from './glossary.js';

const MEASURE = { text: 'μ_k are the eigenvalues of L_κ on L²_{τ_d}(S^d), τ_d the uniform probability measure.', restsOn: 'L150–154' };

/** Quadrature value of μ_k and its error bound (discretisation estimate + worst-case rounding). */
function quadrature(d: number, k: number): { value: number; error: number } {
  const q = funkHecke(reluNtk.value, d, k);
  return { value: q.values[k]!, error: q.errorEstimate[k]! + q.roundingBound[k]! };
}

/**
 * Theorem 3.3: μ_0 = μ_1 = Ω(1), read for fixed d: both are strictly positive. Measured by the closed
 * form and confirmed by quadrature (the quadrature value minus its error bound must be positive too).
 * Power: a false claim is a vanishing eigenvalue (as μ_3 = 0); a case decides when the quadrature error
 * bound is below the closed-form value, so that 0 would have been told apart.
 */
export const thm33LowPositive = forAllClaim({
  id: 'cao21.thm3.3.low-positive',
  paper: 'cao21',
  printed: printed('cao21', 'thm3.3.low'),
  readingName: 'fixed d',
  reading: [
    { text: 'Ω(1) at fixed d: the constant may depend on d, so μ_0 = μ_1 = Ω(1) says μ_0 > 0 and μ_1 > 0 for each d (the printed "=" between μ_0 and μ_1 is read as "both are", not μ_0 = μ_1: the closed form gives μ_0 ≠ μ_1).', restsOn: 'L140' },
    MEASURE,
  ],
  domain: 'sphere dimension d ∈ [1, 10000]',
  rule: 'holds when min(μ_0, μ_1) > 0 by the closed form and min over k ∈ {0, 1} of (quadrature μ_k − its error bound) > 0, for every drawn d; a case decides when the quadrature error bound is below min(μ_0, μ_1)',
  tolerance: 'strict positivity; quadrature error bound = discretisation estimate + worst-case rounding (src/sphere/funkHecke.ts)',
  glossary: {
    ...G.d,
    ...G.mu,
    ...G.tau,
    'Ω(1)': 'bounded below by a positive constant; here the constant may depend on d',
    'min(μ_0, μ_1), closed form': 'the measured column: the smaller of μ_0 and μ_1 from Theorem 3.3’s closed form (dimensionless)',
    'must exceed': 'the bound: 0 (both must be strictly positive)',
    'μ_1·(d + 1)': 'μ_1 times d + 1: equals 3/4 at every d (μ_1 = 3/(4(d + 1)))',
    'quadrature lower bound': 'min over k ∈ {0, 1} of (quadrature μ_k − its error bound): must also be > 0',
    ...G.couldFail,
    margin: 'decades: log10(smaller quadrature μ / larger error bound)',
  },
  law: () => ({
    arbitrary: fc.record({ d: fc.integer({ min: 1, max: 10_000 }) }),
    evaluate: ({ d }) => {
      const [mu0, mu1] = reluNtk.mercerEigenvalues(d, 1);
      const q = [quadrature(d, 0), quadrature(d, 1)];
      const quadLower = Math.min(...q.map((x) => x.value - x.error));
      const error = Math.max(...q.map((x) => x.error));
      const measured = Math.min(mu0!, mu1!);
      return {
        measured,
        bound: 0,
        ok: measured > 0 && quadLower > 0,
        decided: error < measured,
        margin: Math.log10(Math.min(...q.map((x) => x.value)) / error),
        extra: { 'μ_0, closed form': mu0!, 'μ_1, closed form': mu1!, 'μ_1·(d + 1)': mu1! * (d + 1), 'quadrature lower bound': quadLower },
      };
    },
    numRuns: { quick: 30, paper: 200 },
    measuredLabel: 'min(μ_0, μ_1), closed form',
    boundLabel: 'must exceed',
    power: {
      reference: 'a vanishing eigenvalue (as μ_3 = 0): decided when the quadrature error bound lies below min(μ_0, μ_1)',
      marginLabel: 'decades by which the quadrature values of μ_0, μ_1 exceed their error bound: log10(min quadrature μ / max error bound)',
    },
  }),
});

/** log μ_k(d) for k ∈ {0, 1} along d ∈ [d₀, 100d₀] (closed form). */
function sweep(k: number, d0: number): { ds: number[]; logMu: number[] } {
  const ds = twoDecadeSweep(d0, 8);
  return { ds, logMu: ds.map((d) => reluNtk.logMercerEigenvalues(d, 1)[k]!) };
}

/**
 * The same words read uniformly in d: inf_d min(μ_0, μ_1) > 0. Decided by the asymptotic rule on
 * μ_k along d → ∞; the closed form μ_1 = 3/(4(d + 1)) (Funk–Hecke: μ_1 = β_1ĥ_0² + α_1ĥ_2² + 2(d + 1)ĝ_1²
 * with ĥ_2 = 0) is cross-checked against quadrature at every point of the sweep.
 */
export const thm33LowPositiveUniform = forAllClaim({
  id: 'cao21.thm3.3.low-positive.uniform-in-d',
  paper: 'cao21',
  printed: printed('cao21', 'thm3.3.low'),
  readingName: 'uniformly in d',
  reading: [
    { text: 'Ω(1) uniformly in d: one constant c > 0 with μ_0, μ_1 ≥ c for every d — the reading in which the same Ω in the same theorem lets d grow ("μ_k = Ω(d^{−k+1}) when d ≫ k").', restsOn: 'L140, L148' },
    MEASURE,
    { text: 'A finite sweep decides by the asymptotic rule (src/claims/asymptoticRatio.ts) on μ_k as d → ∞ from d₀.', restsOn: 'L140' },
  ],
  refutation: {
    kind: 'substantive',
    evidence: 'μ_1 = 3/(4(d + 1)) exactly (closed form; Funk–Hecke quadrature agrees within its error bound at every swept d) → 0 like d^{−1}; μ_0 → 1/π stays bounded; the fixed-d reading (cao21.thm3.3.low-positive) holds',
  },
  domain: 'k ∈ {0, 1}; d ∈ [d₀, 100d₀], d₀ ∈ [1, 100]',
  rule: `fit the log-log slope of μ_k against d over [d₀, 10d₀] and [10d₀, 100d₀]: refuted when both slopes ≤ ${REFUTE_SLOPE} and agree within 25 %, holds when the last slope is ≥ 0, or ≥ ${HOLD_SLOPE} and not below the first, inconclusive otherwise; the closed form must agree with quadrature within its error bound at every point (else the check throws)`,
  tolerance: 'slope thresholds of the asymptotic rule; quadrature error bound = discretisation estimate + worst-case rounding',
  glossary: {
    ...G.d,
    ...G.mu,
    k: 'the eigenvalue tested: 0 or 1',
    d0: 'd₀, start of the sweep in d: d runs over [d₀, 100d₀], 8 points per decade',
    'Ω(1) uniformly in d': 'one constant c > 0 with μ_0, μ_1 ≥ c at every d',
    ...ASYMPTOTIC_GLOSSARY,
    'slope of log μ_k in log d, last decade': LAST_DECADE_SLOPE,
    'μ_k at d = 100d₀': 'the eigenvalue at the end of the sweep (closed form)',
    ...G.couldFail,
  },
  law: () => ({
    arbitrary: fc.record({ k: fc.constantFrom(0, 1), d0: fc.integer({ min: 1, max: 100 }) }),
    evaluate: ({ k, d0 }) => {
      const { ds, logMu } = sweep(k, d0);
      ds.forEach((d, i) => {
        const q = funkHecke(reluNtk.value, d, k);
        const err = Math.abs(q.values[k]! - Math.exp(logMu[i]!));
        if (err > q.errorEstimate[k]! + q.roundingBound[k]! + 1e-15 * Math.exp(logMu[i]!)) throw new Error(`closed form μ_${k}(${d}) disagrees with quadrature by ${err}`);
      });
      return asymptoticCase(decideAsymptoticRatio(ds, logMu), { 'μ_k at d = 100d₀': Math.exp(logMu[logMu.length - 1]!) });
    },
    numRuns: { quick: 10, paper: 40 },
    measuredLabel: 'slope of log μ_k in log d, last decade',
    boundLabel: 'refuted at ≤',
    power: ASYMPTOTIC_POWER,
    finding: (cx, worst) =>
      `μ_${cx.params.k} decays like d^{${Number(cx.measured).toFixed(2)}} as d → ∞ (shrunk d₀ = ${cx.params.d0}; closed form 3/(4(d + 1)) = quadrature), so not Ω(1) uniformly in d; worst drawn slope ${Number(worst.measured).toFixed(2)} (k = ${worst.params.k}, d₀ = ${worst.params.d0})`,
  }),
  present: (outcome) => {
    const d0s = [...new Set(outcome.measurements.rows.map((r) => Number(r.params.d0)))].sort((a, b) => a - b);
    const d0 = d0s[0] ?? 1;
    const series = [0, 1].flatMap((k) => {
      const { ds, logMu } = sweep(k, d0);
      const pts = ds.map((d, i) => [d, Math.exp(logMu[i]!)] as const);
      return [
        { name: `μ_${k}`, thing: `μ_${k}`, style: 'line' as const, points: pts },
        ...(k === 1 ? [{ name: 'μ_1 = 3/(4(d + 1)) (dashed; coincides with μ_1)', thing: 'μ_1', style: 'dashed' as const, points: logSample(ds[0]!, ds[ds.length - 1]!, 40).map((d) => [d, 3 / (4 * (d + 1))] as const) }] : []),
      ];
    });
    const chart: Chart = {
      id: 'low-eigenvalues-vs-d',
      title: `μ_0 and μ_1 against the sphere dimension d (closed form, sweep from the smallest drawn d₀ = ${d0}): μ_1 → 0, so not Ω(1) uniformly in d`,
      xLabel: 'sphere dimension d',
      yLabel: 'eigenvalue (dimensionless)',
      xScale: 'log',
      yScale: 'log',
      series,
    };
    return { charts: [chart] };
  },
});

/** count points evenly spaced in log between a and b. */
function logSample(a: number, b: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => a * (b / a) ** (i / (count - 1)));
}
