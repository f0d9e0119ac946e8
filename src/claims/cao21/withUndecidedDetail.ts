import type { Claim } from '../claim.js';

/**
 * A fixed-design claim whose single case bundles several conditions: when it is inconclusive, append
 * to the reason which conditions were not decided (the row parameter `key`), so the reason names them.
 */
export function withUndecidedDetail<C extends Claim>(claim: C, key: string): C {
  return {
    ...claim,
    async check(ctx) {
      const outcome = await claim.check(ctx);
      if (outcome.verdict !== 'inconclusive') return outcome;
      const details = outcome.measurements.rows.map((r) => r.params[key]).filter((v) => v !== undefined && v !== 'none');
      return details.length === 0 ? outcome : { ...outcome, reason: `${outcome.reason}; undecided: ${details.join(' | ')}` };
    },
  };
}
