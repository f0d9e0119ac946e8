import { fileURLToPath } from 'node:url';
import type { Printed } from '../claims/claim.js';
import { printedIn, readCatalogue, type Catalogue } from './catalogue.js';

/** The catalogue files of the three built-in papers (catalogue/<paper>.json). */
export const BUILTIN_PAPERS = ['cao21', 'bowman22', 'dandi21'] as const;

/** The catalogue of a built-in paper. */
export function builtinCatalogue(paper: (typeof BUILTIN_PAPERS)[number]): Catalogue {
  return readCatalogue(fileURLToPath(new URL(`../../catalogue/${paper}.json`, import.meta.url)));
}

/** A built-in claim's printed statement: `printed('cao21', 'thm3.3.odd')`. */
export function printed(paper: (typeof BUILTIN_PAPERS)[number], key: string): Printed {
  return printedIn(builtinCatalogue(paper), key);
}
