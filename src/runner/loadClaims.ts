import type { Claim } from '../claims/claim.js';

/**
 * The claims of a registry module: the built-in registry (src/claims/registry.ts) when `registry` is
 * undefined, else the module at that URL, which must export `claims: readonly Claim[]` like the built-in
 * one. Tests use the URL to run fake claims (one that throws, one that never ends) through the real
 * worker pool.
 */
export async function loadClaims(registry?: string): Promise<readonly Claim[]> {
  const mod = (await (registry === undefined ? import('../claims/registry.js') : import(registry))) as { claims?: readonly Claim[] };
  if (!Array.isArray(mod.claims)) throw new TypeError(`registry module ${registry ?? 'src/claims/registry'} does not export a claims array`);
  const seen = new Set<string>();
  for (const claim of mod.claims) {
    if (seen.has(claim.id)) throw new TypeError(`registry module ${registry ?? 'src/claims/registry'} registers ${claim.id} twice`);
    seen.add(claim.id);
  }
  return mod.claims;
}
