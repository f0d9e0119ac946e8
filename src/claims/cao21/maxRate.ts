import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { reluNtk } from '../../kernels/arcCosine.js';
import type { Reading } from '../claim.js';
import { decideAsymptoticRatio, HOLD_SLOPE, REFUTE_SLOPE, twoDecadeSweep } from '../asymptoticRatio.js';
import { forAllClaim } from '../forAllClaim.js';
import { asymptoticCase, ASYMPTOTIC_POWER } from './asymptoticCase.js';

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
      kind: spec.everyK ? 'typo' : 'substantive',
      evidence: spec.everyK
        ? 'fails at every odd k ≥ 3 where μ_k = 0 (Theorem 3.3 itself restricts the rate to k = 2j); on even k it fails along d → ∞ like cao21.remark3.5.max-rate (μ_k·d^{k−1} ≍ d^{−1})'
        : 'along d → ∞ at fixed even k, μ_k·d^{k−1} ≍ d^{−1} (closed form; quadrature and mpmath in cao21.thm3.3.rate-d-large); along k → ∞ at fixed d the k^{−d−1} part holds (cao21.thm3.3.rate-k-large)',
    },
    domain: `rays: k → ∞ at fixed d ∈ [1, 20] (k ∈ [10(d + 1), 1000(d + 1)]) or d → ∞ at fixed k ∈ [1, 20] (d ∈ [10k, 1000k]); k ${spec.everyK ? 'of either parity' : 'even'}`,
    rule: `along each ray fit the log-log slope of μ_k/max{k^{−d−1}, d^{−k+1}} over two decades: refuted when both slopes ≤ ${REFUTE_SLOPE} and agree within 25 %, or when μ_k = 0 on the ray; holds when the last slope is ≥ 0, or ≥ ${HOLD_SLOPE} and not below the first; inconclusive otherwise`,
    tolerance: 'slope thresholds of the asymptotic rule; closed-form eigenvalues accurate to ~1e−12 relative',
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
        if (zero >= 0) return { measured: 0, bound: REFUTE_SLOPE, ok: false, decided: true, margin: -Infinity, extra: { 'μ_k = 0 at k': pairs[zero]!.k } };
        return asymptoticCase(decideAsymptoticRatio(xs, logRatio));
      },
      numRuns: { quick: 20, paper: 80 },
      measuredLabel: 'slope of log(μ_k / max{k^{−d−1}, d^{−k+1}}) along the ray, last decade (0: μ_k vanishes)',
      boundLabel: 'refuted at ≤',
      power: ASYMPTOTIC_POWER,
      finding: (cx, worst) =>
        cx.params['μ_k = 0 at k'] !== undefined
          ? `μ_k = 0 at k = ${cx.params['μ_k = 0 at k']} (${cx.params.direction} from ${cx.params.base}, shrunk): not Ω of a positive rate; worst drawn ${worst.params.direction} from ${worst.params.base}`
          : `μ_k/max{k^{−d−1}, d^{−k+1}} decays like x^{${Number(cx.measured).toFixed(2)}} along ${cx.params.direction} from ${cx.params.base} (shrunk); worst drawn slope ${Number(worst.measured).toFixed(2)} (${worst.params.direction} from ${worst.params.base})`,
    }),
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
  reading: { text: 'No parity is printed; read with Theorem 3.3’s k = 2, 4, 6, … (the remark restates its rates).', restsOn: 'L148, L156' },
});
