import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { gegenbauer } from '../../sphere/gegenbauer.js';
import { funkHecke } from '../../sphere/funkHecke.js';
import { harmonicDimension } from '../../sphere/harmonicDimension.js';
import { forAllClaim } from '../forAllClaim.js';
import { G } from './glossary.js';

/**
 * §4: by the addition formula Σ_j Y_{k,j}(x)Y_{k,j}(y) = N(d,k)·P_k(⟨x,y⟩), x ↦ P_k(⟨ζ,x⟩) is a degree-k
 * spherical harmonic. Consequence checked: E_{τ_d}[P_j(⟨ζ,x⟩)P_k(⟨ζ,x⟩)] = δ_jk/N(d,k), the Funk–Hecke
 * eigenvalues of the dot-product kernel P_j — computed by quadrature, not assumed.
 */
export const sec4AdditionFormula = forAllClaim<{ d: number; j: number }>({
  id: 'cao21.sec4.addition-formula',
  paper: 'cao21',
  printed: printed('cao21', 'sec4.addition-formula'),
  reading: [
    { text: 'P_k is the Gegenbauer polynomial normalised P_k(1) = 1 (the normalisation in which the addition formula reads N(d,k)·P_k); "spherical harmonic of degree k" is checked through its consequence E_{τ_d}[P_j(⟨ζ,x⟩)P_k(⟨ζ,x⟩)] = δ_jk/N(d,k) (orthogonal across degrees, norm from the addition formula at x = y), on every S^d, not only S⁹.', restsOn: 'L192' },
  ],
  domain: 'd ∈ [1, 1000], degrees j ∈ [0, 40] against all k ∈ [0, 40]',
  rule: 'holds when for every drawn (d, j) and every k ≤ 40, |E[P_j P_k] − δ_jk/N(d,k)| ≤ quadrature error bound + 4ε/N(d,k)',
  tolerance: 'quadrature discretisation estimate + worst-case rounding (src/sphere/funkHecke.ts) + 4ε relative for 1/N(d,k)',
  glossary: {
    ...G.d,
    j: 'the degree of the polynomial P_j tested (0 ≤ j ≤ 40)',
    k: 'every degree 0 ≤ k ≤ 40 it is tested against',
    ...G.P,
    ...G.N,
    ...G.tau,
    'ζ, x': 'a fixed pole ζ and a point x ~ τ_d of S^d',
    'δ_jk': '1 when j = k, else 0',
    'Y_(k,j)': 'an orthonormal basis of the degree-k spherical harmonics in L²(τ_d)',
    'max_k |E[P_j P_k] − δ_jk/N(d,k)|': 'the measured column: largest error over k of the quadrature value of E[P_j(⟨ζ, x⟩)P_k(⟨ζ, x⟩)] (dimensionless)',
    'quadrature bound': 'the bound at that k: quadrature error estimate + rounding + 4ε/N(d,k)',
    'E[P_j²]·N(d,j)': 'the quadrature value of E[P_j²] times N(d,j): 1 by the addition formula',
    ...G.eps,
    ...G.couldFail,
    margin: 'decades: log10((1/N(d,j)) / max(error, bound))',
  },
  law: () => ({
      arbitrary: fc.record({ d: fc.integer({ min: 1, max: 1000 }), j: fc.integer({ min: 0, max: 40 }) }),
      evaluate: ({ d, j }) => {
        const K = 40;
        const q = funkHecke((t) => gegenbauer(d, j, t), d, K);
        let worst = 0;
        let worstExcess = -Infinity;
        let worstBound = 0;
        for (let k = 0; k <= K; k++) {
          const target = k === j ? 1 / Number(harmonicDimension(d, k)) : 0;
          const err = Math.abs(q.values[k]! - target);
          const bound = q.errorEstimate[k]! + q.roundingBound[k]! + 4 * Number.EPSILON * target;
          if (err - bound > worstExcess) {
            worstExcess = err - bound;
            worst = err;
            worstBound = bound;
          }
        }
        // Power: a false claim (P_j not orthogonal to degree k, or a wrong norm) would leave an error of the size of 1/N(d,j).
        const scale = 1 / Number(harmonicDimension(d, j));
        return { measured: worst, bound: worstBound, ok: worstExcess <= 0, decided: worstBound < scale, margin: Math.log10(scale / Math.max(worst, worstBound)), extra: { 'E[P_j²]·N(d,j)': q.values[j]! * Number(harmonicDimension(d, j)) } };
      },
      numRuns: { quick: 30, paper: 200 },
      measuredLabel: 'max_k |E[P_j P_k] − δ_jk/N(d,k)|',
      boundLabel: 'quadrature bound',
      power: {
        reference: 'an error of the size of E[P_j²] = 1/N(d,j) (a polynomial that is not orthogonal across degrees or has the wrong norm)',
        marginLabel: 'log10(1/N(d,j) / max(error, bound))',
      },
  }),
});
