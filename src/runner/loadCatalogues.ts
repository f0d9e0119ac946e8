import type { Catalogue } from '../catalogue/catalogue.js';

/**
 * The paper catalogues of a registry module (see loadClaims): its `catalogues` export, or none. The
 * built-in registry exports the three papers' catalogues; the report shows them as coverage tables.
 */
export async function loadCatalogues(registry?: string): Promise<readonly Catalogue[]> {
  const mod = (await (registry === undefined ? import('../claims/registry.js') : import(registry))) as { catalogues?: readonly Catalogue[] };
  return mod.catalogues ?? [];
}
