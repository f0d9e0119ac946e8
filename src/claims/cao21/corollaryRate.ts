import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { reluNtk } from '../../kernels/arcCosine.js';
import type { Chart, Reading } from '../claim.js';
import { decideAsymptoticRatio, HOLD_SLOPE, REFUTE_SLOPE, twoDecadeSweep } from '../asymptoticRatio.js';
import type { CaseResult } from '../checkForAll.js';
import { forAllClaim } from '../forAllClaim.js';
import { ASYMPTOTIC_POWER, asymptoticCase } from './asymptoticCase.js';
import { ASYMPTOTIC_GLOSSARY, LAST_DECADE_SLOPE, G, sphere } from './glossary.js';

const ZERO_AT = 'where μ_(k−1) = 0 (k or d)';

const GLOSSARY = {
  ...G.d,
  k: 'the index of the corollary: λ_(r_k) = μ_(k−1)',
  ...G.mu,
  ...G.lambda,
  ...G.rk,
  ...ASYMPTOTIC_GLOSSARY,
  [ZERO_AT]: 'the first point of the ray where μ_(k−1) = 0 (k − 1 odd ≥ 3): the case fails outright; empty when none',
  ...G.couldFail,
  margin: `${ASYMPTOTIC_GLOSSARY.margin}; −Infinity when μ_(k−1) = 0 on the ray (0 is not Ω of a positive rate)`,
};

/**
 * The rates of Corollaries 3.6 and 3.7: λ_{r_k} = μ_{k−1} (Remark 3.4, r_k = Σ_{k′<k} N(d, k′) as both
 * corollaries define it) against the printed Ω(k^{−d−1}) (k ≫ d) and Ω(d^{−k+2}) (d ≫ k).
 * Along a ray, log(μ_{k−1}/rate) is decided by the asymptotic rule; a ray on which μ_{k−1} vanishes
 * (k − 1 odd ≥ 3) fails outright: 0 is not Ω of a positive rate.
 */
function rayCase(xs: number[], logRatio: number[], extra: Record<string, number | string>): CaseResult {
  const zero = logRatio.findIndex((l) => l === -Infinity);
  if (zero >= 0) return { measured: 0, bound: REFUTE_SLOPE, ok: false, decided: true, margin: -Infinity, extra: { ...extra, [ZERO_AT]: xs[zero]! } };
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
            kind: 'substantive' as const,
            evidence: 'for even k, λ_{r_k} = μ_{k−1} = 0 exactly (odd degree ≥ 3; closed form, quadrature in cao21.thm3.3.odd-zero), so (1 − Ω(k^{−d−1}))ᵀ cannot hold; restricted to odd k (k − 1 even, as Theorem 3.3’s rate is stated) the rate holds (cao21.cor3.6.rate.odd-k). Classed as cao21.remark3.4.* and cao21.abstract.lower-degree-easier are, for the same cause: the paper itself states μ_k = 0 for odd k ≥ 3 (L140, L192), so this is not a misprint of a formula its derivation gives but a derivation that overlooks its own zeros — the corollary goes through Remark 3.4’s λ_{r_k} = μ_{k−1} (itself refuted from k = 4) and Theorem 3.2, which needs λ_{r_k} strictly positive (L108); the repair narrows what is claimed ("for any integer k", L162) to odd k',
          },
        }
      : {}),
    domain: `d ∈ [1, 30]; k ${everyK ? 'of either parity' : 'odd'}, k ∈ [10(d + 1) − 1, 1000(d + 1)]`,
    rule: RULE,
    tolerance: 'slope thresholds of the asymptotic rule; closed-form eigenvalues accurate to ~1e−12 relative',
    glossary: {
      ...GLOSSARY,
      parity: 'parity of k along the ray (odd: k − 1 even, μ_(k−1) > 0; even: μ_(k−1) = 0 for k ≥ 4)',
      'first degree k₀': 'first k of the ray, ≈ 10(d + 1)',
      'slope of log(μ_(k−1)·k^(d+1)) in log k, last decade': `${LAST_DECADE_SLOPE}; 0 when μ_(k−1) vanishes on the ray`,
    },
    law: () => ({
      arbitrary: fc.record({ d: fc.integer({ min: 1, max: 30 }), parity: fc.constantFrom(...spec.parities) }),
      evaluate: ({ d, parity }) => {
        const ks = twoDecadeSweep(10 * (d + 1), 8, 'even').map((k) => (parity === 'odd' ? k - 1 : k));
        const logMu = reluNtk.logMercerEigenvalues(d, ks[ks.length - 1]!);
        return rayCase(ks, ks.map((k) => logMu[k - 1]! + (d + 1) * Math.log(k)), { 'first degree k₀': ks[0]! });
      },
      numRuns: { quick: 15, paper: 60 },
      measuredLabel: 'slope of log(μ_(k−1)·k^(d+1)) in log k, last decade',
      boundLabel: 'refuted at ≤',
      power: ASYMPTOTIC_POWER,
      finding: (cx, worst) =>
        cx.params[ZERO_AT] !== undefined
          ? `λ_{r_k} = μ_{k−1} = 0 for even k (shrunk: d = ${cx.params.d}, k = ${cx.params[ZERO_AT]}), so the rate 1 − Ω(k^{−d−1}) fails for every even k; worst drawn d = ${worst.params.d} (${worst.params.parity} k)`
          : `μ_{k−1}·k^{d+1} decays like k^{${Number(cx.measured).toFixed(2)}} at d = ${cx.params.d} (shrunk)`,
    }),
    present: () => {
      const chart: Chart = {
        id: 'cor36-ratio-k',
        title: `λ_(r_k)·k^(d+1) = μ_(k−1)·k^(d+1) against odd k, closed form (claimed: bounded away from 0)${everyK ? '; at even k ≥ 4 it is 0 (μ_(k−1) = 0) and cannot be drawn on the log axis' : ''}`,
        xLabel: 'index k (odd)',
        yLabel: 'μ_(k−1)·k^(d+1) (dimensionless)',
        xScale: 'log',
        yScale: 'log',
        series: [1, 2, 5, 10].map((d) => {
          const ks = twoDecadeSweep(10 * (d + 1), 8, 'even').map((k) => k - 1);
          const logMu = reluNtk.logMercerEigenvalues(d, ks[ks.length - 1]!);
          return { name: sphere(d), style: 'line' as const, points: ks.map((k) => [k, Math.exp(logMu[k - 1]! + (d + 1) * Math.log(k))] as const) };
        }),
      };
      return { charts: [chart] };
    },
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
    { text: 'd ≫ k: at fixed k, d → ∞ (d ∈ [10k, 1000k]); the Ω is uniform in d (the only reading in which d ≫ k says anything). Drawn on odd k ∈ [3, 21] (k − 1 even), the parity on which λ_{r_k} = μ_{k−1} is not 0; even k ≥ 4 give μ_{k−1} = 0 and fail a fortiori.', restsOn: 'L173, L178' },
    { text: 'k ≥ 3: the corollary applies Theorem 3.3’s d ≫ k rate μ_j = Ω(d^{−j+1}), stated for j = 2, 4, 6, … (L148), to λ_{r_k} = μ_{k−1}, so its own condition is k − 1 even ≥ 2. At k = 1 the printed rate 1 − Ω(d^{−k+2}) = 1 − Ω(d) is meaningless (below 0 for large d; λ ≤ κ(1) = 3/2), and its width poly(d^{k−2}) = poly(d^{−1}) likewise, so k = 1 is not in the domain. This is a reading, not a tuning: k = 1 was refuted too, and so is every drawn k ≥ 3 (the worst drawn case k = 15 was already in the domain).', restsOn: 'L148, L173–178' },
    ...COMMON,
  ],
  refutation: {
    kind: 'substantive',
    evidence: 'μ_{k−1}·d^{k−2} decays like d^{−1} along d → ∞ (slope −1.0; closed form, and the same d^{−k} decay of μ_k is confirmed by quadrature and the mpmath table in cao21.thm3.3.rate-d-large): λ_{r_k} ≍ d^{−k+1}, one power below the printed Ω(d^{−k+2}); it inherits Theorem 3.3’s exponent, itself one power short',
  },
  domain: 'odd k ∈ [3, 21]; d ∈ [10k, 1000k]',
  rule: RULE,
  tolerance: 'slope thresholds of the asymptotic rule; closed-form eigenvalues accurate to ~1e−12 relative',
  glossary: {
    ...GLOSSARY,
    k: 'odd index k (k − 1 even ≥ 2), 3 ≤ k ≤ 21: λ_(r_k) = μ_(k−1)',
    'first dimension d₀': 'first d of the sweep, 10k',
    'slope of log(μ_(k−1)·d^(k−2)) in log d, last decade': LAST_DECADE_SLOPE,
  },
  law: () => ({
    arbitrary: fc.record({ k: fc.integer({ min: 1, max: 10 }).map((j) => 2 * j + 1) }),
    evaluate: ({ k }) => {
      const ds = twoDecadeSweep(10 * k, 8);
      return rayCase(ds, ds.map((d) => reluNtk.logMercerEigenvalues(d, k)[k - 1]! + (k - 2) * Math.log(d)), { 'first dimension d₀': ds[0]! });
    },
    numRuns: { quick: 10, paper: 11 },
    measuredLabel: 'slope of log(μ_(k−1)·d^(k−2)) in log d, last decade',
    boundLabel: 'refuted at ≤',
    power: ASYMPTOTIC_POWER,
    finding: (cx, worst) =>
      `λ_{r_k}·d^{k−2} = μ_{k−1}·d^{k−2} decays like d^{${Number(cx.measured).toFixed(2)}} at k = ${cx.params.k} (shrunk), so the rate is 1 − Θ(d^{−k+1}), not 1 − Ω(d^{−k+2}); worst drawn slope ${Number(worst.measured).toFixed(2)} at k = ${worst.params.k}`,
  }),
  present: () => {
    const chart: Chart = {
      id: 'cor37-ratio-d',
      title: 'λ_(r_k)·d^(k−2) = μ_(k−1)·d^(k−2) against the sphere dimension d, closed form (claimed: bounded away from 0); dashed: c/d through the first point',
      xLabel: 'sphere dimension d',
      yLabel: 'μ_(k−1)·d^(k−2) (dimensionless)',
      xScale: 'log',
      yScale: 'log',
      series: [3, 5, 7].flatMap((k) => {
        const ds = twoDecadeSweep(10 * k, 8);
        const pts = ds.map((d) => [d, Math.exp(reluNtk.logMercerEigenvalues(d, k)[k - 1]! + (k - 2) * Math.log(d))] as const);
        const [d0, r0] = pts[0]!;
        return [
          { name: `k = ${k}`, thing: `k = ${k}`, style: 'line' as const, points: pts },
          { name: `k = ${k}: ∝ 1/d`, thing: `k = ${k}`, style: 'dashed' as const, points: ds.map((d) => [d, (r0 * d0) / d] as const) },
        ];
      }),
    };
    return { charts: [chart] };
  },
});
