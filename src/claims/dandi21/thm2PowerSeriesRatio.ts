import fc from 'fast-check';
import { ACTIVATION_NAMES, type ActivationName } from '../../activations/activation.js';
import { activationByName } from '../../activations/activationByName.js';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { twoLayerPowerSeries } from '../../layerwise/twoLayerPowerSeries.js';
import type { CaseResult } from '../checkForAll.js';
import { forAllClaim } from '../forAllClaim.js';
import type { Chart, ChartSeries } from '../claim.js';
import { reluKernelTaylor } from './reluKernelTaylor.js';
import { ACTIVATION_TERMS, HERMITE_TERMS } from './glossaryTerms.js';

interface Case extends Record<string, string | number> {
  activation: ActivationName;
  i: number;
}

const MAX_DEGREE = 40;
const show = (v: number) => Number(v.toPrecision(5));

/**
 * Theorem 2's ratio r(i) = c⁽⁰⁾_i/c⁽¹⁾_i of the degree-i Taylor coefficients of the two layer-wise kernels
 * κ⁽⁰⁾(u) = u·ψ₁(u) (first layer, eq. (8)) and κ⁽¹⁾(u) = ψ₀(u) (second layer, eq. (9)), from Lemma 1
 * with orthonormal coefficients (`twoLayerPowerSeries`: c⁽⁰⁾_i = h'²_{i−1}, c⁽¹⁾_i = h_i², σ and σ'
 * coefficients computed separately), with its error bound; for relu also from the closed-form Taylor
 * series (`reluKernelTaylor`), a route with no Hermite coefficient at all.
 */
export function thm2Case({ activation, i }: Case): CaseResult {
  const series = twoLayerPowerSeries(activationByName(activation));
  const claimed = i * i;
  if (series.first.vanishes(i) && series.second.vanishes(i)) {
    return { measured: 'both vanish', bound: claimed, ok: true, decided: false, margin: 0, extra: { status: 'both vanish by the symmetry of σ' } };
  }
  const [c1, c2] = [series.first.coefficients[i]!, series.second.coefficients[i]!];
  const ratio = c1 / c2;
  const error = (series.first.coefficientError[i]! + ratio * series.second.coefficientError[i]!) / c2 + 4 * Number.EPSILON * ratio;
  const gap = Math.abs(ratio - claimed);
  const closed = activation === 'relu' ? reluKernelTaylor(i) : undefined;
  return {
    measured: ratio,
    bound: claimed,
    ok: gap <= error,
    // A false r(i) = i² would most plausibly be r(i) = i (one consistent convention): decided when i² − i exceeds the error.
    decided: claimed - i > error,
    margin: claimed === 0 ? error - gap : (error - gap) / claimed,
    extra: { 'error bound': error, 'r(i)/i': ratio / i, ...(closed ? { 'r(i), relu closed form': closed[0] / closed[1] } : {}) },
  };
}

export const thm2PowerSeriesRatio = forAllClaim<Case>({
  id: 'dandi21.thm2.power-series-ratio',
  paper: 'dandi21',
  printed: printed('dandi21', 'thm2'),
  reading: [
    { text: '"the Kernels corresponding to layers 1 and 2" are κ⁽⁰⁾ = ⟨x, x′⟩ψ₁ (eq. (8), weights w, the first layer) and κ⁽¹⁾ = ψ₀ (eq. (9), weights v): the layers numbered 0, 1 in eqs. (8)–(9) are called 1, 2 here and in Corollary 1.', restsOn: 'L138–140, L182, L226' },
    { text: '"the coefficients for the i-th degree term in the power series expansion for the Kernels" are the Taylor coefficients c_i of κ⁽⁰⁾(u) and κ⁽¹⁾(u) in u = ⟨x, x′⟩ — unique, whatever Hermite convention computes them; r(i) = c⁽⁰⁾_i/c⁽¹⁾_i.', restsOn: 'L178, L182' },
    { text: 'The coefficients are computed by Lemma 1 with orthonormal Hermite coefficients (the reading under which Lemma 1 holds: dandi21.lemma1.hermite-correlation.orthonormal) from σ and σ\' separately, and for relu also from the closed-form Taylor series of its kernels (arcsin series), which uses no Hermite coefficient.', restsOn: 'L154–164' },
    { text: 'Degrees where both coefficients vanish by the symmetry of σ (relu odd i ≥ 3; tanh, erf even i) have no ratio and are skipped; i = 0 (c⁽⁰⁾_0 = 0 = i²·c⁽¹⁾_0) and i = 1 (i² = i) decide nothing.', restsOn: 'L182' },
  ],
  refutation: {
    kind: 'substantive',
    evidence: 'r(i) = i, not i², under either consistent convention: measured |r(i)/i − 1| ≤ 3e−8 for every activation and i ≤ 40 (orthonormal Hermite route, error bounds ≤ 5e−5), and r(i) = i to 2e−15 for relu from the closed-form Taylor series (no Hermite coefficient); not a convention conflict (no convention gives i²) and not a typo (the paper\'s derivation does produce i²): the i² of eq. (17) comes from inserting eq. (16)\'s monic identity a\'_{i−1} = i·a_i into Lemma 1\'s orthonormal expansion (eq. (17), second line) — with orthonormal coefficients the identity is h\'_{i−1} = √i·h_i, with monic ones the kernel coefficient is i!·a_i²; neither gives i²',
  },
  glossary: {
    'r(i) = c⁽⁰⁾_i / c⁽¹⁾_i': 'ratio of the degree-i Taylor coefficients c⁽⁰⁾_i of κ⁽⁰⁾ = u·ψ₁(u) and c⁽¹⁾_i of κ⁽¹⁾ = ψ₀(u)',
    ...ACTIVATION_TERMS,
    ...HERMITE_TERMS,
    i: 'degree of the Taylor coefficient',
    'r(i)': 'ratio c⁽⁰⁾_i/c⁽¹⁾_i of the degree-i Taylor coefficients of κ⁽⁰⁾ = u·ψ₁(u) and κ⁽¹⁾ = ψ₀(u); claimed i²',
    status: 'set when both coefficients vanish by the symmetry of σ (the degree decides nothing)',
    'error bound': 'propagated error of r(i) from the Hermite coefficients\' errors',
    'r(i)/i': 'r(i) divided by i: 1 when the ratio is i rather than i²',
    'r(i), relu closed form': 'the same ratio from relu\'s closed-form Taylor coefficients (independent route)',
  },
  domain: `σ ∈ {${ACTIVATION_NAMES.join(', ')}}; degree i ∈ [0, ${MAX_DEGREE}]`,
  rule: 'per case: r(i) = i² within the ratio\'s error bound; refuted when some case differs by more',
  tolerance: 'propagated coefficient errors: (Δc⁽⁰⁾ + r·Δc⁽¹⁾)/c⁽¹⁾ with Δc = 2|h|δ + δ² + ε·h², δ = 385ε‖f‖ (trapezoidal Hermite sums), + 4ε·r for the division',
  law: () => ({
    arbitrary: fc.record({ activation: fc.constantFrom(...ACTIVATION_NAMES), i: fc.integer({ min: 0, max: MAX_DEGREE }) }),
    evaluate: thm2Case,
    numRuns: { quick: 60, paper: 240 },
    measuredLabel: 'r(i) = c⁽⁰⁾_i / c⁽¹⁾_i',
    boundLabel: 'claimed i²',
    power: {
      reference: 'r(i) = i (the ratio under one consistent Hermite convention): decided when i² − i exceeds the error bound',
      marginLabel: '(error bound − |r(i) − i²|)/i², relative to the claimed value; negative when violated',
    },
    finding: (cx, worst) =>
      `r(i) = ${show(cx.measured as number)} ≠ i² = ${cx.bound} for ${cx.params.activation} at i = ${cx.params.i} (shrunk; error bound ${show(cx.params['error bound'] as number)}); ` +
      `worst drawn case r(i) = ${show(worst.measured as number)} against i² = ${worst.bound} (${worst.params.activation}, i = ${worst.params.i}), r(i)/i = ${show(worst.params['r(i)/i'] as number)}`,
  }),
  present: (outcome) => {
    const charts = [ratioChart()];
    if (outcome.verdict !== 'refuted') return { charts };
    let worst = 0;
    for (const activation of ACTIVATION_NAMES) {
      for (let i = 1; i <= MAX_DEGREE; i++) {
        const r = thm2Case({ activation, i });
        if (typeof r.measured === 'number') worst = Math.max(worst, Math.abs((r.measured as number) / i - 1));
      }
    }
    let relu = 0;
    for (let i = 2; i <= MAX_DEGREE; i += 2) {
      const [c1, c2] = reluKernelTaylor(i);
      relu = Math.max(relu, Math.abs(c1 / c2 / i - 1));
    }
    return {
      charts,
      tightest: {
        statement: `measured: r(i) = i for every σ and i ≤ ${MAX_DEGREE} with a non-vanishing coefficient (max |r(i)/i − 1| = ${worst.toExponential(1)} on the Hermite route; relu's closed-form Taylor coefficients give max |r(i)/i − 1| = ${relu.toExponential(1)})`,
        value: worst,
      },
    };
  },
});

/** r(i) against i for every activation and degree 1..MAX_DEGREE (vanishing degrees left out), with i² and i. */
function ratioChart(): Chart {
  const degrees = Array.from({ length: MAX_DEGREE }, (_, k) => k + 1);
  const series: ChartSeries[] = ACTIVATION_NAMES.map((activation) => ({
    name: activation,
    style: 'points' as const,
    points: degrees.flatMap((i) => {
      const r = thm2Case({ activation, i }).measured;
      return typeof r === 'number' && Number.isFinite(r) && r > 0 ? [[i, r] as const] : [];
    }),
  }));
  series.push({ name: 'claimed i²', style: 'bound', points: degrees.map((i) => [i, i * i] as const) });
  series.push({ name: 'i', style: 'bound', points: degrees.map((i) => [i, i] as const) });
  return {
    id: 'taylor-ratio',
    title: `Theorem 2: ratio r(i) of the degree-i Taylor coefficients of the first- and second-layer kernels against i, i = 1..${MAX_DEGREE} (degrees where both vanish by the symmetry of σ left out)`,
    xLabel: 'degree i',
    yLabel: 'r(i)',
    xScale: 'log',
    yScale: 'log',
    xInteger: true,
    series,
  };
}
