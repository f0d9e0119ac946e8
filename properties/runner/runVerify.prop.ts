import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeReportFiles } from '../../src/report/writeReportFiles.js';
import { loadCatalogues } from '../../src/runner/loadCatalogues.js';
import { loadClaims } from '../../src/runner/loadClaims.js';
import { runVerify } from '../../src/runner/runVerify.js';
import { scratchDirectory } from '../support/scratchDirectory.js';
import { resultsValidator } from './resultsSchema.js';

const registries = [new URL('./fakeRegistry.mjs', import.meta.url).href];

describe('runVerify: a whole run over every kind of outcome', () => {
  it('records holds, error, time budget, a dead worker and NaN measurements in a results.json that validates against the schema', async () => {
    const claims = (await loadClaims(registries)).filter((c) => c.id !== 'fake.backend' && !c.id.startsWith('fake.shared'));
    const catalogues = await loadCatalogues(registries);
    const run = await runVerify({ claims, catalogues, expected: new Map([['fake.holds', 'holds']]), seed: 3, scale: 'quick', jobs: 2, backend: 'wasm', registries });
    expect(run.claims.map((c) => [c.id, c.verdict, c.expected])).toEqual([
      ['fake.holds', 'holds', 'holds'],
      ['fake.throws', 'error', null],
      ['fake.hangs', 'inconclusive', null],
      ['fake.exits', 'error', null],
      ['fake.nan', 'inconclusive', null],
    ]);
    expect(run.catalogues.map((c) => c.paper)).toEqual(['fake']);
    expect(run).toMatchObject({ version: 2, seed: 3, scale: 'quick', environment: { node: process.version, backend: 'wasm' } });
    const dir = scratchDirectory('sc-run-');
    writeReportFiles(dir, run);
    const validate = resultsValidator();
    const written: unknown = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'));
    expect(validate(written), JSON.stringify(validate.errors)).toBe(true);
  });
});
