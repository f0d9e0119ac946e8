import { REFUTE_SLOPE, type AsymptoticVerdict } from '../asymptoticRatio.js';
import type { CaseResult } from '../checkForAll.js';
import type { Scalar } from '../claim.js';

/**
 * One case of an asymptotic lower bound a = Ω(g), decided by `decideAsymptoticRatio` on a two-decade
 * sweep. Power: a false claim is a ratio a/g decaying at least like x^{−1/2} (the refute threshold); a
 * case decides when the rule resolves it (holds or refuted), not when it lands between the thresholds.
 * Margin: last-decade slope minus the refute threshold −½ (negative: the ratio decays like a power).
 */
export function asymptoticCase(v: AsymptoticVerdict, extra: Record<string, Scalar> = {}): CaseResult {
  return {
    measured: v.lastSlope,
    bound: REFUTE_SLOPE,
    ok: v.decision !== 'refuted',
    inconclusive: v.decision === 'inconclusive',
    decided: v.decision !== 'inconclusive',
    margin: v.lastSlope - REFUTE_SLOPE,
    extra: { 'slope over the first decade': v.firstSlope, ...extra },
  };
}

/** The power of every asymptotic-ratio claim (see `asymptoticCase`). */
export const ASYMPTOTIC_POWER = {
  reference: `a ratio to the printed rate decaying like x^(−1/2) or faster (the refute threshold; e.g. the rate off by one power of d or k)`,
  marginLabel: `last-decade log-log slope of the ratio minus ${REFUTE_SLOPE} (negative: decays like a power)`,
} as const;
