import type { Claim, Scale } from '../claims/claim.js';

/** Budget of a claim that declares none: generous, so that only a hung or runaway check reaches it. */
export const DEFAULT_BUDGET_MS: Readonly<Record<Scale, number>> = { quick: 120_000, paper: 1_800_000 };

/** The wall-time budget of a claim's check at a scale (ms): its own `budgetMs`, else the default. */
export function timeBudget(claim: Pick<Claim, 'budgetMs'>, scale: Scale): number {
  return claim.budgetMs?.[scale] ?? DEFAULT_BUDGET_MS[scale];
}
