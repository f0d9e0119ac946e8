import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDirectory } from './ensureDirectory.js';

/**
 * Write files into `dir` so that a reader never sees a half-written one: each content is produced and
 * written to a temporary file in the same directory first, and only when all are written are they
 * renamed into place (rename within a directory is atomic). If producing or writing any of them fails,
 * the temporary files are removed and the previous files stay as they were.
 * Contents are functions so that rendering failures count as write failures too.
 */
export function writeFilesAtomically(dir: string, files: ReadonlyArray<readonly [name: string, content: () => string]>): void {
  ensureDirectory(dir);
  const suffix = `.tmp-${process.pid}-${Date.now().toString(36)}`;
  const written: Array<readonly [tmp: string, final: string]> = [];
  try {
    for (const [name, content] of files) {
      const tmp = join(dir, name + suffix);
      written.push([tmp, join(dir, name)]);
      writeFileSync(tmp, content());
    }
  } catch (e) {
    for (const [tmp] of written) rmSync(tmp, { force: true });
    throw e;
  }
  for (const [tmp, final] of written) renameSync(tmp, final);
}
