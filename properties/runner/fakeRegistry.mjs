// Test-only claim registry for the worker-pool properties (loaded by the real worker threads through
// runClaims' `registry` option). Plain JS because workers run compiled code: each fake claim exercises
// one path of the runner — a result, a throw, a runaway loop past a tiny budget, a dying worker.

const meta = (id) => ({
  id,
  paper: 'fake',
  section: '§0',
  statement: `fake claim ${id}`,
  domain: 'none',
  rule: 'fixed by the fake',
  tolerance: 'none',
});

const table = (rows) => ({ measuredLabel: 'measured', boundLabel: 'bound', rows });

export const claims = [
  {
    ...meta('fake.holds'),
    check: (ctx) => ({
      verdict: 'holds',
      reason: `seed ${ctx.seed}, runs ${ctx.runs ?? 'default'}, path ${ctx.path ?? 'none'}`,
      cases: ctx.runs ?? 3,
      measurements: table([{ params: { n: 1 }, measured: 0.5, bound: 1, ok: true }]),
      charts: [{ id: 'c', title: 'fake', xLabel: 'x', yLabel: 'y', xScale: 'log', yScale: 'log', series: [{ name: 's', style: 'line', points: [[1, 1], [10, 0.1]] }] }],
    }),
  },
  {
    ...meta('fake.throws'),
    check: () => {
      throw new Error('fake check failed <b>on purpose</b>');
    },
  },
  {
    ...meta('fake.hangs'),
    budgetMs: { quick: 300, paper: 300 },
    check: () => {
      // A runaway synchronous loop: nothing inside the worker can interrupt it, only terminate().
      for (;;);
    },
  },
  {
    ...meta('fake.exits'),
    check: () => process.exit(3),
  },
  {
    ...meta('fake.backend'),
    check: () => ({ verdict: 'holds', reason: `backend ${process.env.SPECTRAL_BACKEND}`, cases: 1, measurements: table([]), charts: [] }),
  },
  {
    ...meta('fake.nan'),
    check: () => ({
      verdict: 'inconclusive',
      reason: 'measured a NaN',
      cases: 1,
      measurements: table([{ params: { n: 2 }, measured: Number.NaN, bound: Number.POSITIVE_INFINITY, ok: true }]),
      charts: [],
    }),
  },
];
