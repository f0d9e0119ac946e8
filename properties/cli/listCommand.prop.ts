import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { claims } from '../../src/claims/registry.js';

describe('list', () => {
  it('prints every registered claim on one line: id, paper, anchor, printed words', async () => {
    const out: string[] = [];
    expect(await main(['list'], { out: (s) => out.push(s), err: () => {}, progress: { write: () => true } })).toBe(0);
    expect(out).toHaveLength(claims.length);
    claims.forEach((c, i) => {
      expect(out[i]!.startsWith(`${c.id} `)).toBe(true);
      expect(out[i]).toContain(c.paper);
      expect(out[i]).toContain(c.printed.anchor);
      expect(out[i]).toContain(c.printed.text.replace(/\s+/g, ' ').trim());
    });
  });
});
