import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function files(dir: string, keep: (name: string) => boolean): string[] {
  let out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out = out.concat(files(path, keep));
    else if (keep(entry.name)) out.push(path);
  }
  return out.sort();
}

let cached: string | undefined;

/**
 * The version of the code that produced a result: a SHA-256 over the compiled claims and machinery
 * (dist/**.js) and the catalogues, by relative path and content. `verify --resume` reuses a finished
 * claim's result only when it was made by the same code version (and seed, scale, backend, runs, path).
 */
export function codeVersion(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  const all = [...files(join(ROOT, 'dist'), (n) => n.endsWith('.js')), ...files(join(ROOT, 'catalogue'), (n) => n.endsWith('.json'))];
  for (const file of all) hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}
