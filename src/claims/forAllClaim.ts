import type { Chart, CheckContext, Claim, ClaimOutcome, Scalar, Scale, TightestForm } from './claim.js';
import { checkForAll, type ForAllSpec } from './checkForAll.js';

/** A claim decided case by case over a fast-check domain: its law is exposed so property suites can draw from it too. */
export interface ForAllClaim<P extends Record<string, Scalar>> extends Claim {
  /** The domain (arbitrary) and per-case evaluation at a scale. */
  law(scale: Scale): ForAllSpec<P>;
}

type Meta = Omit<Claim, 'check'>;

/**
 * Build a claim from its metadata, its law, and an optional presentation step that adds charts and the
 * measured tightest form of the inequality from the outcome.
 */
export function forAllClaim<P extends Record<string, Scalar>>(
  spec: Meta & {
    law(scale: Scale): ForAllSpec<P>;
    present?(outcome: Omit<ClaimOutcome, 'charts'>, ctx: CheckContext): { charts?: Chart[]; tightest?: TightestForm };
  },
): ForAllClaim<P> {
  const { present, ...rest } = spec;
  return {
    ...rest,
    check(ctx) {
      const outcome = checkForAll(ctx, spec.law(ctx.scale));
      const extra = present ? present(outcome, ctx) : {};
      // A refutation's finding ends with the tightest form every sampled case satisfies, when measured.
      const reason = outcome.verdict === 'refuted' && extra.tightest ? `${outcome.reason}; tightest measured form: ${extra.tightest.statement} (${Number(extra.tightest.value.toPrecision(4))})` : outcome.reason;
      return { ...outcome, reason, charts: extra.charts ?? [], ...(extra.tightest ? { tightest: extra.tightest } : {}) };
    },
  };
}
