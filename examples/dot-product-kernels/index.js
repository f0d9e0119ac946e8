// Example claim pack: the abstract of Smola, Óvári & Williamson (NIPS 2000) on dot-product kernels,
// checked with spectral-conformance's public API under its two defensible readings.
import { readFileSync } from 'node:fs';
import { fc, forAllClaim, funkHecke, printedIn } from 'spectral-conformance';

const catalogue = JSON.parse(readFileSync(new URL('./catalogue.json', import.meta.url), 'utf8'));
const printed = printedIn(catalogue, 'abstract.analytic-nonnegative');

/**
 * A polynomial dot-product kernel k(t) = Σ_j a_j t^j (analytic) with a_j = 1 except one negative
 * coefficient a_n = −c. Its Mercer eigenvalues on S^d are those of the degrees 0..p (higher ones vanish).
 */
const kernel = (coefficients) => (t) => coefficients.reduce((s, a, j) => s + a * t ** j, 0);

/** Mercer eigenvalues μ_0..μ_p of k on S^d by Funk–Hecke quadrature, with the quadrature's error bound. */
function spectrum(coefficients, d) {
  const q = funkHecke(kernel(coefficients), d, coefficients.length - 1);
  return Array.from(q.values, (mu, k) => ({ mu, bound: q.errorEstimate[k] + q.roundingBound[k] }));
}

const negativeKernel = fc
  .record({ degree: fc.integer({ min: 2, max: 5 }), n: fc.integer({ min: 1, max: 5 }), c: fc.double({ min: 0.01, max: 1, noNaN: true }) })
  .filter(({ degree, n }) => n <= degree)
  .map(({ degree, n, c }) => ({ degree, n, c, coefficients: Array.from({ length: degree + 1 }, (_, j) => (j === n ? -c : 1)) }));

/**
 * Reading "one sphere": on S^d for the drawn d, the kernel with a negative coefficient violates Mercer's
 * condition — some μ_k < 0. A case is violated when every μ_k is positive beyond its error bound.
 */
export const oneSphere = forAllClaim({
  id: 'sow00.analytic-nonnegative.one-sphere',
  paper: 'sow00',
  printed,
  readingName: 'on one sphere S^d',
  reading: [
    { text: '"Mercer\'s condition" on the unit sphere S^d of one fixed dimension d (inputs x, y of norm 1, so k(x . y) is a function of t = x·y ∈ [−1, 1]), uniform probability measure.', restsOn: 'L5' },
    { text: '"have to be nonnegative": a kernel with a negative Taylor coefficient has a negative Mercer eigenvalue on that sphere.', restsOn: 'L6' },
  ],
  refutation: { kind: 'substantive', evidence: 'on a fixed low-dimensional sphere a negative Taylor coefficient can be outweighed (e.g. on the circle); the reading over every dimension holds' },
  domain: 'polynomial kernels Σ_j a_j t^j of degree 2..5 with a_j = 1 except a_n = −c, c ∈ [0.01, 1]; sphere dimension d ∈ [1, 20]',
  rule: 'a case is violated when min_k μ_k − bound_k > 0 (the kernel satisfies Mercer\'s condition on S^d)',
  tolerance: 'quadrature error estimate + rounding bound per eigenvalue',
  law: () => ({
    arbitrary: fc.record({ k: negativeKernel, d: fc.integer({ min: 1, max: 20 }) }).map(({ k, d }) => ({ degree: k.degree, n: k.n, c: k.c, d })),
    evaluate: ({ degree, n, c, d }) => {
      const coefficients = Array.from({ length: degree + 1 }, (_, j) => (j === n ? -c : 1));
      const spec = spectrum(coefficients, d);
      const low = spec.reduce((m, e) => (e.mu < m.mu ? e : m));
      const positive = low.mu - low.bound > 0;
      return { measured: low.mu, bound: low.bound, ok: !positive, decided: Math.abs(low.mu) > low.bound, margin: positive ? -Math.log10(low.mu / low.bound) : Math.log10(Math.abs(low.mu) / low.bound) };
    },
    numRuns: { quick: 30, paper: 300 },
    measuredLabel: 'min_k μ_k on S^d',
    boundLabel: 'its quadrature error bound',
    power: { reference: 'an eigenvalue of zero (the kernel on the edge of Mercer\'s condition)', marginLabel: 'log10(|min μ_k| / bound), negative when the kernel satisfies Mercer\'s condition' },
  }),
});

/**
 * Reading "every sphere" (Schoenberg): a kernel that satisfies Mercer's condition on S^d for every d
 * has a_j ≥ 0; so a negative a_n must show as μ_n < 0 on some S^d. Measured: the smallest d ≤ 4096
 * (doubling from 1) where μ_n < −bound; violated when there is none.
 */
export const everySphere = forAllClaim({
  id: 'sow00.analytic-nonnegative.every-sphere',
  paper: 'sow00',
  printed,
  readingName: 'on spheres of every dimension',
  reading: [
    { text: '"Mercer\'s condition" on the unit spheres of every dimension d (the kernel is used on inputs of any dimension), uniform probability measures.', restsOn: 'L5' },
    { text: '"have to be nonnegative": a kernel with a negative Taylor coefficient a_n has μ_n < 0 on S^d for some d; searched over d = 1, 2, 4, …, 4096.', restsOn: 'L6' },
  ],
  domain: 'polynomial kernels Σ_j a_j t^j of degree 2..5 with a_j = 1 except a_n = −c, c ∈ [0.01, 1]',
  rule: 'a case holds when μ_n < −bound on some S^d, d = 2^i ≤ 4096; violated when μ_n ≥ −bound on all of them',
  tolerance: 'quadrature error estimate + rounding bound of μ_n',
  law: () => ({
    arbitrary: negativeKernel.map(({ degree, n, c }) => ({ degree, n, c })),
    evaluate: ({ degree, n, c }) => {
      const coefficients = Array.from({ length: degree + 1 }, (_, j) => (j === n ? -c : 1));
      let found = { d: 0, mu: Infinity, bound: 0 };
      for (let d = 1; d <= 4096; d *= 2) {
        const e = spectrum(coefficients, d)[n];
        if (e.mu < -e.bound) {
          found = { d, ...e };
          break;
        }
      }
      const ok = found.d > 0;
      return { measured: ok ? found.mu : Number.NaN, bound: ok ? -found.bound : null, ok, decided: true, margin: ok ? Math.log10(-found.mu / found.bound) : -1, extra: { 'first d with μ_n < 0': found.d } };
    },
    numRuns: { quick: 30, paper: 300 },
    measuredLabel: 'μ_n at the first such d',
    boundLabel: 'minus its error bound',
    power: { reference: 'μ_n ≥ 0 on every sphere searched (the statement false)', marginLabel: 'log10(|μ_n| / bound) at the first d where μ_n < −bound' },
  }),
});

export const claims = [oneSphere, everySphere];
export const catalogues = [catalogue];
