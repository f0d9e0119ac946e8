import type { Claim } from './claim.js';
import { lemma31NearOrthonormal } from './cao21/lemma31NearOrthonormal.js';
import { sec4AdditionFormula } from './cao21/sec4AdditionFormula.js';
import { thm33ExplicitBound } from './cao21/thm33ExplicitBound.js';
import { thm33LowPositive } from './cao21/thm33LowPositive.js';
import { thm33OddZero } from './cao21/thm33OddZero.js';
import { thm33Ordering } from './cao21/thm33Ordering.js';
import { thm33RateDLarge } from './cao21/thm33RateDLarge.js';
import { thm33RateKLarge } from './cao21/thm33RateKLarge.js';

/** Every registered claim, in report order. Adding a claim: one file plus one line here. */
export const claims: readonly Claim[] = [
  thm33OddZero,
  thm33LowPositive,
  thm33Ordering,
  thm33RateKLarge,
  thm33RateDLarge,
  thm33ExplicitBound,
  lemma31NearOrthonormal,
  sec4AdditionFormula,
];

export function claimById(id: string): Claim {
  const claim = claims.find((c) => c.id === id);
  if (!claim) throw new RangeError(`claim must be a registered id (see \`spectral-conformance list\`), got ${JSON.stringify(id)}`);
  return claim;
}
