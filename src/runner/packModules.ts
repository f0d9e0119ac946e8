import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** URL of the built-in registry module (the three papers' claims and catalogues). */
export const BUILTIN_REGISTRY = new URL('../claims/registry.js', import.meta.url).href;

/** A claim pack found on disk: the module to import and the folder its expectation files live in. */
export interface PackModule {
  readonly url: string;
  readonly root: string;
}

/** The entry file of a package folder: package.json's `exports` ("." string or its import/default) or `main`, else index.js. */
function packageEntry(root: string): string {
  const manifest = join(root, 'package.json');
  if (!existsSync(manifest)) return join(root, 'index.js');
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { main?: string; exports?: unknown };
  const dot = typeof pkg.exports === 'object' && pkg.exports !== null && '.' in pkg.exports ? (pkg.exports as Record<string, unknown>)['.'] : pkg.exports;
  const target = typeof dot === 'string' ? dot : typeof dot === 'object' && dot !== null ? ((dot as Record<string, unknown>).import ?? (dot as Record<string, unknown>).default) : undefined;
  return join(root, typeof target === 'string' ? target : (pkg.main ?? 'index.js'));
}

/**
 * Find a pack named on the command line (`--pack`): a path to a module file or a package folder
 * (relative to `cwd`), or the name of a package installed where the command runs. Throws an Error
 * naming the pack when nothing is there.
 */
export function resolvePack(spec: string, cwd = process.cwd()): PackModule {
  const asPath = resolve(cwd, spec);
  if (existsSync(asPath)) {
    const isDir = statSync(asPath).isDirectory();
    const file = isDir ? packageEntry(asPath) : asPath;
    if (!existsSync(file)) throw new Error(`pack ${spec}: no module at ${file}`);
    return { url: pathToFileURL(file).href, root: isDir ? asPath : dirname(asPath) };
  }
  let manifest: string;
  try {
    manifest = createRequire(join(cwd, 'noop.js')).resolve(`${spec}/package.json`);
  } catch {
    throw new Error(`pack ${spec}: neither a file or folder nor a package installed in ${cwd}`);
  }
  const root = dirname(manifest);
  return { url: pathToFileURL(packageEntry(root)).href, root };
}
