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
  // Each claim's chain through the claims it reuses, within the run (a cycle is cut where it closes):
  // its last claim leads the group, and its length orders the group.
  const chains = ids.map((_, i) => {
    const chain = [i];
    for (let next = at.get(reuses(ids[i]!) ?? ''); next !== undefined && !chain.includes(next); next = at.get(reuses(ids[next]!) ?? '')) chain.push(next);
    return chain;
  });
  const groups = new Map<number, number[]>();
  chains.forEach((chain, i) => groups.set(chain.at(-1)!, [...(groups.get(chain.at(-1)!) ?? []), i]));
  return [...groups.values()].map((g) => g.sort((a, b) => chains[a]!.length - chains[b]!.length || a - b)).sort((a, b) => Math.min(...a) - Math.min(...b));
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
