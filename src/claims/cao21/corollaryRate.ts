import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { reluNtk } from '../../kernels/arcCosine.js';
import type { Reading } from '../claim.js';
import { decideAsymptoticRatio, HOLD_SLOPE, REFUTE_SLOPE, twoDecadeSweep } from '../asymptoticRatio.js';
import type { CaseResult } from '../checkForAll.js';
import { forAllClaim } from '../forAllClaim.js';
import { ASYMPTOTIC_POWER, asymptoticCase } from './asymptoticCase.js';

/**
 * The rates of Corollaries 3.6 and 3.7: λ_{r_k} = μ_{k−1} (Remark 3.4, r_k = Σ_{k′<k} N(d, k′) as both
 * corollaries define it) against the printed Ω(k^{−d−1}) (k ≫ d) and Ω(d^{−k+2}) (d ≫ k).
 * Along a ray, log(μ_{k−1}/rate) is decided by the asymptotic rule; a ray on which μ_{k−1} vanishes
 * (k − 1 odd ≥ 3) fails outright: 0 is not Ω of a positive rate.
 */
function rayCase(xs: number[], logRatio: number[], extra: Record<string, number | string>): CaseResult {
  const zero = logRatio.findIndex((l) => l === -Infinity);
  if (zero >= 0) return { measured: 0, bound: REFUTE_SLOPE, ok: false, decided: true, margin: -Infinity, extra: { ...extra, 'μ_{k−1} = 0 at': xs[zero]! } };
  return asymptoticCase(decideAsymptoticRatio(xs, logRatio), extra);
}

const COMMON: Reading[] = [
  { text: 'Only the rate is checked: λ_{r_k} = μ_{k−1} (Remark 3.4 with the corollary’s r_k = Σ_{k′<k} N(d, k′)) against the printed Ω(·) in (1 − Ω(·))ᵀ; the probability, the conditions on n and m, η and θ are Theorem 3.2’s, checked by cao21.thm3.2.projected-convergence.', restsOn: 'L154, L162–180' },
  { text: 'μ from the closed form (Theorem 3.3, τ_d the uniform probability measure); a finite sweep decides by the asymptotic rule (src/claims/asymptoticRatio.ts).', restsOn: 'L154' },
];
const RULE = `along each drawn ray fit the log-log slope of λ_{r_k}/rate over two decades: refuted when both slopes ≤ ${REFUTE_SLOPE} and agree within 25 %, or when λ_{r_k} = 0 on the ray; holds when the last slope is ≥ 0, or ≥ ${HOLD_SLOPE} and not below the first; inconclusive otherwise`;

function cor36Claim(spec: { id: string; readingName: string; parities: readonly ('odd' | 'even')[] }) {
  const everyK = spec.parities.length === 2;
  return forAllClaim({
    id: spec.id,
    paper: 'cao21',
    printed: printed('cao21', 'cor3.6'),
    readingName: spec.readingName,
    reading: [
      everyK
        ? { text: '"For any … integer k" with k ≫ d: every k, so along k → ∞ at fixed d (k ∈ [10(d + 1), 1000(d + 1)]), both parities; the constant may depend on d.', restsOn: 'L162' }
        : { text: 'k restricted to odd k (k − 1 even), the degrees for which Theorem 3.3 gives μ_{k−1} a rate (k = 2j): along odd k → ∞ at fixed d, k ∈ [10(d + 1), 1000(d + 1)]; the constant may depend on d.', restsOn: 'L146–148, L162' },
      ...COMMON,
    ],
    ...(everyK
      ? {
          refutation: {
            kind: 'typo' as const,
            evidence: 'for even k, λ_{r_k} = μ_{k−1} = 0 exactly (odd degree ≥ 3; closed form, quadrature in cao21.thm3.3.odd-zero), so (1 − Ω(k^{−d−1}))ᵀ cannot hold; restricted to odd k (k − 1 even, as Theorem 3.3’s rate is stated) the rate holds (cao21.cor3.6.rate.odd-k)',
          },
        }
      : {}),
    domain: `d ∈ [1, 30]; k ${everyK ? 'of either parity' : 'odd'}, k ∈ [10(d + 1) − 1, 1000(d + 1)]`,
    rule: RULE,
    tolerance: 'slope thresholds of the asymptotic rule; closed-form eigenvalues accurate to ~1e−12 relative',
    law: () => ({
      arbitrary: fc.record({ d: fc.integer({ min: 1, max: 30 }), parity: fc.constantFrom(...spec.parities) }),
      evaluate: ({ d, parity }) => {
        const ks = twoDecadeSweep(10 * (d + 1), 8, 'even').map((k) => (parity === 'odd' ? k - 1 : k));
        const logMu = reluNtk.logMercerEigenvalues(d, ks[ks.length - 1]!);
        return rayCase(ks, ks.map((k) => logMu[k - 1]! + (d + 1) * Math.log(k)), { k0: ks[0]! });
      },
      numRuns: { quick: 15, paper: 60 },
      measuredLabel: 'slope of log(μ_{k−1}·k^{d+1}) vs log k, last decade (0: μ_{k−1} vanishes)',
      boundLabel: 'refuted at ≤',
      power: ASYMPTOTIC_POWER,
      finding: (cx, worst) =>
        cx.params['μ_{k−1} = 0 at'] !== undefined
          ? `λ_{r_k} = μ_{k−1} = 0 for even k (shrunk: d = ${cx.params.d}, k = ${cx.params['μ_{k−1} = 0 at']}), so the rate 1 − Ω(k^{−d−1}) fails for every even k; worst drawn d = ${worst.params.d} (${worst.params.parity} k)`
          : `μ_{k−1}·k^{d+1} decays like k^{${Number(cx.measured).toFixed(2)}} at d = ${cx.params.d} (shrunk)`,
    }),
  });
}

/** Corollary 3.6's rate for every integer k. */
export const cor36Rate = cor36Claim({ id: 'cao21.cor3.6.rate', readingName: 'every integer k', parities: ['odd', 'even'] });
/** Corollary 3.6's rate for odd k (k − 1 even). */
export const cor36RateOddK = cor36Claim({ id: 'cao21.cor3.6.rate.odd-k', readingName: 'odd k (k − 1 even)', parities: ['odd'] });

/** Corollary 3.7's rate along d → ∞ at fixed k, on the favourable parity (k − 1 even). */
export const cor37Rate = forAllClaim({
  id: 'cao21.cor3.7.rate',
  paper: 'cao21',
  printed: printed('cao21', 'cor3.7'),
  reading: [
    { text: 'd ≫ k: at fixed k, d → ∞ (d ∈ [10k, 1000k]); the Ω is uniform in d (the only reading in which d ≫ k says anything). Drawn on odd k ∈ [1, 21] (k − 1 even), the parity on which λ_{r_k} = μ_{k−1} is not 0; even k ≥ 4 give μ_{k−1} = 0 and fail a fortiori.', restsOn: 'L173, L178' },
    ...COMMON,
  ],
  refutation: {
    kind: 'substantive',
    evidence: 'μ_{k−1}·d^{k−2} decays like d^{−1} along d → ∞ (slope −1.0; closed form, and the same d^{−k} decay of μ_k is confirmed by quadrature and the mpmath table in cao21.thm3.3.rate-d-large): λ_{r_k} ≍ d^{−k+1}, one power below the printed Ω(d^{−k+2}); it inherits Theorem 3.3’s exponent, itself one power short',
  },
  domain: 'odd k ∈ [1, 21]; d ∈ [10k, 1000k]',
  rule: RULE,
  tolerance: 'slope thresholds of the asymptotic rule; closed-form eigenvalues accurate to ~1e−12 relative',
  law: () => ({
    arbitrary: fc.record({ k: fc.integer({ min: 0, max: 10 }).map((j) => 2 * j + 1) }),
    evaluate: ({ k }) => {
      const ds = twoDecadeSweep(10 * k, 8);
      return rayCase(ds, ds.map((d) => reluNtk.logMercerEigenvalues(d, k)[k - 1]! + (k - 2) * Math.log(d)), { d0: ds[0]! });
    },
    numRuns: { quick: 10, paper: 11 },
    measuredLabel: 'slope of log(μ_{k−1}·d^{k−2}) vs log d, last decade',
    boundLabel: 'refuted at ≤',
    power: ASYMPTOTIC_POWER,
    finding: (cx, worst) =>
      `λ_{r_k}·d^{k−2} = μ_{k−1}·d^{k−2} decays like d^{${Number(cx.measured).toFixed(2)}} at k = ${cx.params.k} (shrunk), so the rate is 1 − Θ(d^{−k+1}), not 1 − Ω(d^{−k+2}); worst drawn slope ${Number(worst.measured).toFixed(2)} at k = ${worst.params.k}`,
  }),
});
