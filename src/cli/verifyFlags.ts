import { availableParallelism } from 'node:os';
import type { Scale } from '../claims/claim.js';
import { DEFAULT_SEED } from '../claims/defaults.js';
import { defaultExpectations } from '../claims/expectations.js';
import { BACKENDS, type Backend } from '../runner/runResults.js';
import { integerFlag, parseFlags, UsageError } from './flags.js';
import { PACK_OPTIONS, PACK_USAGE, registriesFrom, type Registries } from './packFlags.js';

export const VERIFY_USAGE = `spectral-conformance verify [--claims <id or glob>,…] [--scale quick|paper] [--seed N] [--runs N] [--path P]
                           [--out DIR] [--expect FILE] [--backend ${BACKENDS.join('|')}] [--jobs N] [--shard i/n]
                           [--summary FILE] [--resume] [--pack P]… [--no-builtin]
  Check the registered claims and write DIR/index.html, DIR/results.json and DIR/junit.xml (default DIR: reports).
  Exit 0 when every verdict equals its expectation, 1 when any differs (default FILE: fixtures/expectations.json,
  fixtures/expectations.paper.json with --scale paper), 2 on a usage error (also an --out that cannot be written,
  found before any claim runs), 3 when the report cannot be written at the end, 130 when stopped by Ctrl-C.
  Each finished claim is kept at once in DIR/claims/<id>.json.
  --claims   comma-separated ids or globs (* any run of characters, ? one character); default: all
  --scale    quick (default; minutes for the suite) or paper (the papers' sizes)
  --seed     integer in [${-(2 ** 31)}, ${2 ** 31 - 1}] (default ${DEFAULT_SEED})   --runs   cases per claim, integer in [1, 1000000]
  --path     fast-check replay path (e.g. 4:1:0), with --claims naming one claim and its --seed
  --backend  tfjs backend of the network claims (default wasm)
  --jobs     worker threads, integer in [1, 256] (default: the number of cores)
  --shard    i/n: run only the i-th of n deterministic slices of the claims (1 ≤ i ≤ n ≤ 1000)
  --resume   reuse the claims already finished in DIR/claims by a run with the same seed, scale, backend,
             runs, path and code version; run only the rest
${PACK_USAGE}
  --summary  append a Markdown summary (counts; each refuted, inconclusive or differing claim with its reason
             and replay command) to FILE; default: $GITHUB_STEP_SUMMARY when set`;

/** A parsed `verify` command line. */
export interface VerifyRequest {
  /** The --claims selection; undefined for every registered claim. */
  readonly claims?: string;
  readonly scale: Scale;
  readonly seed: number;
  readonly runs?: number;
  readonly path?: string;
  readonly out: string;
  readonly expect: string;
  readonly backend: Backend;
  readonly jobs: number;
  readonly shard?: { readonly index: number; readonly count: number };
  /** --summary: the file the Markdown summary is appended to. */
  readonly summary?: string;
  /** --resume: reuse claims finished in `out/claims` under the same run key. */
  readonly resume: boolean;
  /** --pack / --no-builtin: the registry modules to load. */
  readonly registries: Registries;
  /** --expect was given (it then applies to every claim, packs' too). */
  readonly expectGiven: boolean;
}

function oneOf<T extends string>(flag: string, raw: string | undefined, allowed: readonly T[], fallback: T): T {
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) throw new UsageError(`--${flag} must be one of ${allowed.join('|')}, got ${JSON.stringify(raw)}`);
  return raw as T;
}

function nonEmpty(flag: string, raw: string | undefined): string | undefined {
  if (raw !== undefined && raw.trim() === '') throw new UsageError(`--${flag} must not be empty`);
  return raw;
}

function shardFlag(raw: string | undefined): VerifyRequest['shard'] {
  if (raw === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(raw.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || count > 1000 || index < 1 || index > count) throw new UsageError(`--shard must be i/n with integers 1 ≤ i ≤ n ≤ 1000, got ${JSON.stringify(raw)}`);
  return { index, count };
}

/** Parse `verify` flags; any bad value is a UsageError naming the flag and its allowed values. */
export function parseVerifyFlags(argv: string[]): VerifyRequest {
  const { values, positionals } = parseFlags(argv, {
    claims: { type: 'string' },
    scale: { type: 'string' },
    seed: { type: 'string' },
    runs: { type: 'string' },
    path: { type: 'string' },
    out: { type: 'string' },
    expect: { type: 'string' },
    backend: { type: 'string' },
    jobs: { type: 'string' },
    shard: { type: 'string' },
    summary: { type: 'string' },
    resume: { type: 'boolean' },
    ...PACK_OPTIONS,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  if (values.path !== undefined && !/^\d+(:\d+)*$/.test(values.path)) {
    throw new UsageError(`--path must be a fast-check replay path (digits separated by colons, e.g. 4:1:0), got ${JSON.stringify(values.path)}`);
  }
  const claims = nonEmpty('claims', values.claims);
  const shard = shardFlag(values.shard);
  const scale = oneOf<Scale>('scale', values.scale, ['quick', 'paper'], 'quick');
  return {
    ...(claims === undefined ? {} : { claims }),
    scale,
    seed: values.seed === undefined ? DEFAULT_SEED : integerFlag('seed', values.seed, -(2 ** 31), 2 ** 31 - 1),
    ...(values.runs === undefined ? {} : { runs: integerFlag('runs', values.runs, 1, 1_000_000) }),
    ...(values.path === undefined ? {} : { path: values.path }),
    out: nonEmpty('out', values.out) ?? 'reports',
    expect: nonEmpty('expect', values.expect) ?? defaultExpectations(scale),
    backend: oneOf('backend', values.backend, BACKENDS, 'wasm'),
    jobs: values.jobs === undefined ? availableParallelism() : integerFlag('jobs', values.jobs, 1, 256),
    ...(shard === undefined ? {} : { shard }),
    ...(values.summary === undefined ? {} : { summary: nonEmpty('summary', values.summary)! }),
    resume: values.resume === true,
    registries: registriesFrom(values),
    expectGiven: values.expect !== undefined,
  };
}
