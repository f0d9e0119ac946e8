import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { writeReportFiles } from '../../src/report/writeReportFiles.js';
import { fakeRecord, fakeRun } from '../report/fakeResults.js';
import { scratchDirectory } from '../support/scratchDirectory.js';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(['expectations', ...args], { out: (s) => out.push(s), err: (s) => err.push(s), progress: { write: () => true } });
  return { status, out, err };
}

describe('expectations: a run\'s measured verdicts become the expected ones, never a hand edit', () => {
  const dir = scratchDirectory('sc-expect-');
  const into = join(dir, 'expectations.json');
  const about = 'measured verdicts';

  it('records every claim of the run with its reason, keeps the others, and prints each changed verdict', async () => {
    writeFileSync(into, JSON.stringify({ about, claims: { 'a.kept': { verdict: 'holds', reason: 'old' }, 'b.same': { verdict: 'holds', reason: 'old' }, 'c.flip': { verdict: 'holds', reason: 'old' } } }));
    const runDir = join(dir, 'run');
    writeReportFiles(runDir, fakeRun([fakeRecord({ id: 'b.same', reason: 'new reason', durationMs: 1234 }), fakeRecord({ id: 'c.flip', verdict: 'refuted', reason: 'found', durationMs: 61_049 }), fakeRecord({ id: 'd.new', verdict: 'inconclusive', reason: 'no power', durationMs: 40 })]));
    const r = await run(['--from', runDir, '--into', into]);
    expect(r.status).toBe(0);
    expect(r.out).toEqual(['c.flip: holds → refuted (found)', 'd.new: new → inconclusive (no power)', `3 claims recorded in ${into} (scale quick, seed 42); 2 verdicts changed`]);
    const written = JSON.parse(readFileSync(into, 'utf8')) as { about: string; claims: Record<string, { verdict: string; reason: string }> };
    expect(written.about).toBe(about);
    expect(written.claims).toEqual({
      'a.kept': { verdict: 'holds', reason: 'old' },
      // With the wall seconds of the run, to 0.1 s (the start order and shard balance of later runs).
      'b.same': { verdict: 'holds', reason: 'new reason', seconds: 1.2 },
      'c.flip': { verdict: 'refuted', reason: 'found', seconds: 61 },
      'd.new': { verdict: 'inconclusive', reason: 'no power', seconds: 0 },
    });
  });

  it('records only the claims --claims selects', async () => {
    const file = join(dir, 'selected.json');
    writeFileSync(file, JSON.stringify({ about, claims: {} }));
    const runDir = join(dir, 'selected-run');
    writeReportFiles(runDir, fakeRun([fakeRecord({ id: 'p.a' }), fakeRecord({ id: 'p.b' }), fakeRecord({ id: 'q.c' })]));
    expect((await run(['--from', runDir, '--into', file, '--claims', 'p.*'])).status).toBe(0);
    expect(Object.keys((JSON.parse(readFileSync(file, 'utf8')) as { claims: object }).claims)).toEqual(['p.a', 'p.b']);
    expect((await run(['--from', runDir, '--into', file, '--claims', 'nothing.*'])).status).toBe(2);
  });

  it('refuses a run with an error verdict, a missing --from, and an unreadable run, with exit 2 and one line', async () => {
    const runDir = join(dir, 'error-run');
    writeReportFiles(runDir, fakeRun([fakeRecord({ id: 'x.err', verdict: 'error' })]));
    const before = readFileSync(into, 'utf8');
    for (const args of [['--from', runDir, '--into', into], ['--into', into], ['--from', join(dir, 'nowhere')]]) {
      const r = await run(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.err).toHaveLength(1);
    }
    expect(readFileSync(into, 'utf8')).toBe(before);
  });
});
