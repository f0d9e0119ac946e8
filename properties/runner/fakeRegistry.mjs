// Test-only claim registry for the worker-pool properties (loaded by the real worker threads through
// runClaims' `registry` option). Plain JS because workers run compiled code: each fake claim exercises
// one path of the runner — a result, a throw, a runaway loop past a tiny budget, a dying worker.

const meta = (id) => ({
  id,
  paper: 'fake',
  printed: { key: id, anchor: '§0', lines: [1, 1], text: `fake claim ${id}` },
  reading: [],
  domain: 'none',
  rule: 'fixed by the fake',
  tolerance: 'none',
});

const table = (rows) => ({ measuredLabel: 'measured', boundLabel: 'bound', rows });

const power = (rows) => ({
  reference: 'none (fake)',
  marginLabel: 'none',
  decided: rows.filter((r) => r.decided).length,
  undecided: rows.filter((r) => !r.decided).length,
  margins: rows.some((r) => r.decided) ? { min: 1, median: 1, max: 1 } : null,
});

// Work a claim shares with another: computed once per worker thread (as a claim's memoised function).
let sharedWork;
const shared = (ctx) => {
  const hit = sharedWork?.seed === ctx.seed;
  sharedWork = { seed: ctx.seed };
  return { verdict: 'holds', reason: hit ? 'cache hit' : 'computed', cases: 1, measurements: table([]), power: power([]), charts: [] };
};

export const claims = [
  {
    ...meta('fake.holds'),
    check: (ctx) => ({
      verdict: 'holds',
      reason: `seed ${ctx.seed}, runs ${ctx.runs ?? 'default'}, path ${ctx.path ?? 'none'}`,
      cases: ctx.runs ?? 3,
      measurements: table([{ params: { n: 1 }, measured: 0.5, bound: 1, ok: true, decided: true, margin: 1 }]),
      power: power([{ decided: true }]),
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
    check: () => ({ verdict: 'holds', reason: `backend ${process.env.SPECTRAL_BACKEND}`, cases: 1, measurements: table([]), power: power([]), charts: [] }),
  },
  {
    ...meta('fake.nan'),
    check: () => ({
      verdict: 'inconclusive',
      reason: 'measured a NaN',
      cases: 1,
      measurements: table([{ params: { n: 2 }, measured: Number.NaN, bound: Number.POSITIVE_INFINITY, ok: true, decided: false, margin: Number.NaN }]),
      power: power([]),
      charts: [],
    }),
  },
  { ...meta('fake.shared.first'), check: shared },
  { ...meta('fake.shared.again'), reuses: 'fake.shared.first', check: shared },
];

// The fake paper's catalogue: one statement checked by the fakes, one recorded as not checkable.
export const catalogues = [
  {
    paper: 'fake',
    title: 'A fake paper',
    authors: 'A. Author',
    venue: 'Nowhere',
    year: 2020,
    source: 'papers/fake.txt',
    statements: [
      { key: 'fake.holds', anchor: '§0', lines: [1, 1], printed: 'fake claim fake.holds' },
      { key: 'definition', anchor: '§1', lines: [2, 3], printed: 'a definition', notCheckable: 'a definition asserts nothing' },
    ],
  },
  {
    paper: 'unused',
    title: 'A paper with no claim in the run',
    authors: 'B. Author',
    venue: 'Nowhere',
    year: 2020,
    source: 'papers/unused.txt',
    statements: [],
  },
];
