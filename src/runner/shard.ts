import { longestFirst } from './longestFirst.js';
import { groupSeconds, workGroups } from './workGroups.js';

/**
 * The `index`-th (1-based) of `count` deterministic slices of `items` — the `--shard i/n` convention of
 * CI matrices. The slices partition the items (each in exactly one slice) and depend only on the
 * registry order and the measured seconds (from the checked-in expectation file, the same on every
 * machine of a matrix).
 *
 * With measured seconds the items are dealt longest first, each to the slice with the least total so
 * far (Graham's LPT rule: the longest slice is at most the mean plus the longest item, and within 4/3 of
 * the best possible), since the workflow's wall time is its slowest shard; an item without a measured
 * time counts as the longest measured one. Without any, every item weighs the same and the rule deals
 * them round-robin, which spreads each paper's claims over the machines. Each slice keeps registry order.
 */
export function shardSlice<T>(items: readonly T[], index: number, count: number, seconds: (item: T) => number | undefined = () => undefined): T[] {
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(index) || index < 1 || index > count) {
    throw new RangeError(`shard must be i/n with 1 ≤ i ≤ n, got ${index}/${count}`);
  }
  const measured = items.map(seconds);
  const longest = Math.max(1, ...measured.filter((s): s is number => s !== undefined));
  const weight = measured.map((s) => s ?? longest);
  const load = new Array<number>(count).fill(0);
  const slice = new Array<number>(items.length);
  for (const i of longestFirst(weight)) {
    const lightest = load.indexOf(Math.min(...load));
    slice[i] = lightest;
    load[lightest]! += weight[i]!;
  }
  return items.filter((_, i) => slice[i] === index - 1);
}

/**
 * `shardSlice` over claim ids in whole work groups (`workGroups`): a claim lands on the machine of the
 * claim whose work it reuses, each group weighing the sum of its members' recorded seconds.
 */
export function shardClaims(ids: readonly string[], index: number, count: number, seconds: (id: string) => number | undefined, reuses: (id: string) => string | undefined): string[] {
  const groups = workGroups(ids, reuses).map((g) => g.map((i) => ids[i]!));
  const kept = new Set(shardSlice(groups, index, count, (g) => groupSeconds(g, seconds)).flat());
  return ids.filter((id) => kept.has(id));
}
