import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PAPERS, builtinCatalogue } from '../../src/catalogue/builtinCatalogues.js';
import { foldWhitespace, paperLines, paperText, sharedDir } from '../../src/catalogue/paperTexts.js';
import { DEFAULT_EXPECTATIONS, DEFAULT_PAPER_EXPECTATIONS, readExpectations } from '../../src/claims/expectations.js';
import { claims } from '../../src/claims/registry.js';

const quick = readExpectations(DEFAULT_EXPECTATIONS);
const excerpts = JSON.parse(readFileSync(new URL('../../fixtures/paper-excerpts.json', import.meta.url), 'utf8')) as {
  papers: Record<string, { sha256: string; excerpts: Record<string, string> }>;
};
const paper = readExpectations(DEFAULT_PAPER_EXPECTATIONS);

describe.each(BUILTIN_PAPERS)('the catalogue of %s: every formal statement, checked or with the reason it cannot be', (id) => {
  const catalogue = builtinCatalogue(id);
  const own = claims.filter((c) => c.paper === id);

  it('names the paper (title, authors, venue, year) and its text', () => {
    expect(catalogue.paper).toBe(id);
    for (const field of [catalogue.title, catalogue.authors, catalogue.venue, catalogue.source]) expect(field.length).toBeGreaterThan(3);
    expect(catalogue.year).toBeGreaterThan(2000);
  });

  it('every statement has exactly one of: claims that quote it, claims that check its content (checkedBy), a reason it cannot be checked', () => {
    const kinds = (s: (typeof catalogue.statements)[number]) => [own.some((c) => c.printed.key === s.key), (s.checkedBy ?? []).length > 0, s.notCheckable !== undefined].filter(Boolean).length;
    const gaps = catalogue.statements.filter((s) => kinds(s) !== 1).map((s) => s.key);
    expect(gaps, 'statements with none or several of claims, checkedBy, notCheckable').toEqual([]);
    const ids = new Set(claims.map((c) => c.id));
    for (const s of catalogue.statements) for (const id of s.checkedBy ?? []) expect(ids.has(id), `${s.key}: checkedBy ${id} is not a registered claim`).toBe(true);
  });

  it('every claim of the paper carries its catalogue entry as `printed` (key, anchor, lines, words)', () => {
    for (const c of own) {
      const s = catalogue.statements.find((x) => x.key === c.printed.key);
      expect(s, `${c.id}: printed.key ${c.printed.key} is not in catalogue/${id}.json`).toBeDefined();
      expect(c.printed).toEqual({ key: s!.key, anchor: s!.anchor, lines: s!.lines, text: s!.printed });
    }
  });

  it('a statement checked under several readings says what differs, and each of its claims names its reading', () => {
    for (const s of catalogue.statements) {
      const checking = own.filter((c) => c.printed.key === s.key);
      if (checking.length < 2) continue;
      expect(s.readingsDiffer, s.key).toBeTruthy();
      for (const c of checking) expect(c.readingName, c.id).toBeTruthy();
      expect(new Set(checking.map((c) => c.readingName)).size, s.key).toBe(checking.length);
    }
  });

  // The paper texts are beside the repository, not in it: the printed words are checked against the
  // excerpts cut from them (fixtures/paper_excerpts.py), so a clone without the texts checks them too.
  const cut = excerpts.papers[catalogue.source];

  it('every printed text stands verbatim in the paper\'s text at its lines (white space folded)', () => {
    expect(cut, `fixtures/paper-excerpts.json has no excerpts of ${catalogue.source}: run python3 fixtures/paper_excerpts.py`).toBeDefined();
    for (const s of catalogue.statements) {
      const text = cut!.excerpts[`${s.lines[0]}-${s.lines[1]}`];
      expect(text, `${s.key}: no excerpt of L${s.lines[0]}–${s.lines[1]}: run python3 fixtures/paper_excerpts.py`).toBeDefined();
      expect(foldWhitespace(text!), `${s.key}: printed text not found at L${s.lines[0]}–${s.lines[1]}`).toContain(foldWhitespace(s.printed));
    }
  });

  it('the excerpts are the paper\'s lines, wherever its text is present (../shared/papers or SPECTRAL_SHARED_DIR)', () => {
    const text = paperText(catalogue.source);
    if (text === undefined) {
      // Without the text (a clone on its own) only the fixture's own consistency can be checked.
      for (const [range, lines] of Object.entries(cut!.excerpts)) expect(lines.split('\n').length, range).toBe(Number(range.split('-')[1]) - Number(range.split('-')[0]) + 1);
      return;
    }
    expect(createHash('sha256').update(text).digest('hex'), `${catalogue.source} in ${sharedDir()} changed since the excerpts were cut: run python3 fixtures/paper_excerpts.py`).toBe(cut!.sha256);
    for (const [range, lines] of Object.entries(cut!.excerpts)) {
      const [first, last] = range.split('-').map(Number) as [number, number];
      expect(paperLines(catalogue.source, [first, last]), range).toBe(lines);
    }
  });

  it('every reading of every claim names the line(s) of the paper it rests on', () => {
    for (const c of own) {
      expect(c.reading.length, `${c.id} has no reading`).toBeGreaterThan(0);
      for (const r of c.reading) expect(r.restsOn, `${c.id}: "${r.text}"`).toMatch(/L\d+/);
    }
  });

  it('every claim refuted at either scale classifies its refutation, with evidence', () => {
    for (const c of own) {
      if (quick.get(c.id)?.verdict !== 'refuted' && paper.get(c.id)?.verdict !== 'refuted') continue;
      expect(c.refutation, c.id).toBeDefined();
      expect(c.refutation!.evidence.length, c.id).toBeGreaterThan(20);
    }
  });
});
