import { globToRegExp } from './globPattern.js';

/**
 * The ids selected by a comma-separated list of ids and globs (`cao21.*,dandi21.thm1`), in registry
 * order, each once. Throws a RangeError naming the first entry that matches no registered id.
 */
export function selectClaims(registered: readonly string[], spec: string): string[] {
  const entries = spec.split(',').map((s) => s.trim());
  const chosen = new Set<string>();
  for (const entry of entries) {
    if (entry === '') throw new RangeError(`empty entry in ${JSON.stringify(spec)}`);
    const pattern = globToRegExp(entry);
    const hits = registered.filter((id) => pattern.test(id));
    if (hits.length === 0) throw new RangeError(`${JSON.stringify(entry)} matches no registered claim (see \`spectral-conformance list\`)`);
    for (const id of hits) chosen.add(id);
  }
  return registered.filter((id) => chosen.has(id));
}
