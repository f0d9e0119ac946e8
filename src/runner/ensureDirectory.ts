import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Create `dir` and any missing parents, one level at a time. Node's own recursive mkdir loops forever
 * on some paths whose parent exists but refuses children (e.g. /proc/x, observed on Node 20); this walks
 * up to the nearest existing ancestor and creates each level with a plain mkdir, so every failure is an
 * error (ENOENT, ENOTDIR, EACCES…) and never a hang.
 */
export function ensureDirectory(dir: string): void {
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    let isDirectory: boolean | undefined;
    try {
      isDirectory = statSync(at).isDirectory();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    if (isDirectory === true) break;
    if (isDirectory === false) throw Object.assign(new Error(`ENOTDIR: not a directory, ${at}`), { code: 'ENOTDIR' });
    missing.push(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const level of missing.reverse()) mkdirSync(level);
}
