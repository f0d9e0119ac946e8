import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPECTATIONS, DEFAULT_PAPER_EXPECTATIONS, defaultExpectations, readExpectations } from '../../src/claims/expectations.js';
import { claims } from '../../src/claims/registry.js';
import { parseVerifyFlags } from '../../src/cli/verifyFlags.js';

const ids = new Set(claims.map((c) => c.id));

describe('the expectation files: the measured verdict of every claim, per scale', () => {
  it('quick scale: every registered claim has exactly one expectation, with a reason, and no unknown id', () => {
    const quick = readExpectations(DEFAULT_EXPECTATIONS);
    expect(new Set(quick.keys())).toEqual(ids);
    for (const [id, e] of quick) expect(e.reason.length, id).toBeGreaterThan(20);
  });

  it('paper scale: every registered claim has exactly one expectation (each was run at the papers\' sizes), with a reason', () => {
    const paper = readExpectations(DEFAULT_PAPER_EXPECTATIONS);
    expect(new Set(paper.keys())).toEqual(ids);
    for (const [id, e] of paper) expect(e.reason.length, id).toBeGreaterThan(20);
  });

  it('verify compares with the file of its scale unless --expect names another', () => {
    expect(defaultExpectations('quick')).toBe(DEFAULT_EXPECTATIONS);
    expect(parseVerifyFlags([]).expect).toBe(DEFAULT_EXPECTATIONS);
    expect(parseVerifyFlags(['--scale', 'paper']).expect).toBe(DEFAULT_PAPER_EXPECTATIONS);
    expect(parseVerifyFlags(['--scale', 'paper', '--expect', 'mine.json']).expect).toBe('mine.json');
  });
});
