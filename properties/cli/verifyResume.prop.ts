import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RunResults } from '../../src/runner/runResults.js';
import { scratchDirectory } from '../support/scratchDirectory.js';
import { FAST_CLAIMS, ROOT, runCli } from './runCli.js';

const tmp = scratchDirectory('sc-resume-');
const claims = FAST_CLAIMS.join(',');
const verdicts = (dir: string) => (JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as RunResults).claims.map((c) => [c.id, c.verdict, c.reason]);

describe('verify loses nothing: --out checked first, each claim kept as it finishes, --resume, Ctrl-C, write failures', () => {
  it('refuses an --out it cannot write before running any claim: exit 2, one line, no hang', async () => {
    for (const bad of ['/proc/forbidden', '/dev/null/x']) {
      const started = performance.now();
      const r = await runCli(['verify', '--claims', claims, '--out', bad]);
      expect(r.status, bad).toBe(2);
      expect(r.stderr.trim().split('\n'), bad).toHaveLength(1);
      expect(r.stderr).toContain(`--out ${bad}: cannot write there`);
      expect(r.stderr).not.toMatch(/\[\d+\/\d+\]/);
      expect(performance.now() - started).toBeLessThan(20_000);
    }
  });

  it('keeps every finished claim in DIR/claims and reuses them with --resume (same seed, scale, backend, code), running only the rest', async () => {
    const dir = join(tmp, 'resume');
    const first = await runCli(['verify', '--claims', claims, '--out', dir, '--jobs', '1']);
    expect(first.status, first.stderr).toBe(0);
    expect(readdirSync(join(dir, 'claims')).sort()).toEqual(FAST_CLAIMS.map((id) => `${id}.json`).sort());
    rmSync(join(dir, 'claims', `${FAST_CLAIMS[1]}.json`));
    const again = await runCli(['verify', '--claims', claims, '--out', dir, '--jobs', '1', '--resume']);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain(`resuming: 2 of 3 claims finished earlier`);
    expect(again.stderr.match(/^\[\d\/1\]/gm)).toHaveLength(1);
    const other = await runCli(['verify', '--claims', claims, '--out', dir, '--jobs', '1', '--resume', '--seed', '7']);
    expect(other.stderr).toContain('resuming: 0 of 3 claims finished earlier');
    expect(verdicts(dir)).toHaveLength(3);
  });

  it('exits 3 when the report cannot be written at the end, still printing the summary and keeping the finished claims', async () => {
    const dir = join(tmp, 'blocked');
    mkdirSync(join(dir, 'results.json', 'occupied'), { recursive: true });
    const r = await runCli(['verify', '--claims', FAST_CLAIMS[0]!, '--out', dir]);
    expect(r.status, r.stderr).toBe(3);
    expect(r.stderr).toContain('cannot write the report');
    expect(r.stdout).toContain('1 claims: ');
    expect(existsSync(join(dir, 'claims', `${FAST_CLAIMS[0]}.json`))).toBe(true);
  });

  it('on Ctrl-C prints what finished and the resume command, exits 130, and the resumed run completes', async () => {
    const dir = join(tmp, 'interrupted');
    const bin = fileURLToPath(new URL('../../bin/spectral-conformance.js', import.meta.url));
    const { GITHUB_STEP_SUMMARY: _, ...env } = process.env;
    // A fast claim first, then three that take a second or more: the interrupt lands while the second runs.
    const slow = ['cao21.sec4.addition-formula', 'cao21.eq2.1.ntk-closed-form', 'bowman22.asi.zero-output', 'dandi21.app10.hermite-derivative'];
    const child = spawn(process.execPath, [bin, 'verify', '--claims', slow.join(','), '--out', dir, '--jobs', '1'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let sent = false;
    const status = await new Promise<number | null>((resolve) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (!sent && /^\[1\/4\]/m.test(stderr)) {
          sent = true;
          child.kill('SIGINT');
        }
      });
      child.on('close', (code) => resolve(code));
    });
    expect(status, stderr).toBe(130);
    expect(stderr).toMatch(/interrupted: [1-3] of 4 claims finished and are kept in/);
    const resume = /resume with: npx spectral-conformance (verify .*--resume)$/m.exec(stderr);
    expect(resume).not.toBeNull();
    expect(readdirSync(join(dir, 'claims')).length).toBeGreaterThanOrEqual(1);
    const resumed = await runCli(resume![1]!.split(' '));
    expect(resumed.status, resumed.stderr).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as RunResults).claims).toHaveLength(4);
  });
});
