import { readExpectations, type Expectation } from '../claims/expectations.js';
import { writeReportFiles } from '../report/writeReportFiles.js';
import { loadCatalogues } from '../runner/loadCatalogues.js';
import { loadClaims } from '../runner/loadClaims.js';
import { runVerify } from '../runner/runVerify.js';
import { selectClaims } from '../runner/selectClaims.js';
import { shardSlice } from '../runner/shard.js';
import { UsageError } from './flags.js';
import type { Io } from './io.js';
import { createProgress } from './progress.js';
import { runSummary } from './runSummary.js';
import { writeStepSummary } from './writeStepSummary.js';
import { parseVerifyFlags } from './verifyFlags.js';

function expectations(file: string): Map<string, Expectation> {
  try {
    return readExpectations(file);
  } catch (e) {
    throw new UsageError(`--expect ${file}: ${(e as Error).message.split('\n')[0]}`);
  }
}

/**
 * `verify`: select the claims (--claims, then --shard), run them on worker threads under their time
 * budgets with live progress on stderr, write the report files atomically, print the summary, and
 * return 0 when every verdict equals its expectation, 1 otherwise.
 */
export async function verifyCommand(argv: string[], io: Io): Promise<number> {
  const request = parseVerifyFlags(argv);
  const registered = await loadClaims();
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
  if (request.shard) ids = shardSlice(ids, request.shard.index, request.shard.count);
  const expected = expectations(request.expect);
  const chosen = registered.filter((c) => ids.includes(c.id));
  const progress = createProgress(io.progress ?? process.stderr, chosen.length);
  let results;
  try {
    results = await runVerify({
      claims: chosen,
      catalogues: await loadCatalogues(),
      expected: new Map([...expected].map(([id, e]) => [id, e.verdict])),
      expectedReasons: new Map([...expected].map(([id, e]) => [id, e.reason])),
      seed: request.seed,
      scale: request.scale,
      ...(request.runs === undefined ? {} : { runs: request.runs }),
      ...(request.path === undefined ? {} : { path: request.path }),
      jobs: request.jobs,
      backend: request.backend,
      onStart: (id) => progress.started(id),
      onFinish: (record) => progress.finished(record),
    });
  } finally {
    progress.done();
  }
  for (const c of results.claims) if (c.expected === null) io.err(`note: ${c.id} has no expectation in ${request.expect}`);
  writeReportFiles(request.out, results);
  const summary = writeStepSummary(results, request.summary);
  if (summary) io.err(`Markdown summary appended to ${summary}`);
  return runSummary(results, request.out, io.out);
}
