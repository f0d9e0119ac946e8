import { join } from 'node:path';
import type { Scale } from '../claims/claim.js';
import { BUILTIN_REGISTRY, resolvePack, type PackModule } from '../runner/packModules.js';
import { UsageError } from './flags.js';

/** The flags that choose which claims exist: `--pack` (repeatable) and `--no-builtin`. */
export const PACK_OPTIONS = { pack: { type: 'string', multiple: true }, 'no-builtin': { type: 'boolean' } } as const;

export const PACK_USAGE = `  --pack       a claim pack (module file, package folder or installed package name) whose claims run beside
               the built-in ones; repeatable. Its expectations: expectations.json (quick) and
               expectations.paper.json (paper) in the pack's folder.
  --no-builtin leave out the built-in claims (the three papers): run the packs' claims alone`;

/** The registry modules a command works on, and the packs among them. */
export interface Registries {
  readonly modules: readonly string[];
  readonly packs: readonly PackModule[];
  /** The --pack arguments as given, one per pack. */
  readonly specs: readonly string[];
}

/** Resolve --pack / --no-builtin; a pack that cannot be found is a usage error naming it. */
export function registriesFrom(values: { pack?: string[] | undefined; 'no-builtin'?: boolean | undefined }): Registries {
  const packs = (values.pack ?? []).map((spec) => {
    if (spec.trim() === '') throw new UsageError('--pack must not be empty');
    try {
      return resolvePack(spec);
    } catch (e) {
      throw new UsageError(`--pack ${(e as Error).message}`);
    }
  });
  if (values['no-builtin'] && packs.length === 0) throw new UsageError('--no-builtin leaves no claims: name at least one --pack');
  return { modules: [...(values['no-builtin'] ? [] : [BUILTIN_REGISTRY]), ...packs.map((p) => p.url)], packs, specs: values.pack ?? [] };
}

/** The expectation file of a pack at a scale. */
export function packExpectations(pack: PackModule, scale: Scale): string {
  return join(pack.root, scale === 'paper' ? 'expectations.paper.json' : 'expectations.json');
}
