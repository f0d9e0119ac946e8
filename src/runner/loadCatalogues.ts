import type { Catalogue } from '../catalogue/catalogue.js';
import { BUILTIN_REGISTRY } from './packModules.js';

/**
 * The paper catalogues of registry modules (see loadClaims): each module's `catalogues` export, or none.
 * The built-in registry exports the three papers' catalogues; the report shows them as coverage tables.
 */
export async function loadCatalogues(modules: readonly string[] = [BUILTIN_REGISTRY]): Promise<readonly Catalogue[]> {
  const all: Catalogue[] = [];
  for (const url of modules) all.push(...(((await import(url)) as { catalogues?: readonly Catalogue[] }).catalogues ?? []));
  return all;
}
