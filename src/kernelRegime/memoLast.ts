/**
 * Memoise a deterministic function of a JSON-serialisable argument, keeping the last `size` results: a
 * claim's `present` step redraws its charts from its first case after its check measured them all, and
 * recomputing a training sweep would add a case's cost. The default 8 is at least the cases any claim
 * draws at paper scale (with 2, every three-case bowman22 network claim trained its first case twice).
 * Pure caching — the result depends only on the argument.
 */
export function memoLast<A, R>(f: (arg: A) => R, size = 8): (arg: A) => R {
  const cache = new Map<string, R>();
  return (arg) => {
    const key = JSON.stringify(arg);
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = f(arg);
    cache.set(key, value);
    while (cache.size > size) cache.delete(cache.keys().next().value as string);
    return value;
  };
}
