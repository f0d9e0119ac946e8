import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkForAll, type ForAllSpec } from '../../src/claims/checkForAll.js';
import { powerSummary } from '../../src/claims/powerSummary.js';

/** A toy law on x ∈ [0, 100]: the claim "x ≤ limit"; a case decides when x ≥ decidedFrom. */
function law(limit: number, decidedFrom: number, extra: Partial<ForAllSpec<{ x: number }>> = {}): ForAllSpec<{ x: number }> {
  return {
    arbitrary: fc.record({ x: fc.integer({ min: 0, max: 100 }) }),
    evaluate: ({ x }) => ({ measured: x, bound: limit, ok: x <= limit, decided: x >= decidedFrom, margin: limit - x }),
    numRuns: { quick: 50, paper: 50 },
    measuredLabel: 'x',
    boundLabel: 'limit',
    power: { reference: 'a toy alternative', marginLabel: 'limit − x' },
    ...extra,
  };
}

const ctx = { seed: 7, scale: 'quick' as const };

describe('checkForAll: a holds verdict rests only on cases that could have failed', () => {
  it('holds when every case satisfies the bound and some are decided; the reason counts decided and undecided cases', () => {
    const out = checkForAll(ctx, law(1000, 50));
    expect(out.verdict).toBe('holds');
    const decided = out.measurements.rows.filter((r) => r.decided).length;
    expect(decided).toBeGreaterThan(0);
    expect(out.power).toMatchObject({ decided, undecided: out.cases - decided });
    expect(out.reason).toContain(`${decided} of ${out.cases} drawn cases could have failed`);
    // The reason names the closest call among the decided cases (the largest x drawn).
    const largest = Math.max(...out.measurements.rows.filter((r) => r.decided).map((r) => r.measured as number));
    expect(out.reason).toContain(`smallest margin ${1000 - largest} (x = ${largest} against 1000) at x = ${largest}`);
  });

  it('is inconclusive ("no power at these sizes") when no case could have failed, though none violates the bound', () => {
    const out = checkForAll(ctx, law(1000, 1000));
    expect(out.verdict).toBe('inconclusive');
    expect(out.reason).toMatch(/^no power at these sizes/);
    expect(out.power.margins).toBeNull();
  });

  it('is inconclusive when a case cannot be decided by the numerics, whatever the power', () => {
    const base = law(1000, 0);
    const out = checkForAll(ctx, { ...base, evaluate: (p) => ({ ...base.evaluate(p), inconclusive: p.x === 0 || p.x > 50 }) });
    expect(out.verdict).toBe('inconclusive');
  });

  it('is refuted with the shrunk counterexample, the worst drawn case (smallest margin) and a finding with numbers', () => {
    const out = checkForAll(ctx, law(10, 0));
    expect(out.verdict).toBe('refuted');
    expect(out.counterexample?.params).toEqual({ x: 11 });
    const margins = out.measurements.rows.map((r) => r.margin);
    expect(out.worst?.margin).toBe(Math.min(...margins));
    expect(out.reason).toMatch(/^violated: x = 11 against limit 10 at x = 11 \(shrunk\); worst drawn case x = \d+/);
  });

  it('uses the law\'s own finding line when it gives one', () => {
    const out = checkForAll(ctx, law(10, 0, { finding: (cx, worst) => `x exceeds 10 (shrunk ${String(cx.measured)}, worst ${String(worst.measured)})` }));
    expect(out.reason).toMatch(/^x exceeds 10 \(shrunk 11, worst \d+\)$/);
  });
});

describe('powerSummary', () => {
  test.prop([fc.array(fc.record({ decided: fc.boolean(), margin: fc.double({ min: -10, max: 10, noNaN: true }) }), { maxLength: 30 })])(
    'counts decided cases and gives min ≤ median ≤ max of their margins (the median splits them in half)',
    (cases) => {
      const rows = cases.map((c) => ({ params: {}, measured: 0, bound: 0, ok: true, ...c }));
      const p = powerSummary(rows, { reference: 'r', marginLabel: 'm' });
      const margins = cases.filter((c) => c.decided).map((c) => c.margin);
      expect(p.decided + p.undecided).toBe(cases.length);
      expect(p.decided).toBe(margins.length);
      if (margins.length === 0) {
        expect(p.margins).toBeNull();
        return;
      }
      const m = p.margins!;
      expect(m.min).toBe(Math.min(...margins));
      expect(m.max).toBe(Math.max(...margins));
      expect(margins.filter((x) => x < m.median).length).toBeLessThanOrEqual(margins.length / 2);
      expect(margins.filter((x) => x > m.median).length).toBeLessThanOrEqual(margins.length / 2);
    },
  );
});
