import { test, fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { measurementsCsv } from '../../src/report/measurementsCsv.js';
import { renderReport } from '../../src/report/renderReport.js';
import { fakeChart, fakeRecord, fakeRun, HOSTILE, hostileText } from './fakeResults.js';

const sections = (html: string) => [...html.matchAll(/<section class="claim[^"]*" id="[^"]*" data-claim-id="([^"]*)">/g)].map((m) => m[1]);

describe('renderReport: the conformance page from results.json', () => {
  test.prop([fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,6}\.[a-z0-9.-]{1,10}$/), { minLength: 0, maxLength: 6 })])(
    'has one section per claim, in order, each linked from the summary table, and the verdict counts',
    (ids) => {
      const html = renderReport(fakeRun(ids.map((id, i) => fakeRecord({ id, verdict: i % 2 ? 'refuted' : 'holds', expected: i % 2 ? 'refuted' : 'holds' }))));
      expect(sections(html)).toEqual(ids);
      for (const id of ids) expect(html).toContain(`<a href="#claim-${id}">${id}</a>`);
      expect(html).toContain(`<span class="count">${ids.length}</span> claims`);
      expect(html).toContain(`<span class="badge badge-refuted">refuted</span> <span class="count">${Math.floor(ids.length / 2)}</span>`);
      expect(html).toContain(`All ${ids.length} verdicts equal their expectations.`);
    },
  );

  test.prop([fc.record({ statement: hostileText, section: hostileText, paper: hostileText, reason: hostileText, id: hostileText, key: hostileText, value: hostileText, stack: hostileText, title: hostileText })])(
    'escapes every text that comes from the data',
    (t) => {
      const html = renderReport(
        fakeRun([
          fakeRecord({
            id: t.id,
            printed: { key: t.key, anchor: t.section, lines: [1, 2], text: t.statement },
            reading: [{ text: t.statement, restsOn: t.section }],
            readingName: t.title,
            refutation: { kind: 'typo', evidence: t.reason },
            paper: t.paper,
            reason: t.reason,
            verdict: 'error',
            error: { message: t.reason, stack: t.stack },
            measurements: { measuredLabel: t.title, boundLabel: t.title, rows: [{ params: { [t.key]: t.value }, measured: t.value, bound: null, ok: false, decided: true, margin: -1 }] },
            power: { reference: t.title, marginLabel: t.title, decided: 1, undecided: 0, margins: { min: -1, median: -1, max: -1 } },
            worst: { params: { [t.key]: t.value }, measured: t.value, bound: t.value, margin: -1 },
            counterexample: { params: { [t.key]: t.value }, measured: t.value, bound: t.value, seed: 1, path: t.value },
            tightest: { statement: t.statement, value: 1 },
            charts: [fakeChart({ title: t.title, yLabel: t.title })],
            replay: t.value,
          }),
        ], {
          catalogues: [{ paper: t.paper, title: t.title, authors: t.title, venue: t.title, year: 2021, source: t.title, statements: [{ key: t.key, anchor: t.section, lines: [1, 2], printed: t.statement }, { key: `${t.key}x`, anchor: t.section, lines: [3, 3], printed: t.statement, notCheckable: t.reason, readingsDiffer: t.reason }] }],
        }),
      );
      for (const h of HOSTILE) expect(html).not.toContain(h);
      expect(html).not.toMatch(/<(script|img|textarea)/i);
      // No event-handler attribute in any tag (data only ever appears escaped inside quoted values).
      expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[^>]*\son\w+=/i);
    },
  );

  it('shows a verdict that differs from its expectation prominently: expected vs measured, in the summary and the section', () => {
    const html = renderReport(fakeRun([fakeRecord({ id: 'a.same' }), fakeRecord({ id: 'b.flipped', verdict: 'refuted', expected: 'holds' }), fakeRecord({ id: 'c.new', expected: null })]));
    expect(html).toContain('2 of 3 verdicts differ from their expectations:');
    expect(html).toContain('<li><a href="#claim-b.flipped">b.flipped</a>: expected <span class="badge badge-holds">holds</span>, measured <span class="badge badge-refuted">refuted</span></li>');
    expect(html).toContain('expected <span class="badge badge-none">none</span>');
    expect(html.match(/<p class="mismatch">/g)).toHaveLength(2);
    expect(html.match(/<tr class="differs">/g)).toHaveLength(2);
  });

  it('shows the counterexample with its replay command, the measured tightest form, a time-budget stop and an error stack', () => {
    const html = renderReport(
      fakeRun([
        fakeRecord({
          id: 'r.refuted',
          verdict: 'refuted',
          expected: 'refuted',
          counterexample: { params: { d: 10, k: 2 }, measured: 0.123456789012, bound: 0.5, seed: 42, path: '0:1' },
          tightest: { statement: 'μ_k = Ω(d^{−k})', value: 0.97 },
          replay: 'npx spectral-conformance verify --claims r.refuted --scale quick --seed 42 --path 0:1',
        }),
        fakeRecord({ id: 't.slow', verdict: 'inconclusive', expected: 'holds', timedOut: true, reason: 'time budget of 120 s exceeded' }),
        fakeRecord({ id: 'e.broken', verdict: 'error', expected: 'holds', reason: 'boom', error: { message: 'boom', stack: 'Error: boom\n    at check (x.ts:1:1)' } }),
      ]),
    );
    expect(html).toContain('<h3>Counterexample (shrunk by fast-check)</h3>');
    // 4 significant digits on the page (the full value stays in results.json).
    expect(html).toMatch(/<td>0\.1235(<|$)/m);
    expect(html).toContain('Replay exactly this case: <code class="command">npx spectral-conformance verify --claims r.refuted --scale quick --seed 42 --path 0:1</code>');
    expect(html).toContain('μ_k = Ω(d^{−k}) <span class="value">(value 0.97)</span> — <em>measured, not a theorem</em>');
    expect(html).toContain('inconclusive (time budget)</span>');
    expect(html).toContain('<pre class="stack">Error: boom\n    at check (x.ts:1:1)</pre>');
  });

  it('says a parameter with one value in every case once above the table, and keeps it as a CSV column', () => {
    const row = (k: number) => ({ params: { n: 300, k, backend: 'wasm' }, measured: k, bound: 10, ok: true, decided: true, margin: 1 });
    const html = renderReport(fakeRun([fakeRecord({ charts: [], measurements: { measuredLabel: 'm', boundLabel: 'b', rows: [row(1), row(2), row(3)] } })]));
    expect(html).toContain('<p class="same">In every case: n = 300; backend = wasm.</p>');
    const head = /<table class="measurements"><thead><tr>(.*?)<\/tr>/.exec(html)![1]!;
    expect(head).toContain('>k<');
    expect(head).not.toMatch(/>(n|backend)</);
    expect(measurementsCsv({ measuredLabel: 'm', boundLabel: 'b', rows: [row(1), row(2)] }).split('\r\n')[0]).toBe('ok,decided,m,b,margin,n,k,backend');
    // One case: nothing is "the same in every case".
    expect(renderReport(fakeRun([fakeRecord()]))).not.toContain('In every case');
  });

  it('is self-contained: no script, no external resource', () => {
    const html = renderReport(fakeRun([fakeRecord()]));
    expect(html).not.toMatch(/<script|<link|@import|url\((?!#)|src=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toContain('<svg');
  });
});
