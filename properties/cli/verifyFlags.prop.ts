import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

/** Run the CLI in-process; usage errors are decided before any claim runs. */
async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), progress: { write: () => true } });
  return { status, out, err };
}

describe('verify / merge / list: a bad command line exits 2 with one line naming the flag', () => {
  const cases: Array<[args: string[], names: RegExp]> = [
    [['--scale', 'huge'], /--scale must be one of quick\|paper, got "huge"/],
    [['--seed', 'x'], /--seed must be an integer in \[-2147483648, 2147483647\]/],
    [['--seed', '2147483648'], /--seed must be an integer/],
    [['--runs', '0'], /--runs must be an integer in \[1, 1000000\]/],
    [['--path', 'a:b'], /--path must be a fast-check replay path/],
    [['--path', '1:2'], /--path replays one case of one claim/],
    [['--jobs', '0'], /--jobs must be an integer in \[1, 256\]/],
    [['--jobs', '257'], /--jobs must be an integer in \[1, 256\]/],
    [['--shard', '3/2'], /--shard must be i\/n with integers 1 ≤ i ≤ n ≤ 1000, got "3\/2"/],
    [['--shard', '0/2'], /--shard must be i\/n/],
    [['--shard', 'half'], /--shard must be i\/n/],
    [['--backend', 'gpu'], /--backend must be one of wasm\|cpu\|node, got "gpu"/],
    [['--claims', 'nope.*'], /--claims: "nope\.\*" matches no registered claim/],
    [['--claims', ''], /--claims must not be empty/],
    [['--out', ' '], /--out must not be empty/],
    [['--expect', '/nonexistent/expectations.json'], /--expect \/nonexistent\/expectations\.json: ENOENT/],
    [['--bogus'], /Unknown option '--bogus' \(allowed: --claims, --scale/],
    [['extra'], /unexpected argument "extra"/],
  ];
  for (const [args, names] of cases) {
    it(`verify ${args.join(' ')}`, async () => {
      const r = await cli('verify', ...args);
      expect(r.status).toBe(2);
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(names);
      expect(r.out).toEqual([]);
    });
  }

  it('merge without directories, or with one lacking results.json', async () => {
    expect((await cli('merge')).err[0]).toMatch(/merge needs at least one directory/);
    const missing = await cli('merge', '/nonexistent-dir');
    expect(missing.status).toBe(2);
    expect(missing.err[0]).toMatch(/cannot read \/nonexistent-dir\/results\.json/);
  });

  it('list with an argument; an unknown command', async () => {
    expect((await cli('list', '--all')).status).toBe(2);
    expect((await cli('frobnicate')).err[0]).toMatch(/unknown command "frobnicate": expected one of verify, list, merge, spectrum, expectations, init, help$/);
  });
});
