import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The folder the catalogues' `source` paths are relative to: SPECTRAL_SHARED_DIR, else the project's
 * shared folder beside the repository (`../shared`, which holds papers/).
 */
export function sharedDir(): string {
  return process.env.SPECTRAL_SHARED_DIR ?? fileURLToPath(new URL('../../../shared', import.meta.url));
}

/** A paper's whole text file, or undefined when the file is not there. */
export function paperText(source: string): string | undefined {
  const file = `${sharedDir()}/${source}`;
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Lines first..last (1-based) of a paper's text file, or undefined when the file is not there. */
export function paperLines(source: string, lines: readonly [number, number]): string | undefined {
  return paperText(source)?.split('\n').slice(lines[0] - 1, lines[1]).join('\n');
}

/** Fold every run of white space to one space (the PDF conversion's line breaks are not the paper's words). */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
