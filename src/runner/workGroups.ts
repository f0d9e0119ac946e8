/**
 * Claims grouped so that work one repeats from another is done once: a claim that `reuses` another
 * (the same cases at the same seed, through a memoised function) joins that claim's group, after it.
 * A group runs on one worker thread in order, where the memoised results outlive each claim, so the
 * repeated computations are cache hits; results do not depend on the grouping. Chains (a reuses b
 * reuses c) form one group, c first; a claim that reuses one not in `ids` stands alone. Returns the
 * groups as indices into `ids`, in the order of their first member, each leader first.
 */
export function workGroups(ids: readonly string[], reuses: (id: string) => string | undefined): number[][] {
  const at = new Map(ids.map((id, i) => [id, i]));
  const root = (i: number): number => {
    const seen = new Set<number>();
    let r = i;
    for (let next = at.get(reuses(ids[r]!) ?? ''); next !== undefined && !seen.has(next); next = at.get(reuses(ids[r]!) ?? '')) {
      seen.add(r);
      r = next;
    }
    return r;
  };
  const depth = (i: number): number => {
    let d = 0;
    for (let r = i; r !== root(i); r = at.get(reuses(ids[r]!)!)!) d++;
    return d;
  };
  const groups = new Map<number, number[]>();
  ids.forEach((_, i) => {
    const r = root(i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  });
  return [...groups.values()].map((g) => g.sort((a, b) => depth(a) - depth(b) || a - b)).sort((a, b) => Math.min(...a) - Math.min(...b));
}

/** A group's recorded seconds: the sum of its members', undefined when any member is unmeasured. */
export function groupSeconds<T>(group: readonly T[], seconds: (member: T) => number | undefined): number | undefined {
  let sum = 0;
  for (const member of group) {
    const s = seconds(member);
    if (s === undefined) return undefined;
    sum += s;
  }
  return sum;
}
