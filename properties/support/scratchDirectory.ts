import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/**
 * A fresh directory under the system's temporary directory for one test file's outputs (reports, runs,
 * expectation files), removed with everything in it when the file's tests end (`removeScratchDirectories`,
 * called after all tests by `properties/setup.ts`), so repeated `npm test` runs leave nothing behind.
 */
export function scratchDirectory(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeScratchDirectories(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
