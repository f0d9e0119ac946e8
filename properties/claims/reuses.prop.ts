import { describe, expect, it } from 'vitest';
import { claims } from '../../src/claims/registry.js';

describe('reuses: the claim whose work a claim repeats', () => {
  it('names another registered claim, and no chain of them returns to where it started', () => {
    const byId = new Map(claims.map((c) => [c.id, c]));
    for (const c of claims) {
      if (c.reuses === undefined) continue;
      expect(byId.has(c.reuses), `${c.id} reuses ${c.reuses}`).toBe(true);
      const seen = new Set([c.id]);
      for (let next: string | undefined = c.reuses; next !== undefined; next = byId.get(next)?.reuses) {
        expect(seen.has(next), `${c.id}: cycle through ${next}`).toBe(false);
        seen.add(next);
      }
    }
    // Corollary 3.10 draws Theorem 3.5's cases from the same sweep at the same seed.
    expect(byId.get('bowman22.cor3.10.top-level-learned')?.reuses).toBe('bowman22.thm3.5.deviation');
  });
});
