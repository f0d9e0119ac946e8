import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { createRng } from '../../random/rng.js';
import { harmonicDimension } from '../../sphere/harmonicDimension.js';
import { orthonormalHarmonics } from '../../sphere/orthonormalHarmonics.js';
import { sampleSphere } from '../../sphere/sampleSphere.js';
import { forAllClaim } from '../forAllClaim.js';
import { G } from './glossary.js';

/**
 * The explicit constant. Each entry (VᵀV)_{ab} = (1/n)Σ_i φ_a(x_i)φ_b(x_i) is a mean of n i.i.d. terms in
 * [−M², M²] with mean δ_ab, so Hoeffding gives P(|(VᵀV − I)_{ab}| ≥ s) ≤ 2·exp(−n s²/(2M⁴)). A union
 * bound over the r(r + 1)/2 distinct entries gives, with probability ≥ 1 − δ,
 *   ‖VᵀV − I‖_max ≤ M²·√(2·log(r(r + 1)/δ)/n) ≤ 2√2·M²·√(log(r/δ)/n)   (r ≥ 1, δ ≤ 1/2),
 * since r(r + 1)/δ ≤ (r/δ)² then. So C = 2√2.
 */
export const LEMMA31_C = 2 * Math.SQRT2;

interface Case extends Record<string, number> {
  d: number;
  k: number;
  n: number;
  delta: number;
  draws: number;
  seed: number;
}

/** Frequency, over `draws` samples of n points, of ‖VᵀV − I‖_max exceeding the bound of Lemma 3.1. */
function violationFrequency({ d, k, n, delta, draws, seed }: Case): { frequency: number; bound: number; worst: number; rk: number } {
  const rng = createRng(seed);
  const bases = Array.from({ length: k }, (_, j) => orthonormalHarmonics(rng, d, j));
  const rk = bases.reduce((s, b) => s + b.size, 0);
  const m2 = Math.max(...Array.from({ length: k }, (_, j) => Number(harmonicDimension(d, j))));
  const bound = LEMMA31_C * m2 * Math.sqrt(Math.log(rk / delta) / n);
  const v = new Float64Array(n * rk);
  let violations = 0;
  let worst = 0;
  for (let r = 0; r < draws; r++) {
    const x = sampleSphere(rng, n, d);
    for (let i = 0; i < n; i++) {
      let offset = i * rk;
      for (const b of bases) {
        b.evaluate(x.subarray(i * (d + 1), (i + 1) * (d + 1)), v.subarray(offset, offset + b.size));
        offset += b.size;
      }
    }
    let dev = 0;
    for (let a = 0; a < rk; a++) {
      for (let b = a; b < rk; b++) {
        let s = 0;
        for (let i = 0; i < n; i++) s += v[i * rk + a]! * v[i * rk + b]!;
        dev = Math.max(dev, Math.abs(s / n - (a === b ? 1 : 0)));
      }
    }
    worst = Math.max(worst, dev / bound);
    if (dev > bound) violations++;
  }
  return { frequency: violations / draws, bound, worst, rk };
}

export const lemma31NearOrthonormal = forAllClaim<Case>({
  id: 'cao21.lemma3.1.near-orthonormal',
  paper: 'cao21',
  printed: printed('cao21', 'lemma3.1'),
  reading: [
    { text: 'φ_i: orthonormal spherical harmonics of degrees 0..k−1 in L²(τ_d) (the eigenfunctions for uniform data, Remark 3.4), M² = max_j N(d, j) (the sup of such a harmonic is at most √N(d, j)); r_k = Σ_{j<k} N(d, j).', restsOn: 'L108, L110, L169' },
    { text: 'The absolute constant C is not printed; we fix C = 2√2, the constant of Hoeffding with a union bound (derivation above). "With probability ≥ 1 − δ" is checked as a violation frequency over repeated draws, allowed δ plus three binomial standard deviations.', restsOn: 'L110–114' },
  ],
  domain: 'S^d with d ∈ [1, 4]; orthonormal harmonics of degrees 0..k−1, k ∈ [1, 3]; n ∈ [20, 400] uniform samples; δ ∈ {0.05, 0.1, 0.2}; M² = max_j N(d, j); C = 2√2 (Hoeffding + union bound)',
  rule: 'holds when, for every drawn case, the frequency of violations over repeated draws is ≤ δ + 3·√(δ(1 − δ)/draws) (binomial three-sigma allowance)',
  tolerance: 'C = 2√2 from Hoeffding with a union bound over r(r+1)/2 entries; frequency allowance 3σ of a Binomial(draws, δ)',
  glossary: {
    ...G.d,
    k: 'the harmonics of degrees 0, …, k − 1 are used (1 ≤ k ≤ 3)',
    n: 'number of uniform sample points on S^d',
    'δ (column delta)': 'the failure probability of the lemma, drawn from 0.05, 0.1, 0.2',
    draws: 'independent samples of n points per case (40 quick, 200 paper)',
    ...G.seed,
    ...G.N,
    V: 'n × r_k matrix of the orthonormal harmonics at the sample, V_ia = φ_a(x_i)/√n',
    'VᵀV − I': 'deviation of the sampled Gram of the harmonics from the identity; ‖·‖_max its largest entry in absolute value',
    'M²': 'max_j N(d, j), the bound on the square of a degree-j orthonormal harmonic (j < k)',
    C: 'the absolute constant of the lemma, fixed at 2√2 (Hoeffding with a union bound)',
    'r_k': 'number of harmonics used: Σ_(j<k) N(d, j)',
    'violation frequency': 'the measured column: fraction of the draws with ‖VᵀV − I‖_max above the bound C·M²·√(log(r_k/δ)/n)',
    'δ + 3σ': 'the bound: δ + 3·√(δ(1 − δ)/draws), three binomial standard deviations above δ',
    'Hoeffding bound': 'C·M²·√(log(r_k/δ)/n): the lemma’s bound on ‖VᵀV − I‖_max with C = 2√2',
    'largest deviation / bound': 'max over the draws of ‖VᵀV − I‖_max divided by the Hoeffding bound (< 1: never violated)',
    ...G.couldFail,
    margin: 'allowance − violation frequency (a fraction of the draws)',
  },
  budgetMs: { quick: 60_000 },
  law: (scale) => ({
      arbitrary: fc.record({
        d: fc.integer({ min: 1, max: 4 }),
        k: fc.integer({ min: 1, max: 3 }),
        n: fc.integer({ min: 20, max: 400 }),
        delta: fc.constantFrom(0.05, 0.1, 0.2),
        draws: fc.constant(scale === 'paper' ? 200 : 40),
        seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      }),
      evaluate: (c) => {
        const { frequency, bound, worst, rk } = violationFrequency(c);
        const allowance = c.delta + 3 * Math.sqrt((c.delta * (1 - c.delta)) / c.draws);
        // Power: a false bound (e.g. C a few times smaller) is violated in most draws; the allowance must stay below 1.
        return { measured: frequency, bound: allowance, ok: frequency <= allowance, decided: allowance < 1, margin: allowance - frequency, extra: { r_k: rk, 'Hoeffding bound': bound, 'largest deviation / bound': worst } };
      },
      numRuns: { quick: 12, paper: 60 },
      measuredLabel: 'violation frequency',
      boundLabel: 'δ + 3σ',
      power: {
        reference: 'a bound violated in every draw (frequency 1): decided when the allowance δ + 3σ is below 1',
        marginLabel: 'allowance − violation frequency',
      },
  }),
});
