/**
 * A benchmark: a named, parametrised piece of work timed by `npm run bench`.
 * `prepare` builds the inputs (not timed) and returns the function that is timed; that function is run
 * `runs` times after one warm-up call, and the median wall time is reported.
 */
export interface BenchCase {
  /** Stable benchmark name, e.g. `mercer-spectrum`, `eigh`, `gd-step`. */
  readonly name: string;
  /** The parameters this case runs at (printed with the result). */
  readonly params: Readonly<Record<string, number | string>>;
  /** How many timed runs (default 5). */
  readonly runs?: number;
  /** Skip the untimed warm-up call (for work that takes minutes, e.g. a claim at paper scale). */
  readonly noWarmup?: boolean;
  /** Run only when named by `--filter` (a whole claim at paper scale is not part of the default run). */
  readonly optIn?: boolean;
  /** Build inputs; return the timed function (it may be async) and an optional cleanup. */
  prepare(): Promise<BenchRun> | BenchRun;
}

export type BenchRun =
  | {
      run(): unknown;
      dispose?(): void;
    }
  /** A case that cannot run on this machine (a missing reference tool), with the reason printed instead of a time. */
  | { readonly skipped: string; run?: undefined };
