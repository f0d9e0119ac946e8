import { test, fc } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { Verdict } from '../../src/claims/claim.js';
import { renderJunit } from '../../src/report/renderJunit.js';
import { fakeRecord, fakeRun, HOSTILE, hostileText } from './fakeResults.js';

const verdict = fc.constantFrom<Verdict>('holds', 'refuted', 'inconclusive', 'error');

describe('renderJunit: one test case per claim for CI', () => {
  test.prop([fc.array(fc.tuple(verdict, fc.option(verdict, { nil: null })), { maxLength: 8 })])(
    'fails exactly the claims whose verdict differs from the expectation (error elements for errors)',
    (pairs) => {
      const xml = renderJunit(fakeRun(pairs.map(([v, e], i) => fakeRecord({ id: `c${i}`, verdict: v, expected: e }))));
      const differ = pairs.filter(([v, e]) => v !== e);
      const errors = differ.filter(([v]) => v === 'error').length;
      expect(xml.match(/<testcase /g) ?? []).toHaveLength(pairs.length);
      expect(xml.match(/<failure /g) ?? []).toHaveLength(differ.length - errors);
      expect(xml.match(/<error /g) ?? []).toHaveLength(errors);
      expect(xml).toContain(`<testsuites name="spectral-conformance" tests="${pairs.length}" failures="${differ.length - errors}" errors="${errors}"`);
    },
  );

  test.prop([hostileText, hostileText])('escapes ids, reasons and replay commands', (id, reason) => {
    const xml = renderJunit(fakeRun([fakeRecord({ id, reason, verdict: 'refuted', expected: 'holds', replay: reason })]));
    for (const h of HOSTILE) expect(xml).not.toContain(h);
    expect(xml.slice(xml.indexOf('<testsuites'))).not.toMatch(/<(?!\/?(testsuites|testsuite|testcase|properties|property|failure|error|system-out)[ >/])/);
  });

  test.prop([fc.array(fc.tuple(verdict, fc.option(verdict, { nil: null })), { minLength: 1, maxLength: 6 })])(
    'names each test case with its verdict and carries verdict, expected, seed, scale and replay as properties',
    (pairs) => {
      const xml = renderJunit(fakeRun(pairs.map(([v, e], i) => fakeRecord({ id: `c${i}`, verdict: v, expected: e }))));
      pairs.forEach(([v, e], i) => {
        const testcase = xml.match(new RegExp(`<testcase classname="cao21" name="c${i} — ${v}"[^>]*><properties>(.*?)</properties>`));
        expect(testcase, `c${i}`).not.toBeNull();
        expect(testcase![1]).toBe(
          `<property name="verdict" value="${v}"/><property name="expected" value="${e ?? 'none'}"/><property name="seed" value="42"/><property name="scale" value="quick"/>` +
            `<property name="replay" value="npx spectral-conformance verify --claims c${i} --scale quick --seed 42"/>`,
        );
      });
    },
  );
});
