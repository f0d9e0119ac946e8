import { test, fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/claims/claim.js';
import { loadClaims } from '../../src/runner/loadClaims.js';
import { runClaims, type ClaimTask } from '../../src/runner/runClaims.js';
import { timeBudget } from '../../src/runner/timeBudget.js';

const registries = [new URL('./fakeRegistry.mjs', import.meta.url).href];
const fakes = await loadClaims(registries);
const fake = (id: string): Claim => fakes.find((c) => c.id === id)!;
const task = (id: string, budgetMs = timeBudget(fake(id), 'quick')): ClaimTask => ({ claim: fake(id), ctx: { seed: 7, scale: 'quick' }, expected: 'holds', budgetMs });
const run = (ids: readonly string[], jobs = 1) => runClaims(ids.map((id) => task(id)), { jobs, backend: 'cpu', registries });

describe('runClaims: claims on worker threads, each under its time budget', () => {
  it('reports a claim that throws as error with its message and stack, and goes on with the other claims', async () => {
    const [thrown, after] = await run(['fake.throws', 'fake.holds']);
    expect(thrown!.verdict).toBe('error');
    expect(thrown!.reason).toBe('fake check failed <b>on purpose</b>');
    expect(thrown!.error?.stack).toContain('fakeRegistry.mjs');
    expect(after!.verdict).toBe('holds');
  });

  it('stops a runaway check at its budget, reports it inconclusive (time budget), and runs the next claim on a fresh worker', async () => {
    const start = performance.now();
    const [hung, after] = await run(['fake.hangs', 'fake.holds']);
    expect(performance.now() - start).toBeLessThan(10_000);
    expect(hung).toMatchObject({ verdict: 'inconclusive', timedOut: true, reason: 'time budget of 0.3 s exceeded', budgetMs: 300 });
    expect(hung!.durationMs).toBeGreaterThanOrEqual(290);
    expect(after!.verdict).toBe('holds');
  });

  it('reports a claim whose worker dies as error and goes on', async () => {
    const [died, after] = await run(['fake.exits', 'fake.holds']);
    expect(died!.verdict).toBe('error');
    expect(died!.reason).toMatch(/exited with code 3/);
    expect(after!.verdict).toBe('holds');
  });

  it('passes the run context (seed, runs, path) and exports the backend as SPECTRAL_BACKEND', async () => {
    const [holds, backend] = await runClaims(
      [
        { ...task('fake.holds'), ctx: { seed: 99, scale: 'quick', runs: 5, path: '1:2' } },
        { ...task('fake.backend') },
      ],
      { jobs: 2, backend: 'cpu', registries },
    );
    expect(holds).toMatchObject({ reason: 'seed 99, runs 5, path 1:2', cases: 5, seed: 99 });
    expect(backend!.reason).toBe('backend cpu');
  });

  it('keeps non-finite measurements, as the strings NaN / Infinity', async () => {
    const [nan] = await run(['fake.nan']);
    expect(nan!.measurements.rows[0]).toMatchObject({ measured: 'NaN', bound: 'Infinity' });
  });

  it('starts the longest recorded claims first, unmeasured ones before them, and still returns task order', async () => {
    const started: string[] = [];
    const seconds: Record<string, number | undefined> = { 'fake.holds': 1, 'fake.nan': 30, 'fake.backend': undefined, 'fake.throws': 5 };
    const tasks = Object.entries(seconds).map(([id, s]) => ({ ...task(id), ...(s === undefined ? {} : { expectedSeconds: s }) }));
    const records = await runClaims(tasks, { jobs: 1, backend: 'cpu', registries, onStart: (id) => started.push(id) });
    expect(started).toEqual(['fake.backend', 'fake.nan', 'fake.throws', 'fake.holds']);
    expect(records.map((r) => r.id)).toEqual(Object.keys(seconds));
  });

  test.prop([fc.integer({ min: 1, max: 3 }), fc.shuffledSubarray(['fake.holds', 'fake.backend', 'fake.nan'])], { numRuns: 4 })(
    'runs a claim that reuses another right after it on the same thread (its shared work a cache hit), whatever else runs beside',
    async (jobs, others) => {
      const ids = ['fake.shared.again', ...others, 'fake.shared.first'];
      // The follower recorded as the longest: it must still wait for the claim whose work it reuses.
      const tasks = ids.map((id) => ({ ...task(id), expectedSeconds: id === 'fake.shared.again' ? 100 : 1 }));
      const started: string[] = [];
      const records = await runClaims(tasks, { jobs, backend: 'cpu', registries, onStart: (id) => started.push(id) });
      expect(records.map((r) => r.reason)).toEqual(ids.map((id) => (id === 'fake.shared.first' ? 'computed' : id === 'fake.shared.again' ? 'cache hit' : expect.anything())));
      expect(started.indexOf('fake.shared.again')).toBeGreaterThan(started.indexOf('fake.shared.first'));
    },
  );

  test.prop([fc.shuffledSubarray(['fake.holds', 'fake.throws', 'fake.backend', 'fake.nan'], { minLength: 1 }), fc.integer({ min: 1, max: 3 })], { numRuns: 4 })(
    'returns the records in task order whatever the number of workers',
    async (ids, jobs) => {
      expect((await run(ids, jobs)).map((r) => r.id)).toEqual(ids);
    },
  );
});
