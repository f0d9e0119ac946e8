import fc from 'fast-check';
import { ACTIVATION_NAMES, type Activation, type ActivationName } from '../../activations/activation.js';
import { activationByName } from '../../activations/activationByName.js';
import { hermiteByQuadrature } from '../../activations/hermiteByQuadrature.js';
import { HERMITE_RELATIVE_ERROR } from '../../layerwise/hermiteAccuracy.js';
import { printed } from '../../catalogue/builtinCatalogues.js';
import type { CaseResult } from '../checkForAll.js';
import { forAllClaim } from '../forAllClaim.js';
import { ACTIVATION_TERMS, HERMITE_TERMS } from './glossaryTerms.js';

type Convention = 'paper' | 'orthonormal';

interface Case extends Record<string, string | number> {
  activation: ActivationName;
  i: number;
  convention: Convention;
}

const orthonormalSigma = new Map<ActivationName, readonly number[]>();
/** Orthonormal coefficients of σ computed from σ itself (for smooth σ by quadrature — erf's record derives them from σ'). */
function sigmaOrthonormal(a: Activation): readonly number[] {
  let h = orthonormalSigma.get(a.name);
  if (!h) {
    h = a.smooth ? hermiteByQuadrature(a.sigma) : a.hermite('orthonormal');
    orthonormalSigma.set(a.name, h);
  }
  return h;
}

const rootFactorial = (n: number) => {
  let r = 1;
  for (let k = 2; k <= n; k++) r *= Math.sqrt(k);
  return r;
};

/**
 * L222's quotient in a convention: (a′_m)²/a_i² with m = i (literal) or m = i − 1 (index-shifted), and its
 * error bound. Each orthonormal coefficient of f carries δ = HERMITE_RELATIVE_ERROR·‖f‖ (`hermiteAccuracy`);
 * the paper convention divides by √(n!) (also its δ). q's relative error ≤ 2δ′/|a′_m| + 2δ/|a_i| + 8ε.
 * `defined` is false when a_i is within 10δ of 0 (no quotient); a′_m within its error of 0 gives q ≈ 0.
 */
export function hermiteQuotient(activation: ActivationName, i: number, m: number, convention: Convention): { q: number; error: number; defined: boolean } {
  const a = activationByName(activation);
  const h = sigmaOrthonormal(a)[i]!;
  const hp = a.hermitePrime('orthonormal')[m]!;
  const dh = HERMITE_RELATIVE_ERROR * Math.sqrt(a.psi0(1));
  const dhp = HERMITE_RELATIVE_ERROR * Math.sqrt(a.psi1(1));
  const ai = convention === 'paper' ? h / rootFactorial(i) : h;
  const apm = convention === 'paper' ? hp / rootFactorial(m) : hp;
  const da = convention === 'paper' ? dh / rootFactorial(i) : dh;
  const dap = convention === 'paper' ? dhp / rootFactorial(m) : dhp;
  if (Math.abs(ai) <= 10 * da) return { q: NaN, error: Infinity, defined: false };
  const q = (apm * apm) / (ai * ai);
  const error = q * (2 * da / Math.abs(ai) + 8 * Number.EPSILON) + (2 * Math.abs(apm) * dap + dap * dap) / (ai * ai);
  return { q, error, defined: true };
}

/** One case: q = i² within the error; power reference: the other convention's value of the same quotient. */
export function sec56Case({ activation, i, convention }: Case, shift: 0 | 1): CaseResult {
  const m = i - shift;
  const { q, error, defined } = hermiteQuotient(activation, i, m, convention);
  if (!defined) return { measured: 'a_i = 0', bound: i * i, ok: true, decided: false, margin: 0 };
  const target = i * i;
  const gap = Math.abs(q - target);
  const other = hermiteQuotient(activation, i, m, convention === 'paper' ? 'orthonormal' : 'paper');
  return { measured: q, bound: target, ok: gap <= error, decided: gap > error || Math.abs(other.q - target) > error + other.error, margin: (error - gap) / target, extra: { m, 'error bound': error, "other convention's quotient": other.q } };
}

const GLOSSARY = {
  ...ACTIVATION_TERMS,
  ...HERMITE_TERMS,
  i: 'degree',
  convention: "paper: monic He_n with a_n = E[σHe_n]/n! (eq. (16)); orthonormal: h_n = E[σHe_n]/√(n!)",
  m: 'index of a′ in the quotient: i (literal) or i − 1 (shifted)',
  'error bound': 'propagated Hermite-coefficient error (HERMITE_RELATIVE_ERROR·‖f‖ per coefficient)',
  "other convention's quotient": 'the same quotient in the other Hermite convention (the power reference)',
};
const READING = { text: 'a_i, a′_i are the Hermite coefficients of σ and σ′ (eq. (16): a_n = E[σ(w)He_n(w)]/n!); degrees i ∈ [1, 20] with a_i ≠ 0 (the quotient must be defined); six activations.', restsOn: 'L172–174, L222' };
const DOMAIN = 'σ ∈ {relu, tanh, erf, softplus, sigmoid, gelu}, i ∈ [1, 20]';

/** L222 as printed: (a′_i)²/a_i² = i², in either Hermite convention. */
export const sec56HermiteQuotient = forAllClaim<Case>({
  id: 'dandi21.sec5.6.hermite-quotient',
  paper: 'dandi21',
  printed: printed('dandi21', 'sec5.6.quotient'),
  readingName: 'as printed (a′_i)',
  reading: [{ text: 'As printed, the same index i on a′ and a, in either Hermite convention (monic of eq. (16) or orthonormal of L144).', restsOn: 'L144, L222' }, READING],
  refutation: {
    kind: 'typo',
    evidence: 'by appendix 10, a′_i = (i + 1)a_{i+1} (monic) and h′_i = √(i + 1)·h_{i+1} (orthonormal), so (a′_i)²/a_i² = (i + 1)²a_{i+1}²/a_i² or (i + 1)h_{i+1}²/h_i² — not i² in either convention (0 whenever σ has a parity: a′_i or a_i vanishes); the index-shifted (a′_{i−1})²/a_i² = i² holds for the monic coefficients (dandi21.sec5.6.hermite-quotient.shifted) and is i for the orthonormal ones; the Taylor-coefficient ratio of uψ₁ to ψ₀ is i in both conventions (dandi21.thm2.power-series-ratio)',
  },
  glossary: GLOSSARY,
  domain: `${DOMAIN}, convention ∈ {paper (monic), orthonormal}`,
  rule: 'per case: |(a′_i)²/a_i² − i²| ≤ error bound; refuted when a case exceeds it',
  tolerance: 'propagated Hermite-coefficient error: 2δ′/|a′| + 2δ/|a| relative, δ = HERMITE_RELATIVE_ERROR·‖f‖ (`hermiteAccuracy`)',
  law: () => ({
    arbitrary: fc.record({ activation: fc.constantFrom(...ACTIVATION_NAMES), i: fc.integer({ min: 1, max: 20 }), convention: fc.constantFrom<Convention>('paper', 'orthonormal') }),
    evaluate: (c) => sec56Case(c, 0),
    numRuns: { quick: 100, paper: 500 },
    measuredLabel: '(a′_i)²/a_i²',
    boundLabel: 'i²',
    power: { reference: 'the same quotient in the other Hermite convention', marginLabel: '(error − |(a′_i)²/a_i² − i²|)/i²' },
    finding: (cx) => `(a′_i)²/a_i² = ${Number((cx.measured as number).toPrecision(4))} ≠ i² = ${cx.bound} for ${cx.params.activation}, i = ${cx.params.i}, ${cx.params.convention} convention (shrunk): the printed step at L222 drops the index shift of appendix 10`,
  }),
});

/** L222 with the index shift of appendix 10: (a′_{i−1})²/a_i² = i² for the monic coefficients of eq. (16). */
export const sec56HermiteQuotientShifted = forAllClaim<Case>({
  id: 'dandi21.sec5.6.hermite-quotient.shifted',
  paper: 'dandi21',
  printed: printed('dandi21', 'sec5.6.quotient'),
  readingName: 'index-shifted (a′_{i−1}), monic',
  reading: [
    { text: 'Repaired typo: (a′_i)² read as (a′_{i−1})² — the coefficient of uⁱ in u·ψ₁ carries a′_{i−1} (eq. (13), appendix 10: a′_{i−1} = i·a_i) — with the monic coefficients of eq. (16), the convention in which the printed i² can hold; the orthonormal quotient is i (the power reference). Lemma 1\'s factor i! is not part of this step.', restsOn: 'L164, L172–174, L222, L404' },
    READING,
  ],
  glossary: GLOSSARY,
  domain: `${DOMAIN}, convention paper (monic)`,
  rule: 'per case: |(a′_{i−1})²/a_i² − i²| ≤ error bound; refuted when a case exceeds it; decided when the orthonormal quotient (i) is separated from i² (i ≥ 2)',
  tolerance: 'propagated Hermite-coefficient error: 2δ′/|a′| + 2δ/|a| relative, δ = HERMITE_RELATIVE_ERROR·‖f‖ (`hermiteAccuracy`)',
  law: () => ({
    arbitrary: fc.record({ activation: fc.constantFrom(...ACTIVATION_NAMES), i: fc.integer({ min: 1, max: 20 }), convention: fc.constant<Convention>('paper') }),
    evaluate: (c) => sec56Case(c, 1),
    numRuns: { quick: 100, paper: 500 },
    measuredLabel: '(a′_{i−1})²/a_i²',
    boundLabel: 'i²',
    power: { reference: 'the orthonormal quotient (= i)', marginLabel: '(error − |(a′_i)²/a_i² − i²|)/i²' },
  }),
});
