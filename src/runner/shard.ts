/**
 * The `index`-th (1-based) of `count` deterministic slices of `items`: every `count`-th item starting at
 * position `index − 1`. The slices partition the items (each in exactly one slice, sizes differ by at
 * most one) and depend only on the registry order — the `--shard i/n` convention of CI matrices.
 * Round-robin rather than contiguous blocks, so that each paper's (similarly priced) claims spread over
 * the machines.
 */
export function shardSlice<T>(items: readonly T[], index: number, count: number): T[] {
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(index) || index < 1 || index > count) {
    throw new RangeError(`shard must be i/n with 1 ≤ i ≤ n, got ${index}/${count}`);
  }
  return items.filter((_, position) => position % count === index - 1);
}
