/**
 * The order in which to start tasks on a pool of workers: longest expected first (Graham's LPT rule),
 * so that the last claims to start are short and every worker stays busy until near the end; a task
 * with no measured time goes first (it may be long: a new claim, or one not yet measured at this
 * scale). Ties keep the given order. Returns indices into `seconds`.
 */
export function longestFirst(seconds: ReadonlyArray<number | undefined>): number[] {
  const key = (i: number) => seconds[i] ?? Number.POSITIVE_INFINITY;
  return seconds.map((_, i) => i).sort((a, b) => key(b) - key(a) || a - b);
}
