import type { Claim } from '../claims/claim.js';
import { BUILTIN_REGISTRY } from './packModules.js';

/** A module that registers claims: the built-in registry or a claim pack. */
interface RegistryModule {
  readonly claims?: unknown;
}

const isText = (v: unknown) => typeof v === 'string' && v.length > 0;

/** The first thing wrong with a claim record, or undefined when it is a valid Claim. */
function invalid(c: Partial<Claim>): string | undefined {
  if (!isText(c.id)) return '"id" must be a non-empty string';
  if (!isText(c.paper)) return '"paper" must be a non-empty string';
  const p = c.printed;
  if (!p || !isText(p.key) || !isText(p.anchor) || !isText(p.text) || !Array.isArray(p.lines) || p.lines.length !== 2 || !p.lines.every(Number.isInteger)) {
    return '"printed" must be {key, anchor, lines: [first, last], text} (see printedIn)';
  }
  if (!Array.isArray(c.reading) || !c.reading.every((r) => isText(r?.text) && isText(r?.restsOn))) return '"reading" must be an array of {text, restsOn}';
  for (const field of ['domain', 'rule', 'tolerance'] as const) if (!isText(c[field])) return `"${field}" must be a non-empty string`;
  if (typeof c.check !== 'function') return '"check" must be a function';
  return undefined;
}

/**
 * The claims of registry modules, in order: the built-in registry (src/claims/registry.ts) by default,
 * or the modules at the given URLs — claim packs, each exporting `claims: readonly Claim[]` like the
 * built-in one (tests also use fake registries). A module that fails to load, exports no claims, holds
 * an invalid claim record, or reuses an id (its own or another module's) is a TypeError naming the
 * module and the id.
 */
export async function loadClaims(modules: readonly string[] = [BUILTIN_REGISTRY]): Promise<readonly Claim[]> {
  const seen = new Map<string, string>();
  const all: Claim[] = [];
  for (const url of modules) {
    const name = url === BUILTIN_REGISTRY ? 'the built-in registry' : url;
    let mod: RegistryModule;
    try {
      mod = (await import(url)) as RegistryModule;
    } catch (e) {
      throw new TypeError(`${name}: cannot load it (${(e as Error).message.split('\n')[0]})`);
    }
    if (!Array.isArray(mod.claims) || mod.claims.length === 0) throw new TypeError(`${name}: exports no claims (expected \`export const claims = [ … ]\`)`);
    for (const claim of mod.claims as Partial<Claim>[]) {
      const problem = invalid(claim);
      if (problem) throw new TypeError(`${name}: claim ${isText(claim?.id) ? claim.id : '(no id)'}: ${problem}`);
      const before = seen.get(claim.id!);
      if (before !== undefined) throw new TypeError(`${name}: claim ${claim.id} is already registered by ${before === name ? 'this module' : before}`);
      seen.set(claim.id!, name);
      all.push(claim as Claim);
    }
  }
  return all;
}
