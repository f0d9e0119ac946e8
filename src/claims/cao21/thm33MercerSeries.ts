import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { reluNtk } from '../../kernels/arcCosine.js';
import { gegenbauerAll } from '../../sphere/gegenbauer.js';
import { harmonicDimension } from '../../sphere/harmonicDimension.js';
import { forAllClaim } from '../forAllClaim.js';
import { G } from './glossary.js';

const K = 400;

/**
 * Theorem 3.3 (3.1): κ(x, x′) = Σ_k μ_k Σ_j Y_{k,j}(x)Y_{k,j}(x′) = Σ_k μ_k N(d, k) P_k(⟨x, x′⟩) (the
 * addition formula), with μ_k the closed-form eigenvalues. Every term is ≥ 0 at t = 1 and |P_k| ≤ 1, so
 * the truncation error of the partial sum S_K at any t is at most the tail S_∞(1) − S_K(1) =
 * κ(1) − S_K(1): a rigorous bound, plus rounding (K + 10)·ε·κ(1).
 */
export const thm33MercerSeries = forAllClaim({
  id: 'cao21.thm3.3.mercer-series',
  paper: 'cao21',
  printed: printed('cao21', 'thm3.3.mercer'),
  reading: [
    { text: 'Σ_j Y_{k,j}(x)Y_{k,j}(x′) over an orthonormal basis of degree-k harmonics in L²(τ_d) equals N(d, k)·P_k(⟨x, x′⟩) (addition formula, P_k(1) = 1), so (3.1) is checked as κ(t) = Σ_k μ_k N(d, k) P_k(t) for t ∈ [−1, 1], with μ_k the closed-form eigenvalues under τ_d; truncated at K = 400 with the rigorous tail bound.', restsOn: 'L136, L150–154, L192' },
    { text: 'The "linearly independent" Y_{k,j} of L138 are read as orthonormal in L²(τ_d): (3.1) is false for a merely independent basis — Σ_j Y_{k,j}(x)Y_{k,j}(x′) then depends on the basis (on S¹, {cos θ, 2 sin θ} gives cos θ cos θ′ + 4 sin θ sin θ′, not a function of ⟨x, x′⟩; properties/cao21/orthonormalReading.prop.ts) — whereas μ_k as eigenvalues of L_κ on L²(τ_d) (Remark 3.4) and the addition formula of §4 (L192) presuppose orthonormality.', restsOn: 'L138, L150–154, L192' },
  ],
  domain: 'd ∈ [1, 50], t ∈ [−1, 1]',
  rule: 'holds when, for every drawn (d, t), |κ(t) − Σ_{k≤400} μ_k N(d, k) P_k(t)| ≤ κ(1) − Σ_{k≤400} μ_k N(d, k) + (K + 10)·ε·κ(1)',
  tolerance: 'tail bound κ(1) − S_K(1) (all terms nonnegative at t = 1, |P_k| ≤ 1) plus worst-case rounding of the K-term sums',
  glossary: {
    ...G.d,
    ...G.k,
    ...G.mu,
    ...G.N,
    ...G.kappa,
    ...G.P,
    'Y_(k,j)': 'an orthonormal basis of the degree-k spherical harmonics in L²(τ_d), j = 1, …, N(d,k)',
    t: 'the inner product ⟨x, x′⟩ of two points of S^d, in [−1, 1]',
    'S_400(t)': 'the partial sum Σ_(k≤400) μ_k·N(d,k)·P_k(t)',
    '|κ(t) − S_400(t)|': 'the measured column: error of the truncated series at t (dimensionless)',
    'tail + rounding bound': 'the bound: κ(1) − S_400(1) (the tail, all terms ≥ 0 at t = 1) + (K + 10)·ε·κ(1), K = 400',
    'μ_2 N(d,2)': 'μ_2·N(d,2), the degree-2 term at t = 1: the size of an error a wrong or missing term would make',
    ...G.eps,
    ...G.couldFail,
    margin: 'decades: log10(μ_2·N(d,2) / max(error, bound))',
  },
  law: () => ({
    arbitrary: fc.record({ d: fc.integer({ min: 1, max: 50 }), t: fc.double({ min: -1, max: 1, noNaN: true }) }),
    evaluate: ({ d, t }) => {
      const logMu = reluNtk.logMercerEigenvalues(d, K);
      const p = gegenbauerAll(d, K, t);
      let sum = 0;
      let sumAtOne = 0;
      let degree2 = 0;
      for (let k = 0; k <= K; k++) {
        const term = Math.exp(logMu[k]! + Math.log(Number(harmonicDimension(d, k))));
        sum += term * p[k]!;
        sumAtOne += term;
        if (k === 2) degree2 = term;
      }
      const kappaOne = reluNtk.value(1);
      const bound = Math.max(0, kappaOne - sumAtOne) + (K + 10) * Number.EPSILON * kappaOne;
      const error = Math.abs(reluNtk.value(t) - sum);
      return { measured: error, bound, ok: error <= bound, decided: bound < degree2, margin: Math.log10(degree2 / Math.max(error, bound)), extra: { 'μ_2 N(d,2)': degree2 } };
    },
    numRuns: { quick: 40, paper: 300 },
    measuredLabel: '|κ(t) − S_400(t)|',
    boundLabel: 'tail + rounding bound',
    power: {
      reference: 'a series with one degree’s term wrong or missing — the size of μ_2·N(d, 2): decided when the bound is below it',
      marginLabel: 'log10(μ_2 N(d, 2) / max(error, bound))',
    },
  }),
});
