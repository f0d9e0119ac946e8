import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResults } from '../../src/runner/runResults.js';
import { resultsValidator } from '../runner/resultsSchema.js';
import { scratchDirectory } from '../support/scratchDirectory.js';
import { FAST_CLAIMS, ROOT, runCli, type CliRun } from './runCli.js';

const tmp = scratchDirectory('sc-verify-');
const out = (name: string) => join(tmp, name);
const readResults = (dir: string) => JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as RunResults;
/** A run's claims without what legitimately varies between runs (wall times). */
const comparable = (r: RunResults) => r.claims.map(({ durationMs: _d, ...rest }) => rest);
const expectations = JSON.parse(readFileSync(join(ROOT, 'fixtures/expectations.json'), 'utf8')) as { claims: Record<string, { verdict: string; reason: string }> };

function expectationsWith(edit: (claims: Record<string, { verdict: string; reason: string }>) => void): string {
  const copy = structuredClone(expectations);
  edit(copy.claims);
  const file = join(tmp, `expect-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(copy));
  return file;
}

const claims = FAST_CLAIMS.join(',');
const runs: Record<string, CliRun> = {};

describe('verify, end to end (the real CLI on three fast claims)', () => {
  beforeAll(async () => {
    const flipped = expectationsWith((c) => (c['cao21.thm3.3.ordering']!.verdict = 'refuted'));
    const missing = expectationsWith((c) => delete c['cao21.thm3.3.low-positive']);
    const jobs: Record<string, string[]> = {
      jobs1: ['--jobs', '1', '--out', out('jobs1')],
      jobs2: ['--jobs', '2', '--out', out('jobs2')],
      shard1: ['--shard', '1/2', '--out', out('shard1')],
      shard2: ['--shard', '2/2', '--out', out('shard2')],
      flipped: ['--expect', flipped, '--out', out('flipped')],
      missing: ['--expect', missing, '--out', out('missing')],
    };
    await Promise.all(Object.entries(jobs).map(async ([name, args]) => (runs[name] = await runCli(['verify', '--claims', claims, ...args]))));
  });

  it('exits 0 when every verdict equals fixtures/expectations.json and writes results.json, index.html and junit.xml', () => {
    expect(runs.jobs1!.status, runs.jobs1!.stderr).toBe(0);
    expect(runs.jobs1!.stdout).toContain('every verdict equals its expectation');
    const html = readFileSync(join(out('jobs1'), 'index.html'), 'utf8');
    for (const id of FAST_CLAIMS) expect(html).toContain(`data-claim-id="${id}"`);
    expect(readFileSync(join(out('jobs1'), 'junit.xml'), 'utf8').match(/<testcase /g)).toHaveLength(3);
  });

  it('writes a results.json that validates against schema/results.schema.json', () => {
    const validate = resultsValidator();
    const results = readResults(out('jobs1'));
    expect(validate(results), JSON.stringify(validate.errors)).toBe(true);
    expect(results.claims.map((c) => c.id)).toEqual(FAST_CLAIMS);
    expect(results.claims.find((c) => c.id === 'cao21.thm3.3.rate-d-large')?.counterexample).toBeDefined();
  });

  it('prints one plain line per claim on a non-terminal stderr, with the seed and path of a counterexample', () => {
    const lines = runs.jobs1!.stderr.split('\n').filter((l) => /^\[\d\/3\]/.test(l));
    expect(lines).toHaveLength(3);
    expect(runs.jobs1!.stderr).not.toContain('\x1b[');
    expect(runs.jobs1!.stderr).toMatch(/counterexample: seed 42, path "[\d:]+"; replay: npx spectral-conformance verify --claims cao21\.thm3\.3\.rate-d-large --scale quick --seed 42 --path [\d:]+/);
  });

  it('gives identical results with --jobs 2 and --jobs 1 for the same seed', () => {
    expect(runs.jobs2!.status, runs.jobs2!.stderr).toBe(0);
    expect(comparable(readResults(out('jobs2')))).toEqual(comparable(readResults(out('jobs1'))));
  });

  it('exits 1 when an expectation is edited to the opposite verdict, and shows expected vs measured', () => {
    expect(runs.flipped!.status, runs.flipped!.stderr).toBe(1);
    expect(runs.flipped!.stdout).toContain('1 verdict differ');
    expect(runs.flipped!.stdout).toContain('cao21.thm3.3.ordering: expected refuted, measured holds');
    const html = readFileSync(join(out('flipped'), 'index.html'), 'utf8');
    expect(html).toContain('1 of 3 verdicts differ from their expectations');
    expect(readFileSync(join(out('flipped'), 'junit.xml'), 'utf8')).toContain('<failure message="expected refuted, measured holds"');
  });

  it('exits 1 when a claim has no expectation, and says which', () => {
    expect(runs.missing!.status).toBe(1);
    expect(runs.missing!.stderr).toContain('note: cao21.thm3.3.low-positive has no expectation in');
    expect(runs.missing!.stdout).toContain('cao21.thm3.3.low-positive: no expectation, measured holds');
  });

  it('splits the claims over --shard 1/2 and 2/2, and merge recombines them into the unsharded run', async () => {
    const [a, b] = [readResults(out('shard1')), readResults(out('shard2'))];
    expect([...a.claims, ...b.claims].map((c) => c.id).sort()).toEqual([...FAST_CLAIMS].sort());
    expect(a.claims.filter((c) => b.claims.some((d) => d.id === c.id))).toEqual([]);
    const merge = await runCli(['merge', out('shard2'), out('shard1'), '--out', out('merged')]);
    expect(merge.status, merge.stderr).toBe(0);
    expect(comparable(readResults(out('merged')))).toEqual(comparable(readResults(out('jobs1'))));
    expect(readFileSync(join(out('merged'), 'index.html'), 'utf8')).toContain('data-claim-id="cao21.thm3.3.rate-d-large"');
  });

  it('replays exactly the stored counterexample with --claims ID --seed S --path P', async () => {
    const stored = readResults(out('jobs1')).claims.find((c) => c.id === 'cao21.thm3.3.rate-d-large')!.counterexample!;
    const replay = await runCli(['verify', '--claims', 'cao21.thm3.3.rate-d-large', '--seed', String(stored.seed), '--path', stored.path, '--out', out('replay')]);
    expect(replay.status, replay.stderr).toBe(0);
    expect(readResults(out('replay')).claims[0]!.counterexample).toEqual(stored);
  });
});
