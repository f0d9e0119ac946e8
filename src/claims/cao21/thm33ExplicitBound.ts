import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { reluNtk } from '../../kernels/arcCosine.js';
import type { Chart, Reading } from '../claim.js';
import { decideAsymptoticRatio, HOLD_SLOPE, REFUTE_SLOPE, twoDecadeSweep } from '../asymptoticRatio.js';
import { forAllClaim } from '../forAllClaim.js';
import { ASYMPTOTIC_POWER, asymptoticCase } from './asymptoticCase.js';
import { ASYMPTOTIC_GLOSSARY, LAST_DECADE_SLOPE, G } from './glossary.js';

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

export type Direction = 'k→∞' | 'd→∞' | 'k=d→∞';
const DIRECTIONS: Direction[] = ['k→∞', 'd→∞', 'k=d→∞'];

/** The ray of (d, k) pairs along a direction from a fixed base value, and log(μ_k / bound). */
function ray(direction: Direction, base: number): { xs: number[]; logRatio: number[] } {
  const xs = twoDecadeSweep(10 * base, 8, 'even');
  const pairs = xs.map((x) => (direction === 'k→∞' ? { d: base, k: x } : direction === 'd→∞' ? { d: x, k: base } : { d: x, k: x }));
  const logRatio = pairs.map(({ d, k }) => reluNtk.logMercerEigenvalues(d, k)[k]! - logExplicitBound(d, k));
  return { xs, logRatio };
}

const BRACES: Reading = {
  text: 'Repaired typo: the printed max{A, B}, C}) has unbalanced braces (the first line closes the max after two terms, the second line adds a third term and a second "}"); read as max{A, B, C} with C = d^{d+2}k^{k−2}(k+d)^{−k−d−1}. The other reading, max{A, B}, is no larger and along d → ∞ A ≍ C ≍ d^{1−k}, so it gives the same verdicts (properties/cao21/thm3.3.prop.ts).',
  restsOn: 'L143–146',
};
const EVEN: Reading = { text: 'k = 2j, j ∈ ℕ⁺: even k ≥ 2 only; μ_k under the uniform probability measure τ_d.', restsOn: 'L146, L148, L154' };

function explicitBoundClaim(spec: { id: string; readingName: string; uniform: boolean }) {
  const directions = spec.uniform ? DIRECTIONS : (['k→∞'] as Direction[]);
  return forAllClaim({
    id: spec.id,
    paper: 'cao21',
    printed: printed('cao21', 'thm3.3.explicit'),
    readingName: spec.readingName,
    reading: [
      BRACES,
      EVEN,
      spec.uniform
        ? { text: 'One constant over all (d, k): inf over even k ≥ 2 and d ≥ 1 of μ_k/max{…} > 0, as the theorem is stated for every d and k ("Specifically … when d ≫ k" derives the d-large rate from it); checked along rays to infinity in k, in d and in k = d.', restsOn: 'L143–148' }
        : { text: 'Fixed d: the constant of Ω may depend on d; at each d, liminf_{k→∞} μ_k/max{…} > 0 over even k (the ray k → ∞ only).', restsOn: 'L143–146' },
      { text: 'A finite ray decides by the asymptotic rule (src/claims/asymptoticRatio.ts): refuted only on a stable power-law decay of the ratio of at least x^{−1/2}.', restsOn: 'L143–146' },
    ],
    ...(spec.uniform
      ? {
          refutation: {
            kind: 'substantive' as const,
            evidence: 'along d → ∞ at fixed even k the ratio μ_k/max{…} decays like d^{−1} (slope −1.0; closed form, Funk–Hecke quadrature and the mpmath table agree), while d·μ_k/max{…} is bounded (properties/cao21/thm3.3.prop.ts); the fixed-d reading (k → ∞) holds, and the two-term reading of the braces gives the same decay',
          },
        }
      : {}),
    domain: spec.uniform
      ? 'rays to infinity in (d, k), k even: k → ∞ at fixed d ∈ [2, 20] even; d → ∞ at fixed even k ∈ [2, 20]; k = d → ∞ from an even base ∈ [2, 20]'
      : 'k → ∞ (even) at fixed even d ∈ [2, 20], k ∈ [10d, 1000d]',
    rule: `on each drawn ray fit the log-log slope of μ_k/max{…} over two decades: refuted when both slopes ≤ ${REFUTE_SLOPE} and agree within 25 %, holds when the last slope is ≥ 0, or ≥ ${HOLD_SLOPE} and not below the first, inconclusive otherwise`,
    tolerance: 'slope thresholds of the asymptotic rule (src/claims/asymptoticRatio.ts); closed-form eigenvalues accurate to ~1e−12 relative',
    glossary: {
      ...G.d,
      k: 'even degree of the eigenvalue',
      ...G.mu,
      'max{…}': 'the printed bound max{d^(d+1)k^(k−1)(k+d)^(−k−d), d^(d+1)k^k(k+d)^(−k−d−1), d^(d+2)k^(k−2)(k+d)^(−k−d−1)} (braces repaired)',
      'μ_k / max{…}': 'the ratio of μ_k to the printed bound: bounded away from 0 ⇔ the bound holds',
      direction: 'the ray drawn: k → ∞ at fixed d = base, d → ∞ at fixed k = base, or k = d → ∞',
      base: 'the fixed even value of the ray (d, k, or the start of k = d); the ray runs over [10·base, 1000·base]',
      'ray parameter': 'the variable that grows along the ray (k, d, or k = d)',
      ...ASYMPTOTIC_GLOSSARY,
      'slope of log(μ_k / max{…}) in log x, last decade': LAST_DECADE_SLOPE,
      ...G.couldFail,
    },
    law: () => ({
      arbitrary: fc.record({
        direction: fc.constantFrom(...directions),
        base: fc.integer({ min: 1, max: 10 }).map((j) => 2 * j),
      }),
      evaluate: ({ direction, base }) => {
        const { xs, logRatio } = ray(direction, base);
        return asymptoticCase(decideAsymptoticRatio(xs, logRatio));
      },
      numRuns: { quick: 20, paper: 60 },
      measuredLabel: 'slope of log(μ_k / max{…}) in log x, last decade',
      boundLabel: 'refuted at ≤',
      power: ASYMPTOTIC_POWER,
      finding: (cx, worst) =>
        `μ_k/max{…} decays like x^{${Number(cx.measured).toFixed(2)}} along ${cx.params.direction} from ${cx.params.base} (shrunk); worst drawn ray slope ${Number(worst.measured).toFixed(2)} (${worst.params.direction} from ${worst.params.base})`,
    }),
    present: (outcome) => {
      const refutingSlopes = outcome.measurements.rows.filter((r) => !r.ok).map((r) => -(r.measured as number));
      const chart: Chart = {
        id: 'explicit-bound-ratio',
        title: 'μ_k / max{…} along rays to infinity from 2, closed form (claimed: bounded away from 0)',
        xLabel: 'ray parameter x (k, d, or k = d)',
        yLabel: 'μ_k / max{…} (dimensionless)',
        xScale: 'log',
        yScale: 'log',
        series: directions.map((direction) => {
          const { xs, logRatio } = ray(direction, 2);
          return { name: direction === 'k→∞' ? 'k → ∞ at d = 2' : direction === 'd→∞' ? 'd → ∞ at k = 2' : 'k = d → ∞ from 2', style: 'line' as const, points: xs.map((x, i) => [x, Math.exp(logRatio[i]!)] as const) };
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
}

/** Theorem 3.3's explicit bound with one constant for all (d, k). */
export const thm33ExplicitBound = explicitBoundClaim({ id: 'cao21.thm3.3.explicit-bound', readingName: 'uniform in (d, k)', uniform: true });
/** Theorem 3.3's explicit bound with a constant that may depend on d (k → ∞). */
export const thm33ExplicitBoundFixedD = explicitBoundClaim({ id: 'cao21.thm3.3.explicit-bound.fixed-d', readingName: 'fixed d', uniform: false });
