import fc from 'fast-check';
import { ACTIVATION_NAMES, type ActivationName } from '../../activations/activation.js';
import { activationByName } from '../../activations/activationByName.js';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { forAllClaim } from '../forAllClaim.js';
import { lemma1Sides } from './lemma1HermiteCorrelation.js';
import { ACTIVATION_TERMS, HERMITE_TERMS } from './glossaryTerms.js';

interface Case extends Record<string, string | number> {
  activation: ActivationName;
  /** Which line of eq. (13): ψ₁ = Σ_{i≥1} a_i²u^i, or ψ₀ = Σ_{i≥1} a'_i²u^i. */
  side: 'ψ₁' | 'ψ₀';
  /** u = k/20. */
  k: number;
}

const show = (v: number) => Number(v.toPrecision(5));

/**
 * Eq. (13) as printed: ψ₁(u) = Σ_{i≥1} a_i²u^i and ψ₀(u) = Σ_{i≥1} a'_i²u^i, with a_i, a'_i the (orthonormal,
 * §5.4.1) Hermite coefficients of σ and σ'. Lemma 1 gives ψ₀ = Σ_{i≥0} a_i²u^i and ψ₁ = Σ_{i≥0} a'_i²u^i:
 * the printed equation swaps σ's and σ''s coefficients and starts at i = 1. Both sides from `lemma1Sides`
 * (ψ by closed form or 2-D quadrature; the series by Horner with its error bound).
 */
export const eq13PsiSeries = forAllClaim<Case>({
  id: 'dandi21.eq13.psi-series',
  paper: 'dandi21',
  printed: printed('dandi21', 'eq13'),
  reading: [
    { text: 'As printed, the two equalities of eq. (13): ψ₁(u) = Σ_{i≥1} a_i²u^i and ψ₀ = Σ_{i≥1} a\'_i²u^i, a_i and a\'_i the coefficients of σ (eq. (10)) and σ\' (L172); the garbled layout ("… (⟨x, x′⟩)^i ψ₀ = …") is read as two equations.', restsOn: 'L160–164, L172' },
    { text: 'Coefficients orthonormal (§5.4.1), so that the convention conflict of Lemma 1 does not enter; u = k/20, k ∈ [−20, 20]; six activations.', restsOn: 'L144' },
  ],
  refutation: {
    kind: 'typo',
    evidence: 'the paper\'s own derivation (Lemma 1 applied to ξ = σ and ξ = σ\', L162) gives ψ₀ = Σ_{i≥0} a_i²u^i and ψ₁ = Σ_{i≥0} a\'_i²u^i — the labels ψ₀/ψ₁ are swapped and the i = 0 term is dropped; that corrected form holds on every case (dandi21.lemma1.hermite-correlation.orthonormal), and eq. (17) uses it the right way round (κ⁽⁰⁾ = uψ₁ with the a\'s)',
  },
  glossary: {
    ...ACTIVATION_TERMS,
    ...HERMITE_TERMS,
    side: 'which dual kernel is expanded: ψ₁ (of σ′) or ψ₀ (of σ)',
    k: 'grid index: u = k/20',
    u: 'the argument u = ⟨x, x′⟩ ∈ [−1, 1] of the dual kernel',
    'ψ₁(u)': 'ψ₁ at u from its definition (closed form or 2-D quadrature)',
    'ψ₀(u)': 'ψ₀ at u from its definition (closed form or 2-D quadrature)',
    'printed series': 'eq. (13) as printed: Σ_(i≥1) a_i²u^i for ψ₁, Σ_(i≥1) a′_i²u^i for ψ₀ (coefficients of the other function)',
    'Lemma 1 series': 'what Lemma 1 gives for the same ψ: its own function\'s coefficients squared, from i = 0',
  },
  domain: `σ ∈ {${ACTIVATION_NAMES.join(', ')}}; side ∈ {ψ₁, ψ₀}; u = k/20, k ∈ [−20, 20]`,
  rule: 'per case: |ψ(u) − Σ_{i≥1} c_i²u^i| ≤ the error bound of both sides; refuted when some case exceeds it',
  tolerance: 'the sum of the two sides\' error bounds of Lemma 1 (`lemma1Sides`): ψ to 1e−12·ψ(1), coefficients to 385ε‖·‖, Horner rounding, Parseval truncation',
  law: () => ({
    arbitrary: fc.record({ activation: fc.constantFrom(...ACTIVATION_NAMES), side: fc.constantFrom<Case['side']>('ψ₁', 'ψ₀'), k: fc.integer({ min: -20, max: 20 }) }),
    evaluate: ({ activation, side, k }) => {
      const sigma = activationByName(activation);
      const u = k / 20;
      const own = lemma1Sides(sigma, side === 'ψ₀' ? 'σ' : "σ'", u, 'orthonormal');
      const swapped = lemma1Sides(sigma, side === 'ψ₀' ? "σ'" : 'σ', u, 'orthonormal');
      const c0 = (side === 'ψ₀' ? sigma.hermitePrime('orthonormal') : sigma.hermite('orthonormal'))[0]!;
      const printedSide = swapped.right - c0 * c0;
      const tolerance = own.tolerance + swapped.tolerance;
      const gap = Math.abs(own.left - printedSide);
      return {
        measured: gap,
        bound: tolerance,
        ok: gap <= tolerance,
        // Reference: the corrected series Σ_{i≥0} (own coefficients)²u^i; decided when the printed series differs from it.
        decided: Math.abs(printedSide - own.right) > tolerance,
        margin: Math.log10(tolerance) - Math.log10(Math.max(gap, Number.MIN_VALUE)),
        extra: { u, [`${side}(u)`]: own.left, 'printed series': printedSide, 'Lemma 1 series': own.right },
      };
    },
    numRuns: { quick: 40, paper: 200 },
    measuredLabel: '|ψ(u) − printed series|',
    boundLabel: 'error bound of the two sides',
    power: {
      reference: 'the series Lemma 1 gives for the same ψ (σ\'s coefficients for ψ₀, σ\'\'s for ψ₁, from i = 0): decided when the printed series differs from it by more than the tolerance',
      marginLabel: 'decades: log10(tolerance / |ψ(u) − printed series|); negative when violated',
    },
    finding: (cx, worst) =>
      `${cx.params.side}(${cx.params.u}) = ${show(cx.params[`${cx.params.side}(u)`] as number)} but the printed series gives ${show(cx.params['printed series'] as number)} for ${cx.params.activation} (shrunk; Lemma 1's series ${show(cx.params['Lemma 1 series'] as number)}); worst drawn case off by ${show(worst.measured as number)} (${worst.params.activation}, ${worst.params.side}, u = ${worst.params.u})`,
  }),
});
