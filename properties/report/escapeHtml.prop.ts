import { test, fc } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { escapeHtml } from '../../src/report/escapeHtml.js';
import { escapeXml } from '../../src/report/escapeXml.js';
import { hostileText } from './fakeResults.js';

const unescape = (s: string) => s.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);

describe('escaping text from results.json', () => {
  test.prop([fc.oneof(fc.string(), hostileText)])('HTML: no markup character survives, and the text round-trips', (s) => {
    const escaped = escapeHtml(s);
    expect(escaped).not.toMatch(/[<>"']/);
    expect(escaped).not.toMatch(/&(?!(lt|gt|quot|#39|amp);)/);
    expect(unescape(escaped)).toBe(s);
  });

  test.prop([fc.string({ unit: 'binary' })])('XML: additionally no character XML 1.0 forbids', (s) => {
    const escaped = escapeXml(s);
    expect(escaped).not.toMatch(/[<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(escaped).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(escapeXml(s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/gu, ''))).toBe(escapeHtml(s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/gu, '')));
  });
});
