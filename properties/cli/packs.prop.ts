import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunResults } from '../../src/runner/runResults.js';
import { scratchDirectory } from '../support/scratchDirectory.js';
import { ROOT, runCli } from './runCli.js';

const tmp = scratchDirectory('sc-packs-');
const EXAMPLE = join(ROOT, 'examples', 'dot-product-kernels');
const npm = (args: string[], cwd: string) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** A pack module on disk with the given source. */
function pack(name: string, source: string): string {
  const file = join(tmp, `${name}.mjs`);
  writeFileSync(file, source);
  return file;
}

const claimSource = (id: string, extra = '') => `export const claims = [{ id: '${id}', paper: 'p', printed: { key: 'k', anchor: '§1', lines: [1, 1], text: 't' }, reading: [], domain: 'd', rule: 'r', tolerance: 't', check: () => ({}) ${extra}}];`;

describe('claim packs: a paper\'s claims from outside this repository', () => {
  it('refuses a bad pack with exit 2 and one line naming the file and the claim', async () => {
    const cases: [string, RegExp][] = [
      [pack('syntax', 'export const claims = [;'), /syntax\.mjs: cannot load it/],
      [pack('empty', 'export const other = 1;'), /empty\.mjs: exports no claims/],
      [pack('dup', claimSource('cao21.thm3.3.odd-zero')), /dup\.mjs: claim cao21\.thm3\.3\.odd-zero is already registered by the built-in registry/],
      [pack('invalid', 'export const claims = [{ id: "p.x", paper: "p", reading: [], domain: "d", rule: "r", tolerance: "t", check() {} }];'), /invalid\.mjs: claim p\.x: "printed" must be/],
      [join(tmp, 'nowhere'), /--pack .*nowhere: neither a file or folder nor a package/],
    ];
    for (const [file, message] of cases) {
      for (const command of [['list'], ['verify', '--out', join(tmp, 'out')]]) {
        const r = await runCli([...command, '--pack', file]);
        expect(r.status, `${command[0]} ${file}: ${r.stderr}`).toBe(2);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).toMatch(message);
      }
    }
  });

  it('runs the example pack alone and beside the built-in claims, compared with the pack\'s own expectations, its catalogue in the report', async () => {
    const alone = await runCli(['verify', '--pack', EXAMPLE, '--no-builtin', '--out', join(tmp, 'alone')]);
    expect(alone.status, alone.stderr).toBe(0);
    const results = JSON.parse(readFileSync(join(tmp, 'alone', 'results.json'), 'utf8')) as RunResults;
    expect(results.claims.map((c) => [c.id, c.verdict])).toEqual([
      ['sow00.analytic-nonnegative.one-sphere', 'refuted'],
      ['sow00.analytic-nonnegative.every-sphere', 'holds'],
    ]);
    expect(results.catalogues.map((c) => c.paper)).toEqual(['sow00']);
    expect(results.claims[0]!.replay).toContain(`--pack ${EXAMPLE} --no-builtin --claims sow00.analytic-nonnegative.one-sphere`);
    const beside = await runCli(['verify', '--pack', EXAMPLE, '--claims', 'sow00.*,cao21.thm3.3.ordering', '--out', join(tmp, 'beside')]);
    expect(beside.status, beside.stderr).toBe(0);
    const listed = await runCli(['list', '--pack', EXAMPLE]);
    expect(listed.stdout).toContain('sow00.analytic-nonnegative.every-sphere');
  });

  it('init scaffolds a pack that installs offline and passes its own tests and verify', () => {
    const dir = join(tmp, 'my-pack');
    execFileSync(process.execPath, [join(ROOT, 'bin', 'spectral-conformance.js'), 'init', dir], { encoding: 'utf8' });
    expect(readdirSync(dir).sort()).toEqual(['README.md', 'catalogue.json', 'claims.test.js', 'expectations.json', 'index.js', 'package.json', 'paper.txt']);
    npm(['install'], dir);
    expect(npm(['test'], dir)).toMatch(/1 passed/);
    npm(['run', 'verify'], dir);
    const results = JSON.parse(readFileSync(join(dir, 'report', 'results.json'), 'utf8')) as RunResults;
    expect(results.claims.map((c) => [c.id, c.verdict, c.expected])).toEqual([['mypaper.lemma1.mu0', 'holds', 'holds']]);
  });

  it('npm pack gives a tarball that a fresh project installs and runs the example pack from', () => {
    const packed = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], ROOT)) as { filename: string }[];
    const project = join(tmp, 'project');
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'a-user-project', version: '1.0.0', private: true, type: 'module' }));
    npm(['install', join(tmp, packed[0]!.filename)], project);
    const bin = join(project, 'node_modules', '.bin', 'spectral-conformance');
    const example = join(project, 'node_modules', 'spectral-conformance', 'examples', 'dot-product-kernels');
    execFileSync(bin, ['verify', '--pack', example, '--no-builtin', '--out', 'report'], { cwd: project, stdio: 'pipe' });
    const results = JSON.parse(readFileSync(join(project, 'report', 'results.json'), 'utf8')) as RunResults;
    expect(results.claims.map((c) => [c.id, c.verdict, c.expected])).toEqual([
      ['sow00.analytic-nonnegative.one-sphere', 'refuted', 'refuted'],
      ['sow00.analytic-nonnegative.every-sphere', 'holds', 'holds'],
    ]);
  });
});
