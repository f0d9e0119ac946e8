import type { ClaimRecord, RunResults } from './runResults.js';

/**
 * Combine the results of shard runs (`verify --shard i/n`) into one run: the claims of all parts in
 * `order` (registry order; ids not in it follow in input order), the environment of the first part, and
 * the wall time from the earliest start to the latest end, the catalogues of all parts (one per paper). Parts must share the format version, seed,
 * scale and backend, and no claim may appear twice — otherwise a RangeError says which.
 */
export function mergeResults(parts: readonly RunResults[], order: readonly string[]): RunResults {
  const first = parts[0];
  if (!first) throw new RangeError('nothing to merge');
  for (const part of parts) {
    for (const key of ['version', 'seed', 'scale'] as const) {
      if (part[key] !== first[key]) throw new RangeError(`parts differ in ${key}: ${JSON.stringify(first[key])} and ${JSON.stringify(part[key])}`);
    }
    if (part.environment.backend !== first.environment.backend) {
      throw new RangeError(`parts differ in backend: ${first.environment.backend} and ${part.environment.backend}`);
    }
  }
  const byId = new Map<string, ClaimRecord>();
  for (const record of parts.flatMap((p) => p.claims)) {
    if (byId.has(record.id)) throw new RangeError(`claim ${record.id} appears in more than one part`);
    byId.set(record.id, record);
  }
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  const claims = [...byId.values()].sort((a, b) => rank(a.id) - rank(b.id));
  const starts = parts.map((p) => Date.parse(p.startedAt));
  const begin = Math.min(...starts);
  const end = Math.max(...parts.map((p, i) => starts[i]! + p.durationMs));
  const catalogues = [...new Map(parts.flatMap((p) => p.catalogues).map((c) => [c.paper, c] as const)).values()];
  return { ...first, startedAt: new Date(begin).toISOString(), durationMs: end - begin, claims, catalogues };
}
