import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFilesAtomically } from '../../src/runner/writeFilesAtomically.js';
import { scratchDirectory } from '../support/scratchDirectory.js';

const fresh = () => scratchDirectory('sc-atomic-');

describe('writeFilesAtomically: an interrupted write leaves the previous report intact', () => {
  it('replaces every file when all contents are produced', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'index.html'), 'old report');
    writeFilesAtomically(dir, [
      ['results.json', () => '{"new":1}'],
      ['index.html', () => 'new report'],
    ]);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('new report');
    expect(readdirSync(dir).sort()).toEqual(['index.html', 'results.json']);
  });

  it('keeps the previous files, and leaves no temporary file, when producing a later file fails', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'results.json'), 'old results');
    writeFileSync(join(dir, 'index.html'), 'old report');
    expect(() =>
      writeFilesAtomically(dir, [
        ['results.json', () => 'new results'],
        [
          'index.html',
          () => {
            throw new Error('renderer crashed half-way');
          },
        ],
      ]),
    ).toThrow('renderer crashed half-way');
    expect(readFileSync(join(dir, 'results.json'), 'utf8')).toBe('old results');
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('old report');
    expect(readdirSync(dir).sort()).toEqual(['index.html', 'results.json']);
  });

  it('creates the output directory', () => {
    const dir = join(fresh(), 'a', 'b');
    writeFilesAtomically(dir, [['junit.xml', () => '<x/>']]);
    expect(readFileSync(join(dir, 'junit.xml'), 'utf8')).toBe('<x/>');
  });
});
