import fc from 'fast-check';
import { reluNtk } from '../../kernels/arcCosine.js';
import type { Chart } from '../claim.js';
import { decideAsymptoticRatio, HOLD_SLOPE, REFUTE_SLOPE, twoDecadeSweep } from '../asymptoticRatio.js';
import { forAllClaim } from '../forAllClaim.js';

/**
 * log max{d^{d+1}k^{k−1}(k+d)^{−k−d}, d^{d+1}k^k(k+d)^{−k−d−1}, d^{d+2}k^{k−2}(k+d)^{−k−d−1}}.
 * The printed formula has unbalanced braces; we read it as the maximum of these three terms (the only
 * reading in which every exponent is used once).
 */
export function logExplicitBound(d: number, k: number): number {
  const ld = Math.log(d);
  const lk = Math.log(k);
  const ls = Math.log(k + d);
  return Math.max(
    (d + 1) * ld + (k - 1) * lk - (k + d) * ls,
    (d + 1) * ld + k * lk - (k + d + 1) * ls,
    (d + 2) * ld + (k - 2) * lk - (k + d + 1) * ls,
  );
}

type Direction = 'k→∞' | 'd→∞' | 'k=d→∞';
const DIRECTIONS: Direction[] = ['k→∞', 'd→∞', 'k=d→∞'];

/** The ray of (d, k) pairs along a direction from a fixed base value, and log(μ_k / bound). */
function ray(direction: Direction, base: number): { xs: number[]; logRatio: number[] } {
  const xs = twoDecadeSweep(10 * base, 8, 'even');
  const pairs = xs.map((x) => (direction === 'k→∞' ? { d: base, k: x } : direction === 'd→∞' ? { d: x, k: base } : { d: x, k: x }));
  const logRatio = pairs.map(({ d, k }) => reluNtk.logMercerEigenvalues(d, k)[k]! - logExplicitBound(d, k));
  return { xs, logRatio };
}

export const thm33ExplicitBound = forAllClaim({
  id: 'cao21.thm3.3.explicit-bound',
  paper: 'cao21',
  section: '§3.2, Theorem 3.3',
  statement:
    'μ_k = Ω(max{d^{d+1}k^{k−1}(k+d)^{−k−d}, d^{d+1}k^k(k+d)^{−k−d−1}, d^{d+2}k^{k−2}(k+d)^{−k−d−1}}), k = 2j',
  domain: 'rays to infinity in (d, k), k even: k → ∞ at fixed d ∈ [1, 20]; d → ∞ at fixed even k ∈ [2, 20]; k = d → ∞ from an even base ∈ [2, 20]',
  rule: `the claim (one constant for the whole domain) holds iff inf μ_k/max{…} > 0; on each drawn ray fit the log-log slope of the ratio over two decades: refuted when both slopes ≤ ${REFUTE_SLOPE} and agree within 25 %, holds when the last slope is ≥ 0, or ≥ ${HOLD_SLOPE} and not below the first, inconclusive otherwise`,
  tolerance: 'slope thresholds of the asymptotic rule (src/claims/asymptoticRatio.ts); closed-form eigenvalues accurate to ~1e−12 relative',
  law: () => ({
      arbitrary: fc.record({
        direction: fc.constantFrom(...DIRECTIONS),
        base: fc.integer({ min: 1, max: 10 }).map((j) => 2 * j),
      }),
      evaluate: ({ direction, base }) => {
        const { xs, logRatio } = ray(direction, base);
        const v = decideAsymptoticRatio(xs, logRatio);
        return {
          measured: v.lastSlope,
          bound: REFUTE_SLOPE,
          ok: v.decision !== 'refuted',
          inconclusive: v.decision === 'inconclusive',
          extra: { firstSlope: v.firstSlope },
        };
      },
      numRuns: { quick: 20, paper: 60 },
      measuredLabel: 'slope of log(μ_k / max{…}) along the ray, last decade',
      boundLabel: 'refuted at ≤',
  }),
  present: (outcome) => {
    const refutingSlopes = outcome.measurements.rows.filter((r) => !r.ok).map((r) => -(r.measured as number));
    const chart: Chart = {
      id: 'explicit-bound-ratio',
      title: 'μ_k / max{…} along rays to infinity (claimed bounded away from 0)',
      xLabel: 'ray parameter (k, d or k = d)',
      yLabel: 'μ_k / max{…}',
      xScale: 'log',
      yScale: 'log',
      series: DIRECTIONS.map((direction) => {
        const { xs, logRatio } = ray(direction, 2);
        return { name: `${direction} from 2`, style: 'line' as const, points: xs.map((x, i) => [x, Math.exp(logRatio[i]!)] as const) };
      }),
    };
    return {
      charts: [chart],
      ...(refutingSlopes.length > 0
        ? {
            tightest: {
              statement: `measured: along the refuting rays μ_k/max{…} decays like (ray parameter)^{−a} with a up to ${Math.max(...refutingSlopes).toFixed(3)}; the bound holds only after dividing it by that power`,
              value: Math.max(...refutingSlopes),
            },
          }
        : {}),
    };
  },
});
