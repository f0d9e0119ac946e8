import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readExpectations, type Expectation } from '../claims/expectations.js';
import { writeReportFiles } from '../report/writeReportFiles.js';
import { CLAIMS_DIR, storeClaim, storedClaims, type RunKey } from '../runner/claimStore.js';
import { codeVersion } from '../runner/codeVersion.js';
import { ensureDirectory } from '../runner/ensureDirectory.js';
import { loadCatalogues } from '../runner/loadCatalogues.js';
import { loadClaims } from '../runner/loadClaims.js';
import type { ClaimRecord, RunResults } from '../runner/runResults.js';
import { BUILTIN_REGISTRY } from '../runner/packModules.js';
import { runVerify } from '../runner/runVerify.js';
import { selectClaims } from '../runner/selectClaims.js';
import { shardClaims } from '../runner/shard.js';
import { UsageError } from './flags.js';
import type { Io } from './io.js';
import { createProgress } from './progress.js';
import { runSummary } from './runSummary.js';
import { writeStepSummary } from './writeStepSummary.js';
import { packExpectations } from './packFlags.js';
import { parseVerifyFlags, type VerifyRequest } from './verifyFlags.js';

function expectationsIn(file: string, what: string): Map<string, Expectation> {
  try {
    return readExpectations(file);
  } catch (e) {
    throw new UsageError(`${what} ${file}: ${(e as Error).message.split('\n')[0]}`);
  }
}

/**
 * The expected verdicts: --expect FILE for every claim when given; else the built-in file of the scale
 * for the built-in claims and each pack's own file (absent: no expectations for its claims).
 */
function expectations(request: VerifyRequest): Map<string, Expectation> {
  if (request.expectGiven) return expectationsIn(request.expect, '--expect');
  const all = request.registries.modules.includes(BUILTIN_REGISTRY) ? expectationsIn(request.expect, '--expect') : new Map<string, Expectation>();
  for (const pack of request.registries.packs) {
    const file = packExpectations(pack, request.scale);
    if (existsSync(file)) for (const [id, e] of expectationsIn(file, '--pack expectations')) all.set(id, e);
  }
  return all;
}

/** Exit status of `verify` when the run finished but its report could not be written (the summary is printed, finished claims stay in DIR/claims). */
export const EXIT_WRITE_FAILED = 3;
/** Exit status of `verify` stopped by Ctrl-C (finished claims stay in DIR/claims; `--resume` continues). */
export const EXIT_INTERRUPTED = 130;

/** The --pack spec each pack claim came from (the built-in claims have none). */
async function packOfClaim(request: VerifyRequest): Promise<Map<string, string>> {
  const specs = new Map<string, string>();
  for (const [i, pack] of request.registries.packs.entries()) for (const c of await loadClaims([pack.url])) specs.set(c.id, request.registries.specs[i]!);
  return specs;
}

/** A pack claim's replay command names its pack (and --no-builtin when the run left the built-in claims out). */
function withPackReplays(results: RunResults, packs: ReadonlyMap<string, string>): RunResults {
  const builtin = results.claims.some((c) => !packs.has(c.id));
  const replay = (c: ClaimRecord) => (packs.has(c.id) ? c.replay.replace(' verify ', ` verify --pack ${packs.get(c.id)}${builtin ? '' : ' --no-builtin'} `) : c.replay);
  return { ...results, claims: results.claims.map((c) => ({ ...c, replay: replay(c) })) };
}

/** Check before any claim runs that --out can be created and written (a probe file is written and removed). */
function probeOut(dir: string): void {
  try {
    ensureDirectory(dir);
    const probe = join(dir, `.probe-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (e) {
    throw new UsageError(`--out ${dir}: cannot write there (${(e as Error).message.split('\n')[0]})`);
  }
}

/**
 * `verify`: select the claims (--claims, then --shard), check that --out is writable, run them on worker
 * threads under their time budgets with live progress on stderr — each finished claim stored at once in
 * DIR/claims/<id>.json, and with --resume those already finished under the same seed, scale, backend
 * and code version reused — write the report files atomically, print the summary, and return 0 when
 * every verdict equals its expectation, 1 otherwise, EXIT_WRITE_FAILED when the report cannot be written.
 * Ctrl-C prints what finished and the command that resumes, and exits with EXIT_INTERRUPTED.
 */
export async function verifyCommand(argv: string[], io: Io): Promise<number> {
  const request = parseVerifyFlags(argv);
  const { modules } = request.registries;
  let registered;
  try {
    registered = await loadClaims(modules);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  let ids = registered.map((c) => c.id);
  if (request.claims !== undefined) {
    try {
      ids = selectClaims(ids, request.claims);
    } catch (e) {
      throw new UsageError(`--claims: ${(e as Error).message}`);
    }
  }
  if (request.path !== undefined && ids.length !== 1) {
    throw new UsageError(`--path replays one case of one claim: --claims must select exactly one claim, it selects ${ids.length}`);
  }
  const expected = expectations(request);
  if (request.shard) ids = shardClaims(ids, request.shard.index, request.shard.count, (id) => expected.get(id)?.seconds, (id) => registered.find((c) => c.id === id)?.reuses);
  probeOut(request.out);
  const chosen = registered.filter((c) => ids.includes(c.id));
  const key: RunKey = { seed: request.seed, scale: request.scale, backend: request.backend, runs: request.runs ?? null, path: request.path ?? null, code: codeVersion() };
  const reused = request.resume ? storedClaims(request.out, key) : new Map<string, ClaimRecord>();
  for (const id of [...reused.keys()]) if (!ids.includes(id)) reused.delete(id);
  if (request.resume) io.err(`resuming: ${reused.size} of ${chosen.length} claims finished earlier in ${join(request.out, CLAIMS_DIR)} are reused`);
  const finished: string[] = [...reused.keys()];
  let stopping = false;
  // A second Ctrl-C while the first one's message is written must not kill the process before it exits 130.
  const onInterrupt = () => {
    if (stopping) return;
    stopping = true;
    io.err(`\ninterrupted: ${finished.length} of ${chosen.length} claims finished and are kept in ${join(request.out, CLAIMS_DIR)}${finished.length > 0 ? ` (${finished.join(', ')})` : ''}`);
    io.err(`resume with: npx spectral-conformance verify ${[...argv.filter((a) => a !== '--resume'), '--resume'].join(' ')}`);
    process.exit(EXIT_INTERRUPTED);
  };
  process.on('SIGINT', onInterrupt);
  const progress = createProgress(io.progress ?? process.stderr, chosen.length - reused.size);
  let results;
  try {
    results = await runVerify({
      claims: chosen,
      catalogues: await loadCatalogues(modules),
      registries: modules,
      expected: new Map([...expected].map(([id, e]) => [id, e.verdict])),
      expectedReasons: new Map([...expected].map(([id, e]) => [id, e.reason])),
      expectedSeconds: new Map([...expected].flatMap(([id, e]) => (e.seconds === undefined ? [] : [[id, e.seconds] as const]))),
      seed: request.seed,
      scale: request.scale,
      ...(request.runs === undefined ? {} : { runs: request.runs }),
      ...(request.path === undefined ? {} : { path: request.path }),
      reused,
      jobs: request.jobs,
      backend: request.backend,
      onStart: (id) => progress.started(id),
      onFinish: (record) => {
        progress.finished(record);
        try {
          storeClaim(request.out, key, record);
        } catch (e) {
          io.err(`warning: could not keep ${record.id}'s result in ${join(request.out, CLAIMS_DIR)}: ${(e as Error).message.split('\n')[0]}`);
        }
        finished.push(record.id);
      },
    });
  } finally {
    progress.done();
    process.off('SIGINT', onInterrupt);
  }
  results = withPackReplays(results, await packOfClaim(request));
  for (const c of results.claims) if (c.expected === null) io.err(`note: ${c.id} has no expectation in ${request.expect}`);
  try {
    writeReportFiles(request.out, results);
  } catch (e) {
    io.err(`spectral-conformance: cannot write the report to ${request.out}: ${(e as Error).message.split('\n')[0]}; the finished claims are in ${join(request.out, CLAIMS_DIR)} (rerun with --resume)`);
    runSummary(results, request.out, io.out);
    return EXIT_WRITE_FAILED;
  }
  const summary = writeStepSummary(results, request.summary);
  if (summary) io.err(`Markdown summary appended to ${summary}`);
  return runSummary(results, request.out, io.out);
}
