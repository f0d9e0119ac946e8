import { readFileSync } from 'node:fs';
import type { Printed } from '../claims/claim.js';

/**
 * A paper's catalogue: every formal statement of the paper (theorem, lemma, corollary, proposition,
 * observation, remark, numbered identity, checkable sentence, figure whose text asserts a measurable
 * outcome), each with the claims that check it or the reason it cannot be checked. Data, one JSON file
 * per paper (catalogue/<paper>.json); `npm test` fails when a statement has neither claims nor a reason.
 */
export interface Catalogue {
  /** The id claims use as `paper`, e.g. `cao21`. */
  readonly paper: string;
  readonly title: string;
  readonly authors: string;
  readonly venue: string;
  readonly year: number;
  /** The text the `lines` of each statement refer to, relative to the project's shared folder. */
  readonly source: string;
  readonly statements: readonly CatalogueStatement[];
}

export interface CatalogueStatement {
  /** Unique in the paper; claims name it in `printed.key`. */
  readonly key: string;
  /** Section and label as the paper numbers them, e.g. "§3.2, Theorem 3.3". */
  readonly anchor: string;
  readonly lines: readonly [number, number];
  /** The paper's words exactly as printed (verbatim from `source`, markup included). */
  readonly printed: string;
  /** Why no claim checks it (absent when claims do). */
  readonly notCheckable?: string;
  /**
   * Claims that check this statement's content although they quote another statement — a restatement,
   * summary or consequence whose checkable part is exactly that of the claims named (ids).
   */
  readonly checkedBy?: readonly string[];
  /**
   * When several claims check this statement under different readings: the one-line difference between
   * the readings, shown with their verdicts ("refuted under A, holds under B; the difference is …").
   */
  readonly readingsDiffer?: string;
}

const cache = new Map<string, Catalogue>();

/** Read and validate a catalogue file (cached by path). */
export function readCatalogue(file: string): Catalogue {
  const hit = cache.get(file);
  if (hit) return hit;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Catalogue;
  for (const field of ['paper', 'title', 'authors', 'venue', 'source'] as const) {
    if (typeof raw[field] !== 'string' || raw[field].length === 0) throw new TypeError(`${file}: "${field}" must be a non-empty string`);
  }
  if (!Array.isArray(raw.statements)) throw new TypeError(`${file}: "statements" must be an array`);
  const keys = new Set<string>();
  for (const s of raw.statements) {
    if (keys.has(s.key)) throw new TypeError(`${file}: statement key ${JSON.stringify(s.key)} appears twice`);
    keys.add(s.key);
    const [a, b] = s.lines ?? [];
    if (!(Number.isInteger(a) && Number.isInteger(b) && a! >= 1 && b! >= a!)) throw new TypeError(`${file}: statement ${s.key}: "lines" must be [first, last] with 1 ≤ first ≤ last`);
    if (typeof s.printed !== 'string' || s.printed.length === 0) throw new TypeError(`${file}: statement ${s.key}: "printed" must be the verbatim text`);
  }
  cache.set(file, raw);
  return raw;
}

/** The printed record of statement `key` of a catalogue, for a claim's `printed`. */
export function printedIn(catalogue: Catalogue, key: string): Printed {
  const s = catalogue.statements.find((x) => x.key === key);
  if (!s) throw new RangeError(`catalogue ${catalogue.paper}: no statement with key ${JSON.stringify(key)}`);
  return { key: s.key, anchor: s.anchor, lines: s.lines, text: s.printed };
}
