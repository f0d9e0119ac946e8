import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { reluNtk } from '../../kernels/arcCosine.js';
import { forAllClaim } from '../forAllClaim.js';
import { relativeAccuracy } from './thm33Ordering.js';
import { G } from './glossary.js';

const AT = 'degree of the largest ratio';

/**
 * The abstract's "lower degree spherical harmonics are easier to be learned", read through Theorem 3.2
 * with Remark 3.4: in the NTK regime the degree-k component decays at rate μ_k, so "easier" means a
 * larger μ. Checked: μ_j ≥ μ_{j′} for all j < j′ ≤ K among the degrees of the reading.
 */
function lowerDegreeClaim(spec: { id: string; readingName: string; nonzeroOnly: boolean }) {
  return forAllClaim({
    id: spec.id,
    paper: 'cao21',
    printed: printed('cao21', 'abstract.lower-degree-easier'),
    readingName: spec.readingName,
    reading: [
      { text: '"Easier to be learned" is read as a larger NTK eigenvalue μ_k, the rate at which gradient descent learns the degree-k component in the NTK regime (Theorem 3.2 with λ_{r_k} = μ_{k−1}, Remark 3.4); uniform data on S^d, τ_d the probability measure.', restsOn: 'L12, L118–122, L154' },
      spec.nonzeroOnly
        ? { text: 'Only the degrees with μ_k > 0 (0, 1, 2, 4, 6, …): the odd degrees ≥ 3, which the NTK never learns (μ_k = 0), are left out, as §4 leaves them out of its targets.', restsOn: 'L140, L192' }
        : { text: 'Every degree k ≥ 0, the odd ones included: "lower degree spherical harmonics" names no exception.', restsOn: 'L12' },
    ],
    ...(spec.nonzeroOnly
      ? {}
      : {
          refutation: {
            kind: 'substantive' as const,
            evidence: 'μ_3 = 0 < μ_4 at every d (closed form; the zero confirmed by quadrature in cao21.thm3.3.odd-zero): degree-3 harmonics are never learned in the NTK regime while degree 4 is; over the nonzero degrees the order holds (cao21.abstract.lower-degree-easier.nonzero-degrees). Substantive, as cao21.remark3.4.* and cao21.cor3.6.rate are, for the same cause: the paper itself states μ_k = 0 for odd k ≥ 3 (L140, L192), so the unrestricted ordering is not a misprint but a conclusion drawn without its own zeros',
          },
        }),
    domain: `d ∈ [1, 1000], degrees ≤ K, K ∈ [2, 40]${spec.nonzeroOnly ? ', nonzero degrees only' : ''}`,
    rule: 'holds when, for every drawn (d, K), max over j < j′ ≤ K of μ_{j′}/μ_j ≤ 1 + closed-form accuracy (μ_{j′}/0 = ∞)',
    tolerance: 'closed-form relative accuracy 4·(K + d/2 + 4)·ε, doubled',
    glossary: {
      ...G.d,
      ...G.k,
      K: 'the highest degree checked, 2 ≤ K ≤ 40',
      ...G.mu,
      ...G.lambda,
      'largest ratio μ_j′ / min_(j<j′) μ_j': 'the measured column: the largest ratio of an eigenvalue to the smallest eigenvalue of a lower degree (> 1: a higher degree is learned faster; Infinity: a lower degree has μ = 0 while a higher one is > 0)',
      '1 + accuracy': 'the bound: 1 + twice the closed-form relative accuracy',
      [AT]: 'the higher degree j′ at which that ratio is largest',
      ...G.couldFail,
      margin: '−ln(largest ratio), natural log (negative: a higher degree is faster; −Infinity: a lower degree is never learned)',
    },
    law: () => ({
      arbitrary: fc.record({ d: fc.integer({ min: 1, max: 1000 }), K: fc.integer({ min: 2, max: 40 }) }),
      evaluate: ({ d, K }) => {
        const mu = Array.from(reluNtk.mercerEigenvalues(d, K));
        const degrees = mu.map((_, k) => k).filter((k) => !spec.nonzeroOnly || mu[k]! > 0);
        let worst = 0;
        let at = '';
        let lowest = Infinity;
        for (const k of degrees) {
          // μ_k against the smallest eigenvalue of a lower degree.
          const ratio = lowest === 0 ? (mu[k]! > 0 ? Infinity : 0) : mu[k]! / lowest;
          if (ratio > worst) {
            worst = ratio;
            at = `k = ${k}`;
          }
          lowest = Math.min(lowest, mu[k]!);
        }
        const bound = 1 + 2 * relativeAccuracy(d, K);
        return { measured: worst, bound, ok: worst <= bound, decided: worst > bound || worst < 2 - bound, margin: -Math.log(worst), extra: { [AT]: at } };
      },
      numRuns: { quick: 30, paper: 200 },
      measuredLabel: 'largest ratio μ_j′ / min_(j<j′) μ_j',
      boundLabel: '1 + accuracy',
      power: {
        reference: 'a higher degree as easy as a lower one (ratio 1): decided when the ratio differs from 1 by more than the accuracy',
        marginLabel: '−log(max ratio) (negative: a higher degree is learned faster; −∞: a lower degree is never learned)',
      },
      finding: (cx, worst) => `a higher degree has the larger eigenvalue at d = ${cx.params.d}, K = ${cx.params.K} (shrunk; ${cx.params[AT]} against μ_3 = 0 below it): μ_4 > μ_3 = 0; worst drawn ratio ${Number(worst.measured)} at d = ${worst.params.d}`,
    }),
  });
}

export const abstractLowerDegreeEasier = lowerDegreeClaim({ id: 'cao21.abstract.lower-degree-easier', readingName: 'every degree', nonzeroOnly: false });
export const abstractLowerDegreeEasierNonzero = lowerDegreeClaim({ id: 'cao21.abstract.lower-degree-easier.nonzero-degrees', readingName: 'nonzero degrees', nonzeroOnly: true });
