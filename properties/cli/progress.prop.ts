import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';
import { fakeRecord } from '../report/fakeResults.js';

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, write: (s: string) => chunks.push(s), isTTY, columns: 60 };
}

describe('verify progress on stderr', () => {
  it('is one plain line per claim when stderr is not a terminal (CI logs)', () => {
    const s = stream(false);
    const p = createProgress(s, 2);
    p.started('a.one');
    p.finished(fakeRecord({ id: 'a.one', durationMs: 1500 }));
    p.started('b.two');
    p.finished(fakeRecord({ id: 'b.two', verdict: 'error', expected: 'holds', reason: 'boom' }));
    p.done();
    expect(s.chunks.join('')).toBe('[1/2] holds        a.one  1.5 s\n[2/2] error        b.two  13 ms  ≠ expected holds\n      error: boom\n');
  });

  it('draws a live bar with the running claims on a terminal, above which finished claims are printed', () => {
    const s = stream(true);
    const p = createProgress(s, 2);
    p.started('a.one');
    expect(s.chunks.at(-1)).toMatch(/^\r\x1b\[2K\[░{24}\] 0\/2 {2}\d+ ms {2}a\.one$/);
    p.finished(fakeRecord({ id: 'a.one', verdict: 'inconclusive', expected: 'inconclusive', timedOut: true }));
    expect(s.chunks.at(-2)).toBe('\r\x1b[2K[1/2] inconclusive (time budget) a.one  13 ms\n');
    expect(s.chunks.at(-1)).toMatch(/^\r\x1b\[2K\[█{12}░{12}\] 1\/2/);
    // The bar (unlike the finished lines, which carry whole replay commands) fits the terminal width.
    for (const bar of s.chunks.filter((c) => !c.endsWith('\n'))) expect(bar.replace('\r\x1b[2K', '').length).toBeLessThan(60);
    p.done();
    expect(s.chunks.at(-1)).toBe('\r\x1b[2K');
  });
});
