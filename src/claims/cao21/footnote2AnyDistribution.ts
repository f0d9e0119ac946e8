import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { reluNtk } from '../../kernels/arcCosine.js';
import { capRayleighQuotient } from '../../spectra/capRayleighQuotient.js';
import type { Chart } from '../claim.js';
import { forAllClaim } from '../forAllClaim.js';
import { relativeAccuracy } from './thm33Ordering.js';
import { G, sphere } from './glossary.js';

/** Degrees summed in the Funk–Hecke series of the Rayleigh quotient (the tail is bounded, not dropped). */
const MAX_DEGREE = 400;
const RHO = 'cap radius ρ (rad)';
const UPPER = 'Rayleigh quotient, upper end';
const MU0 = 'λ_1 under τ_d (= μ_0)';

/** The bracket of R = E_{τ_ρ⊗τ_ρ}[κ] ≤ λ_1 for the cap of radius ρ on S^d. */
export function capLowerBound(d: number, rho: number) {
  return capRayleighQuotient(reluNtk, d, rho, MAX_DEGREE, relativeAccuracy(d, MAX_DEGREE));
}

/**
 * Footnote 2 in the setting it is attached to (§3.1: τ an arbitrary input distribution on S^d, L54):
 * λ_1 < 1 for every τ. For τ = τ_ρ, uniform on a cap of radius ρ, the top eigenvalue of L_κ on L²(τ_ρ)
 * is at least the Rayleigh quotient of the constant function, R = E_{x,x′∼τ_ρ}[κ(⟨x, x′⟩)], which tends
 * to κ(1) = 3/2 as ρ → 0. R is measured exactly (a series of nonnegative terms with a bounded tail,
 * `capRayleighQuotient`); a case refutes when the lower end of R exceeds 1. A lower bound cannot show
 * λ_1 < 1, so a case whose lower end is below 1 is undecided.
 */
export const footnote2AnyDistribution = forAllClaim({
  id: 'cao21.footnote2.lambda-below-one.any-distribution',
  paper: 'cao21',
  printed: printed('cao21', 'footnote2'),
  readingName: 'any input distribution τ (§3.1)',
  reading: [
    { text: 'The footnote is attached to §3.1, where the inputs follow "some unknown distribution τ" and λ_1 ≥ λ_2 ≥ ⋯ are the eigenvalues of L_κ on L²_τ(S^d); "by the definition" is read in that setting: λ_{r_k} < 1 for every τ and every k — in particular λ_1 = λ_{r_1} < 1.', restsOn: 'L54, L93–96, L108, L124, L171' },
    { text: 'τ is taken uniform on a spherical cap {x : ∠(x, e) ≤ ρ} of S^d, a probability measure as L54 requires; κ is eq. (2.1) on unit inputs (κ(1) = 3/2).', restsOn: 'L54, L78–91' },
    { text: 'λ_1 is bounded below by the Rayleigh quotient of the constant function (Courant–Fischer): λ_1 ≥ ⟨1, L_κ1⟩/‖1‖² = E_{x,x′∼τ}[κ(⟨x, x′⟩)] = Σ_k μ_k N(d, k) m_k², m_k the cap mean of P_k(⟨e, x⟩) (closed form by Rodrigues’ formula), μ_k of Theorem 3.3.', restsOn: 'L93–96, L134–138' },
  ],
  refutation: {
    kind: 'substantive',
    evidence:
      'the footnote asserts λ_{r_k} < 1 "by the definition", and the definition it refers to is §3.1’s: τ any distribution on S^d (L54), L_κ on L²_τ (L93–96), λ_i its eigenvalues (L108) — §3.2’s uniform τ_d enters only later (L130, L150–154). Nothing in the paper makes it true for every τ: τ is already a probability measure and κ is fixed by (2.1) with κ(1) = 3/2, and λ_1 ≥ E_{τ⊗τ}κ → 3/2 as τ concentrates (Rayleigh quotient of the constant function by the series: 1.491 for the cap of radius 0.05 on S², 1.397 for radius 0.3; second method, the top eigenvalue of the Nyström Gram matrix κ(⟨x_i, x_j⟩)/n on 1000 cap samples by eigvalsh: 1.491 and 1.397; Monte Carlo over cap pairs agrees too — properties/cao21/footnote2.prop.ts). It holds under τ_d (max μ = μ_0 < 1, cao21.footnote2.lambda-below-one). It is not cosmetic: with λ_1 > 1 Theorem 3.2’s factor (1 − λ_{r_1})ᵀ is negative at odd T',
  },
  domain: `d ∈ [1, 50]; cap radius ρ = r/100 rad, r ∈ [1, 314] (ρ ∈ [0.01, 3.14]; ρ = π would be τ_d)`,
  rule: 'refuted when, for a drawn (d, ρ), the lower end of R = E_{τ_ρ⊗τ_ρ}[κ] (a lower bound on λ_1) exceeds 1; a case whose lower end is ≤ 1 cannot show λ_1 < 1 and is undecided (the check is one-sided: it can refute, not confirm)',
  tolerance: `R bracketed rigorously: series to degree ${MAX_DEGREE} with each term lowered by its error (closed-form relative accuracy of μ_k; Gauss–Legendre normaliser of the cap, 400 vs 200 nodes, + recurrence rounding), the tail bounded by κ(1) − Σ_{k≤${MAX_DEGREE}} μ_k N(d, k)`,
  glossary: {
    ...G.d,
    ...G.mu,
    ...G.N,
    ...G.kappa,
    ...G.lambda,
    τ: 'the input distribution of §3.1; here uniform on a spherical cap of S^d',
    ρ: 'angular radius of the cap around a fixed pole e, radians',
    r: 'the drawn integer: ρ = r/100',
    [RHO]: 'ρ = r/100, radians',
    'm_k': 'E_(x∼τ)[P_k(⟨e, x⟩)], the cap mean of the degree-k Gegenbauer polynomial (closed form)',
    'λ_1 ≥ (Rayleigh quotient, lower end)': 'the measured column: lower end of R = E_(x,x′∼τ)[κ(⟨x, x′⟩)] = Σ_k μ_k N(d, k) m_k², a lower bound on the top eigenvalue of L_κ on L²(τ) (dimensionless)',
    'must be below': 'the bound: 1',
    [UPPER]: 'upper end of R (the series tail bounded by κ(1) − Σ μ_k N(d, k)); the width of the bracket is the numerical uncertainty',
    [MU0]: 'the top eigenvalue under the uniform τ_d, μ_0 (closed form): what the footnote reads under §3.2',
    ...G.couldFail,
    margin: '1 − lower end of R (negative: λ_1 > 1)',
  },
  law: () => ({
    arbitrary: fc.record({ d: fc.integer({ min: 1, max: 50 }), r: fc.integer({ min: 1, max: 314 }) }),
    evaluate: ({ d, r }) => {
      const rho = r / 100;
      const { lower, upper } = capLowerBound(d, rho);
      const violated = lower > 1;
      return {
        measured: lower,
        bound: 1,
        ok: !violated,
        decided: violated,
        margin: 1 - lower,
        extra: { [RHO]: rho, [UPPER]: upper, [MU0]: reluNtk.mercerEigenvalues(d, 0)[0]! },
      };
    },
    numRuns: { quick: 30, paper: 200 },
    measuredLabel: 'λ_1 ≥ (Rayleigh quotient, lower end)',
    boundLabel: 'must be below',
    power: {
      reference: 'λ_1 = 1: a case decides (against the footnote) when its lower bound on λ_1 exceeds 1; a lower bound below 1 cannot decide',
      marginLabel: '1 − lower bound on λ_1 (negative: λ_1 > 1)',
    },
    finding: (cx, worst) =>
      `λ_1 ≥ ${Number(cx.measured).toFixed(4)} > 1 for τ uniform on the cap of radius ρ = ${cx.params[RHO]} on ${sphere(Number(cx.params.d))} (shrunk; Rayleigh quotient of the constant function, bracket [${Number(cx.measured).toFixed(4)}, ${Number(cx.params[UPPER]).toFixed(4)}]); worst drawn λ_1 ≥ ${Number(worst.measured).toFixed(4)} at ρ = ${worst.params[RHO]} on ${sphere(Number(worst.params.d))}; under the uniform τ_d λ_1 = μ_0 = ${Number(cx.params[MU0]).toFixed(4)}`,
  }),
  present: () => {
    const radii = Array.from({ length: 40 }, (_, i) => 0.01 * Math.pow(314, i / 39));
    const chart: Chart = {
      id: 'cap-rayleigh',
      title: 'Lower bound on λ_1 for τ uniform on a cap of radius ρ (Rayleigh quotient of the constant function): above 1 for small caps, → κ(1) = 3/2 as ρ → 0, → μ_0 < 1 at ρ = π',
      xLabel: 'cap radius ρ (radians)',
      yLabel: 'λ_1 lower bound (dimensionless)',
      xScale: 'log',
      yScale: 'linear',
      series: [
        ...[1, 2, 9, 50].map((d) => ({ name: sphere(d), style: 'line' as const, points: radii.map((rho) => [rho, capLowerBound(d, rho).lower] as const) })),
        { name: 'footnote 2: λ < 1', style: 'bound' as const, points: [[radii[0]!, 1], [radii[radii.length - 1]!, 1]] as const },
      ],
    };
    return { charts: [chart] };
  },
});
