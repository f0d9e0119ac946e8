/**
 * Memoise a deterministic function of a JSON-serialisable argument, keeping the last `size` results: a
 * claim's `present` step redraws its charts from the case its check just measured, and recomputing a
 * training sweep would double the claim's cost. Pure caching — the result depends only on the argument.
 */
export function memoLast<A, R>(f: (arg: A) => R, size = 2): (arg: A) => R {
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
