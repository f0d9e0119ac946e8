import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { reluNtk } from '../../kernels/arcCosine.js';
import type { Chart, Reading } from '../claim.js';
import { decideAsymptoticRatio, HOLD_SLOPE, REFUTE_SLOPE, twoDecadeSweep } from '../asymptoticRatio.js';
import { forAllClaim } from '../forAllClaim.js';
import { asymptoticCase, ASYMPTOTIC_POWER } from './asymptoticCase.js';
import { ASYMPTOTIC_GLOSSARY, LAST_DECADE_SLOPE, G } from './glossary.js';

const ZERO_AT = 'degree k where μ_k = 0';

/**
 * μ_k = Ω(max{k^{−d−1}, d^{−k+1}}) with one constant (the introduction's and Remark 3.5's summary of
 * Theorem 3.3), along rays k → ∞ at fixed d and d → ∞ at fixed k. A ray meeting μ_k = 0 fails
 * outright (0 is not Ω of a positive rate).
 */
function logMaxRate(d: number, k: number): number {
  return Math.max(-(d + 1) * Math.log(k), -(k - 1) * Math.log(d));
}

function maxRateClaim(spec: { id: string; key: string; everyK: boolean; reading: Reading }) {
  return forAllClaim({
    id: spec.id,
    paper: 'cao21',
    printed: printed('cao21', spec.key),
    reading: [
      spec.reading,
      { text: 'One constant for all (d, k) (the statement is set against Bietti and Mairal’s bound "when d ≫ k", so d grows); checked along rays k → ∞ at fixed d and d → ∞ at fixed k, by the asymptotic rule (src/claims/asymptoticRatio.ts); τ_d the uniform probability measure.', restsOn: 'L32, L156' },
    ],
    refutation: {
      kind: 'substantive',
      evidence: spec.everyK
        ? 'fails at every odd k ≥ 3 where μ_k = 0 (Theorem 3.3 restricts the rate to k = 2j, L146–148; the overlooked zero odd eigenvalues the paper itself states at L140 and L192, classed substantive as in cao21.cor3.6.rate and cao21.remark3.4.*) — and with k restricted to even k it still fails: along d → ∞ at fixed even k, μ_k·d^{k−1} ≍ d^{−1} (slope −0.99; closed form, quadrature and mpmath in cao21.thm3.3.rate-d-large; the even-k reading cao21.remark3.5.max-rate is refuted on this ray), so the d^{−k+1} branch is one power too slow whatever the parity'
        : 'along d → ∞ at fixed even k, μ_k·d^{k−1} ≍ d^{−1} (closed form; quadrature and mpmath in cao21.thm3.3.rate-d-large); along k → ∞ at fixed d the k^{−d−1} part holds (cao21.thm3.3.rate-k-large)',
    },
    domain: `rays: k → ∞ at fixed d ∈ [1, 20] (k ∈ [10(d + 1), 1000(d + 1)]) or d → ∞ at fixed k ∈ [1, 20] (d ∈ [10k, 1000k]); k ${spec.everyK ? 'of either parity' : 'even'}`,
    rule: `along each ray fit the log-log slope of μ_k/max{k^{−d−1}, d^{−k+1}} over two decades: refuted when both slopes ≤ ${REFUTE_SLOPE} and agree within 25 %, or when μ_k = 0 on the ray; holds when the last slope is ≥ 0, or ≥ ${HOLD_SLOPE} and not below the first; inconclusive otherwise`,
    tolerance: 'slope thresholds of the asymptotic rule; closed-form eigenvalues accurate to ~1e−12 relative',
    glossary: {
      ...G.d,
      ...G.k,
      ...G.mu,
      'Ω(max{k^(−d−1), d^(−k+1)})': 'bounded below by c·max{k^(−d−1), d^(−k+1)}, one constant c > 0 for all (d, k)',
      direction: 'the ray drawn: k → ∞ at fixed d = base, or d → ∞ at fixed k = base',
      base: 'the fixed value of the ray (d for k → ∞, k for d → ∞)',
      ...ASYMPTOTIC_GLOSSARY,
      'slope of log(μ_k / rate) in log x, last decade': `${LAST_DECADE_SLOPE}; rate = max{k^(−d−1), d^(−k+1)}, x = k or d; 0 when μ_k vanishes on the ray`,
      [ZERO_AT]: 'the first degree on the ray with μ_k = 0 (odd k ≥ 3): the case fails outright; empty when none',
      ...G.couldFail,
      margin: `${ASYMPTOTIC_GLOSSARY.margin}; −Infinity when μ_k = 0 on the ray (0 is not Ω of a positive rate)`,
    },
    law: () => ({
      arbitrary: fc.record({
        direction: fc.constantFrom('k→∞', 'd→∞'),
        base: spec.everyK ? fc.integer({ min: 1, max: 20 }) : fc.integer({ min: 1, max: 10 }).map((j) => 2 * j),
      }),
      evaluate: ({ direction, base }) => {
        const xs = direction === 'k→∞' ? twoDecadeSweep(10 * (base + 1), 8, spec.everyK ? 'any' : 'even') : twoDecadeSweep(10 * base, 8);
        const pairs = xs.map((x) => (direction === 'k→∞' ? { d: base, k: x } : { d: x, k: base }));
        const logRatio = pairs.map(({ d, k }) => reluNtk.logMercerEigenvalues(d, k)[k]! - logMaxRate(d, k));
        const zero = logRatio.findIndex((l) => l === -Infinity);
        if (zero >= 0) return { measured: 0, bound: REFUTE_SLOPE, ok: false, decided: true, margin: -Infinity, extra: { [ZERO_AT]: pairs[zero]!.k } };
        return asymptoticCase(decideAsymptoticRatio(xs, logRatio));
      },
      numRuns: { quick: 20, paper: 80 },
      measuredLabel: 'slope of log(μ_k / rate) in log x, last decade',
      boundLabel: 'refuted at ≤',
      power: ASYMPTOTIC_POWER,
      finding: (cx, worst) =>
        cx.params[ZERO_AT] !== undefined
          ? `μ_k = 0 at k = ${cx.params[ZERO_AT]} (${cx.params.direction} from ${cx.params.base}, shrunk): not Ω of a positive rate; worst drawn ${worst.params.direction} from ${worst.params.base}`
          : `μ_k/max{k^{−d−1}, d^{−k+1}} decays like x^{${Number(cx.measured).toFixed(2)}} along ${cx.params.direction} from ${cx.params.base} (shrunk); worst drawn slope ${Number(worst.measured).toFixed(2)} (${worst.params.direction} from ${worst.params.base})`,
    }),
    present: () => {
      const rays = [
        { name: 'k → ∞ at d = 2 (even k)', xs: twoDecadeSweep(30, 8, 'even'), pair: (x: number) => ({ d: 2, k: x }) },
        { name: 'd → ∞ at k = 2', xs: twoDecadeSweep(20, 8), pair: (x: number) => ({ d: x, k: 2 }) },
        { name: 'd → ∞ at k = 4', xs: twoDecadeSweep(40, 8), pair: (x: number) => ({ d: x, k: 4 }) },
      ];
      const chart: Chart = {
        id: 'max-rate-rays',
        title: `μ_k / max{k^(−d−1), d^(−k+1)} along rays to infinity, closed form (claimed: bounded away from 0)${spec.everyK ? '; at odd k ≥ 3 μ_k = 0 (not drawn on the log axis)' : ''}`,
        xLabel: 'ray parameter x (k or d)',
        yLabel: 'μ_k / max{k^(−d−1), d^(−k+1)}',
        xScale: 'log',
        yScale: 'log',
        series: rays.map((ray) => ({
          name: ray.name,
          style: 'line' as const,
          points: ray.xs.map((x) => {
            const { d, k } = ray.pair(x);
            return [x, Math.exp(reluNtk.logMercerEigenvalues(d, k)[k]! - logMaxRate(d, k))] as const;
          }),
        })),
      };
      return { charts: [chart] };
    },
  });
}

/** Contribution 3 of the introduction: every k ≥ 1 (k = 0 makes k^{−d−1} infinite). */
export const introMaxRate = maxRateClaim({
  id: 'cao21.intro.max-rate',
  key: 'intro.contribution3',
  everyK: true,
  reading: { text: '"k ⩾ 0" taken as printed, every parity; k = 0 is left out because 0^{−d−1} is infinite (read as k ≥ 1).', restsOn: 'L32' },
});
/** Remark 3.5's summary: even k, as Theorem 3.3 states its rates. */
export const remark35MaxRate = maxRateClaim({
  id: 'cao21.remark3.5.max-rate',
  key: 'remark3.5',
  everyK: false,
  reading: { text: 'No parity is printed; read with Theorem 3.3’s k = 2, 4, 6, … (the remark restates its rates). "This is better when d ≫ k" (than Bietti and Mairal’s Ω(k^{−d−1})) is not a separate inequality: max{k^{−d−1}, d^{−k+1}} ≥ k^{−d−1} always, and it exceeds it exactly where d^{−k+1} > k^{−d−1}, i.e. when d ≫ k; the improvement therefore stands or falls with the d^{−k+1} branch, which the d → ∞ rays at fixed even k check (the same ray as cao21.thm3.3.rate-d-large).', restsOn: 'L148, L156' },
});
