import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { harmonicDimension } from '../../sphere/harmonicDimension.js';
import { forAllClaim } from '../forAllClaim.js';
import { G } from './glossary.js';

const WORST_D = 'd with the smallest margin';
const MAX_D = 200;
const TOL = 1e-12;

/** log r_k, r_k = Σ_{k′<k} N(d, k′) (L169, L178). */
function logRk(d: number, k: number): number {
  let rk = 0n;
  for (let j = 0; j < k; j++) rk += harmonicDimension(d, j);
  return Math.log(Number(rk));
}

/**
 * The log-orders of the requirements of Corollaries 3.6 and 3.7 at (d, k), constants, ε and logs dropped:
 * samples max{k^{2d+2}, k^{2d−2}r_k²} (3.6, L162) and d^{2k−2}r_k² (3.7, L173); widths k^{d+1} (3.6) and
 * d^{k−2} (3.7).
 */
export function corollaryOrders(d: number, k: number) {
  const lr = logRk(d, k);
  return {
    n36: Math.max((2 * d + 2) * Math.log(k), (2 * d - 2) * Math.log(k) + 2 * lr),
    n37: (2 * k - 2) * Math.log(d) + 2 * lr,
    m36: (d + 1) * Math.log(k),
    m37: (k - 2) * Math.log(d),
  };
}

type Orders = ReturnType<typeof corollaryOrders>;

/** The log ratios of the orders from `a` (at k) to `b` (at k + 1): the smallest of the two sample orders and of all four. */
export function orderGrowth(a: Orders, b: Orders): { samples: number; all: number } {
  const samples = Math.min(b.n36 - a.n36, b.n37 - a.n37);
  return { samples, all: Math.min(samples, b.m36 - a.m36, b.m37 - a.m37) };
}

/**
 * §3.1's "learning the components corresponding to larger eigenvalues can be done with smaller sample
 * size and narrower networks", read on the orders of the requirements as Corollaries 3.6 and 3.7 state
 * them for uniform data (the sibling reading of cao21.sec3.1.fewer-samples, which uses Theorem 3.2's
 * printed expressions): each order must not decrease from k to k + 1. Power: the sample orders grow
 * strictly with k (r_k does), so a case decides when the smallest log ratio of the sample orders is
 * above the rounding tolerance.
 */
export const sec31FewerSamplesOrders = forAllClaim({
  id: 'cao21.sec3.1.fewer-samples.corollary-orders',
  paper: 'cao21',
  printed: printed('cao21', 'sec3.1.smaller-sample'),
  readingName: 'orders of Corollaries 3.6/3.7 (L162–178)',
  reading: [
    { text: '"Smaller sample size and narrower networks" for the components of larger eigenvalues is read on the requirements as Corollaries 3.6 and 3.7 state them for uniform data, where the first k distinct eigenvalues are the degrees < k: n ≥ Ω̃(ε⁻² max{k^{2d+2}, k^{2d−2}r_k²}) and m ≥ Ω̃(poly(T, k^{d+1}, ε⁻¹)) (3.6); n ≥ Ω̃(ε⁻² d^{2k−2}r_k²) and m ≥ Ω̃(poly(T, d^{k−2}, ε⁻¹)) (3.7); r_k = Σ_{k′<k} N(d, k′).', restsOn: 'L124, L162–178' },
    { text: 'Only the orders are compared (the Ω̃ constants and log factors, ε, δ and T are the same at every k); each order must not decrease from k to k + 1, at every d ≤ 200 — both corollaries’ orders at every (d, k), not only in their regimes k ≫ d and d ≫ k.', restsOn: 'L162, L173' },
  ],
  domain: `k ∈ [1, 8] drawn; for each k every d ∈ [1, ${MAX_D}]`,
  rule: 'holds when, for every drawn k and every d ≤ 200, each of the four orders (samples and width of Corollaries 3.6 and 3.7) at k + 1 is at least its value at k, within rounding',
  tolerance: `${TOL} on the natural log of each ratio (the orders are exact expressions evaluated in float64 logs)`,
  glossary: {
    k: 'the number of distinct eigenvalues (degrees 0..k − 1) learned, 1 ≤ k ≤ 8; compared with k + 1',
    ...G.d,
    ...G.rk,
    'log n (3.6)': 'natural log of Corollary 3.6’s sample order max{k^(2d+2), k^(2d−2)·r_k²}',
    'log n (3.7)': 'natural log of Corollary 3.7’s sample order d^(2k−2)·r_k²',
    [WORST_D]: 'the sphere dimension (of all d ≤ 200) with the smallest margin for this k',
    'smallest log ratio of the orders': 'the measured column: min over the four orders of ln(order at k + 1 / order at k) at that d (negative: a requirement falls)',
    'must be ≥': `the bound: −${TOL}`,
    ...G.couldFail,
    margin: 'smallest log ratio of the two sample orders (natural log; the width order d^(k−2) is constant at d = 1)',
  },
  law: () => ({
    arbitrary: fc.record({ k: fc.integer({ min: 1, max: 8 }) }),
    evaluate: ({ k }) => {
      let worst: { d: number; all: number; samples: number; a: Orders } | undefined;
      for (let d = 1; d <= MAX_D; d++) {
        const a = corollaryOrders(d, k);
        const { samples, all } = orderGrowth(a, corollaryOrders(d, k + 1));
        if (!worst || all < worst.all || (all === worst.all && samples < worst.samples)) worst = { d, all, samples, a };
      }
      const { d, all, samples, a } = worst!;
      return {
        measured: all,
        bound: -TOL,
        ok: all >= -TOL,
        decided: samples > TOL,
        margin: samples,
        extra: { [WORST_D]: d, 'log n (3.6)': a.n36, 'log n (3.7)': a.n37 },
      };
    },
    numRuns: { quick: 8, paper: 40 },
    measuredLabel: 'smallest log ratio of the orders',
    boundLabel: 'must be ≥',
    power: {
      reference: 'a sample requirement that stays equal from k to k + 1: decided when both sample orders grow by more than the rounding tolerance',
      marginLabel: 'min(ln ratio of the two sample orders from k to k + 1)',
    },
    finding: (cx) => `a requirement order of Corollaries 3.6/3.7 falls from k = ${cx.params.k} to ${Number(cx.params.k) + 1} at d = ${cx.params[WORST_D]} (shrunk): log ratio ${Number(cx.measured).toPrecision(3)}`,
  }),
});
