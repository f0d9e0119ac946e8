import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/claims/claim.js';
import { renderMarkdownSummary } from '../../src/report/renderMarkdownSummary.js';
import { fakeRecord, fakeRun } from './fakeResults.js';

const verdict = fc.constantFrom<Verdict>('holds', 'refuted', 'inconclusive', 'error');

describe('renderMarkdownSummary: the run on a CI job page', () => {
  test.prop([fc.array(fc.tuple(verdict, fc.option(verdict, { nil: null })), { maxLength: 8 })])(
    'lists exactly the refuted, inconclusive, erroneous or differing claims, one table row each, with reason and replay',
    (pairs) => {
      const md = renderMarkdownSummary(fakeRun(pairs.map(([v, e], i) => fakeRecord({ id: `c${i}`, verdict: v, expected: e, reason: `reason ${i} | with a pipe` }))));
      const rows = md.split('\n').filter((l) => l.startsWith('| `'));
      const listed = pairs.map(([v, e], i) => ({ i, show: v !== 'holds' || v !== e })).filter((x) => x.show);
      expect(rows).toHaveLength(listed.length);
      for (const [j, { i }] of listed.entries()) {
        expect(rows[j]).toContain(`\`c${i}\``);
        expect(rows[j]).toContain(`reason ${i} \\| with a pipe`);
        expect(rows[j]).toContain(`--claims c${i} `);
      }
      expect(md).toContain(`${pairs.length} claims: `);
    },
  );

  it('says when every verdict equals its expectation, and shows a differing verdict in bold', () => {
    expect(renderMarkdownSummary(fakeRun([fakeRecord()]))).toContain('Every verdict equals its expectation.');
    const md = renderMarkdownSummary(fakeRun([fakeRecord({ verdict: 'refuted', expected: 'holds' })]));
    expect(md).toContain('**1 verdict differs from its expectation.**');
    expect(md).toContain('| **refuted** | holds |');
  });
});
