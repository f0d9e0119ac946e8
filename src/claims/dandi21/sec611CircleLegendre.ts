import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { gegenbauer } from '../../sphere/gegenbauer.js';
import type { CaseResult } from '../checkForAll.js';
import { forAllClaim } from '../forAllClaim.js';

interface Case extends Record<string, number> {
  k: number;
  /** θ = m·π/64. */
  m: number;
}

/** Rounding of the forward Gegenbauer recurrence on the circle (k steps, a few ulps each) and of cos. */
const tolerance = (k: number) => 8 * (k + 2) ** 2 * Number.EPSILON;

/**
 * §6.1.1: on the circle (input dimension 2, S¹) the degree-k Legendre polynomial of the inner product
 * u = ⟨x, x′⟩ = cos θ is cos(kθ): P_k(cos θ) (`gegenbauer`, its three-term recurrence) against Math.cos(kθ).
 * Power reference: the literal "cos k(u)" = cos(k·u); a case is decided when it differs from cos(kθ) by more
 * than the tolerance.
 */
export function sec611Case({ k, m }: Case): CaseResult {
  const theta = (m * Math.PI) / 64;
  const u = Math.cos(theta);
  const p = gegenbauer(1, k, u);
  const target = Math.cos(k * theta);
  const gap = Math.abs(p - target);
  const tol = tolerance(k);
  const literal = Math.cos(k * u);
  return { measured: p, bound: target, ok: gap <= tol, decided: gap > tol || Math.abs(literal - target) > tol, margin: tol - gap, extra: { θ: theta, 'cos(k·u), literal': literal } };
}

export const sec611CircleLegendre = forAllClaim<Case>({
  id: 'dandi21.sec6.1.1.circle-legendre',
  paper: 'dandi21',
  printed: printed('dandi21', 'sec6.1.1.circle'),
  reading: [
    { text: 'Repaired typo: "cos k(u)" read as cos(kθ) with u = ⟨x, x′⟩ = cos θ, θ the angle between the two points (the literal cos(k·u) of the inner product u is not a polynomial in u and not P_k(u); it is the power reference).', restsOn: 'L268' },
    { text: 'P_k is the Gegenbauer polynomial of S¹ normalised P_k(1) = 1 (Lemma 4\'s normalisation), i.e. Chebyshev T_k; k ∈ [0, 40], θ = mπ/64, m ∈ [0, 64].', restsOn: 'L234, L268' },
  ],
  glossary: { k: 'degree', m: 'θ = mπ/64', θ: 'angle between the two points on the circle', 'cos(k·u), literal': 'the printed cos k(u) read literally with u = cos θ' },
  domain: 'k ∈ [0, 40], θ = mπ/64, m ∈ [0, 64]',
  rule: 'per case: |P_k(cos θ) − cos(kθ)| ≤ tolerance; refuted when a case exceeds it; decided when the literal cos(k·u) differs from cos(kθ) by more than the tolerance',
  tolerance: '8(k + 2)²ε: k steps of the forward recurrence (errors may grow linearly in k near u = ±1) and cos of kθ (argument error ≤ kθε)',
  law: () => ({
    arbitrary: fc.record({ k: fc.integer({ min: 0, max: 40 }), m: fc.integer({ min: 0, max: 64 }) }),
    evaluate: sec611Case,
    numRuns: { quick: 100, paper: 1000 },
    measuredLabel: 'P_k(cos θ) by the Gegenbauer recurrence',
    boundLabel: 'cos(kθ)',
    power: { reference: 'the literal cos(k·u), u = cos θ', marginLabel: 'tolerance − |P_k(cos θ) − cos kθ|' },
  }),
});
