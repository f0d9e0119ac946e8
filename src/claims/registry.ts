import { BUILTIN_PAPERS, builtinCatalogue } from '../catalogue/builtinCatalogues.js';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { Claim } from './claim.js';
import { cao21Claims } from './cao21/index.js';
import { bowman22Claims } from './bowman22/index.js';
import { dandi21Claims } from './dandi21/index.js';

/** Every registered claim, in report order: each paper's list (src/claims/<paper>/index.ts). */
export const claims: readonly Claim[] = [...cao21Claims, ...bowman22Claims, ...dandi21Claims];

/** The catalogue of every statement of the three papers, with the claims or the reason for each. */
export const catalogues: readonly Catalogue[] = BUILTIN_PAPERS.map(builtinCatalogue);

export function claimById(id: string): Claim {
  const claim = claims.find((c) => c.id === id);
  if (!claim) throw new RangeError(`claim must be a registered id (see \`spectral-conformance list\`), got ${JSON.stringify(id)}`);
  return claim;
}
