import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFlags, UsageError } from './flags.js';

export const INIT_USAGE = `spectral-conformance init DIR
  Scaffold a claim pack in DIR (new or empty): package.json, one example claim with its catalogue and
  paper text, its expectations file, a README and a vitest suite — ready for \`npm install && npm test\`.`;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TEMPLATE = join(ROOT, 'templates', 'pack');

/** An npm package name from a folder name: lower case, other characters as dashes. */
function packageName(dir: string): string {
  return basename(resolve(dir)).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+/, '') || 'my-claim-pack';
}

/**
 * `init`: copy templates/pack into DIR and fill in the package name, this installation of
 * spectral-conformance (as a `file:` dependency, so the pack installs offline) and the vitest version.
 */
export function initCommand(argv: string[], out: (line: string) => void): number {
  const { positionals } = parseFlags(argv, {});
  if (positionals.length !== 1) throw new UsageError('init needs exactly one argument: the folder of the new pack');
  const dir = resolve(positionals[0]!);
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new UsageError(`init ${positionals[0]}: the folder exists and is not empty`);
  try {
    cpSync(TEMPLATE, dir, { recursive: true });
  } catch (e) {
    throw new UsageError(`init ${positionals[0]}: cannot write there (${(e as Error).message.split('\n')[0]})`);
  }
  const own = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string>; dependencies?: Record<string, string> };
  const fill = (text: string) =>
    text
      .replaceAll('{{name}}', packageName(dir))
      .replaceAll('{{spectralConformance}}', `file:${ROOT.replace(/\/$/, '')}`)
      .replaceAll('{{vitest}}', own.devDependencies?.vitest ?? own.dependencies?.vitest ?? '^4.1.0');
  for (const file of ['package.json', 'README.md']) writeFileSync(join(dir, file), fill(readFileSync(join(dir, file), 'utf8')));
  out(`a claim pack is in ${dir}: cd there, then npm install && npm test (and npm run verify for the report)`);
  return 0;
}
