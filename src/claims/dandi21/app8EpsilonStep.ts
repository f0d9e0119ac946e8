import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import type { CaseResult } from '../checkForAll.js';
import { forAllClaim } from '../forAllClaim.js';

interface Case extends Record<string, number> {
  /** Number of training points. */
  n: number;
  delta: number;
  /** s₁ = AC²/λ₁² = 10^{e1/4}. */
  e1: number;
  /** s₂ = BD²/λ₂² = 10^{e2/4}. */
  e2: number;
  /** ε = f·ε*, with ε* the printed threshold; f = k/16 (as printed, ε ≤ ε*) or 1 + k/4 (reversed, ε ≥ ε*). */
  k: number;
}

/** Relative rounding of a few exp/log/sqrt operations in float64 (each ≤ 1 ulp; 1e−12 leaves a factor > 1000). */
const ROUNDING = 1e-12;

/**
 * The last step of appendix 8: with s_ℓ = A_ℓC²/λ_ℓ² (the constants enter only so) and the threshold
 * ε* = (log(4/δ)/√n)·max{√(s₁/2), √(s₂/2)}, the union bound S(ε) = 2e^{−2nε²/s₁} + 2e^{−2nε²/s₂} is
 * claimed ≤ δ "for ε ≤ ε*". S decreases in ε from S(0) = 4 > δ, so the claim can only hold for ε ≥ ε*:
 * there each exponent is ≥ (log(4/δ))² ≥ log(4/δ) (δ ≤ 4/e), so S ≤ 4·δ/4 = δ.
 * Margin: log(δ/S) (negative when violated); the power reference is the other direction of ε's range:
 * a case is decided when S(ε) at the mirrored fraction (1/f or f) would fail by more than the rounding.
 */
export function app8Case({ n, delta, e1, e2, k }: Case, direction: 'printed' | 'reversed'): CaseResult {
  const s1 = 10 ** (e1 / 4);
  const s2 = 10 ** (e2 / 4);
  const threshold = (Math.log(4 / delta) / Math.sqrt(n)) * Math.max(Math.sqrt(s1 / 2), Math.sqrt(s2 / 2));
  const f = direction === 'printed' ? k / 16 : 1 + k / 4;
  const sum = (eps: number) => 2 * Math.exp((-2 * n * eps * eps) / s1) + 2 * Math.exp((-2 * n * eps * eps) / s2);
  const S = sum(f * threshold);
  // log δ − log S rather than log(δ/S): δ/S overflows for S near the bottom of the float64 range.
  const margin = Math.log(delta) - Math.log(S);
  const ok = margin >= -ROUNDING;
  // The reference a false statement would reach: the sum at the mirrored ε on the other side of ε*
  // (ε*/f for the reversed direction, ε*·16/k for the printed one; k = 0 mirrors to 16ε*). An ok case is
  // decided when it holds beyond rounding while the mirrored ε violates the bound.
  const mirror = sum(direction === 'printed' ? threshold * (k === 0 ? 16 : 16 / k) : threshold / f);
  const decided = !ok || (margin > ROUNDING && Math.log(delta) - Math.log(mirror) < -ROUNDING);
  return { measured: S, bound: delta, ok, decided, margin, extra: { 'ε/ε*': f, 'ε*': threshold, 's₁ = AC²/λ₁²': s1, 's₂ = BD²/λ₂²': s2 } };
}

const arbitrary = fc.record({
  n: fc.integer({ min: 1, max: 1_000_000 }),
  delta: fc.constantFrom(0.01, 0.05, 0.1, 0.2, 0.5, 0.9),
  e1: fc.integer({ min: -12, max: 12 }),
  e2: fc.integer({ min: -12, max: 12 }),
  k: fc.integer({ min: 0, max: 16 }),
});

const READING = [
  { text: 'The constants enter only through s₁ = AC²/λ₁² and s₂ = BD²/λ₂² (D as printed, read as C elsewhere — irrelevant here), drawn independently over [10^−3, 10^3]; n ∈ [1, 10⁶], δ ∈ {0.01, …, 0.9}. "log" is the natural logarithm, as in Hoeffding\'s e^{…}.', restsOn: 'L374–377' },
];

const DOMAIN = 'n ∈ [1, 10⁶], δ ∈ {0.01, 0.05, 0.1, 0.2, 0.5, 0.9}, s₁, s₂ = 10^{e/4}, e ∈ [−12, 12]';
const TOLERANCE = 'float64 rounding of a few exp/log/sqrt: 1e−12 relative (the sum is evaluated exactly otherwise)';
const GLOSSARY = {
  n: 'number of training points',
  delta: 'δ: the failure probability of Theorem 1',
  'e1, e2': 's_ℓ = 10^{e_ℓ/4}',
  k: 'index of ε/ε* on its grid (k/16 as printed, 1 + k/4 reversed)',
  'ε/ε*': 'ε over the printed threshold ε* = (log(4/δ)/√n)·max{√(AC²/(2λ₁²)), √(BD²/(2λ₂²))}',
  's₁ = AC²/λ₁²': 'the first layer\'s constant of the union bound',
  's₂ = BD²/λ₂²': 'the second layer\'s constant',
};

/** Appendix 8, L377, as printed: for ε ≤ ε*, S(ε) ≤ δ. */
export const app8EpsilonStep = forAllClaim<Case>({
  id: 'dandi21.app8.epsilon-step',
  paper: 'dandi21',
  printed: printed('dandi21', 'app8.epsilon-step'),
  readingName: 'as printed (ε ≤ ε*)',
  reading: [{ text: 'As printed: "for ε ≤ ε*" — every ε ∈ [0, ε*] (ε = f·ε*, f = k/16, k ∈ [0, 16]).', restsOn: 'L377' }, ...READING],
  refutation: {
    kind: 'typo',
    evidence: 'S(ε) = 2e^{−2nλ₁²ε²/(AC²)} + 2e^{−2nλ₂²ε²/(BD²)} decreases in ε from S(0) = 4 > δ, so no ε ≤ ε* small enough satisfies S ≤ δ; with the inequality reversed, ε ≥ ε*, every exponent is ≥ (log(4/δ))² ≥ log(4/δ) and S ≤ δ — it holds on every drawn case (dandi21.app8.epsilon-step.reversed), and that direction is what Theorem 1 ("≤ ε*-type bound with probability 1 − δ") needs',
  },
  glossary: GLOSSARY,
  domain: `${DOMAIN}; ε = (k/16)·ε*, k ∈ [0, 16]`,
  rule: 'per case: S(ε) ≤ δ (margin log(δ/S)); refuted when a case has S > δ beyond rounding',
  tolerance: TOLERANCE,
  law: () => ({
    arbitrary,
    evaluate: (c) => app8Case(c, 'printed'),
    numRuns: { quick: 200, paper: 2000 },
    measuredLabel: 'S(ε) = 2e^{−2nλ₁²ε²/(AC²)} + 2e^{−2nλ₂²ε²/(BD²)}',
    boundLabel: 'δ',
    power: { reference: 'S at the mirrored ε on the other side of ε* (the reversed statement)', marginLabel: 'log(δ/S), natural log (negative when violated)' },
    finding: (cx, worst) => `S(ε) = ${Number((cx.measured as number).toPrecision(4))} > δ = ${cx.bound} at ε = ${cx.params['ε/ε*']}·ε* (shrunk; n = ${cx.params.n}): the sum decreases in ε from S(0) = 4, so "for ε ≤ ε*" has the inequality the wrong way round; worst drawn S = ${Number((worst.measured as number).toPrecision(4))} against δ = ${worst.bound}`,
  }),
});

/** Appendix 8, L377, with the inequality on ε reversed: for ε ≥ ε*, S(ε) ≤ δ. */
export const app8EpsilonStepReversed = forAllClaim<Case>({
  id: 'dandi21.app8.epsilon-step.reversed',
  paper: 'dandi21',
  printed: printed('dandi21', 'app8.epsilon-step'),
  readingName: 'reversed (ε ≥ ε*)',
  reading: [{ text: 'Repaired typo: "for ε ≤ ε*" read as "for ε ≥ ε*" (S decreases in ε; Theorem 1 needs the bound for ε at and above ε*) — ε = (1 + k/4)·ε*, k ∈ [0, 16].', restsOn: 'L377, L120–124' }, ...READING],
  glossary: GLOSSARY,
  domain: `${DOMAIN}; ε = (1 + k/4)·ε*, k ∈ [0, 16]`,
  rule: 'per case: S(ε) ≤ δ (margin log(δ/S)); refuted when a case has S > δ beyond rounding; a case is decided when S at ε*/f (the printed side) differs from S(ε)',
  tolerance: TOLERANCE,
  law: () => ({
    arbitrary,
    evaluate: (c) => app8Case(c, 'reversed'),
    numRuns: { quick: 200, paper: 2000 },
    measuredLabel: 'S(ε) = 2e^{−2nλ₁²ε²/(AC²)} + 2e^{−2nλ₂²ε²/(BD²)}',
    boundLabel: 'δ',
    power: { reference: 'S at the mirrored ε on the other side of ε* (the printed statement)', marginLabel: 'log(δ/S), natural log (negative when violated)' },
  }),
});
