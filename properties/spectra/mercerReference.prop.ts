import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { kernelByName } from '../../src/kernels/kernelByName.js';

/** fixtures/mercer-reference.json: 380-digit mpmath Funk–Hecke quadrature in θ (fixtures/mercer_reference.py), no closed form used. */
interface Reference {
  tables: { kernel: string; sphereDim: number; eigenvalues: { degree: number; value: string; relErrorEstimate: number }[] }[];
}
const reference = JSON.parse(readFileSync(new URL('../../fixtures/mercer-reference.json', import.meta.url), 'utf8')) as Reference;

/** Closed-form relative accuracy (src/spectra/arcCosineHarmonics.ts): 4·(K + d/2 + 4)·ε. */
const closedFormAccuracy = (d: number, K: number) => 4 * (K + d / 2 + 4) * Number.EPSILON;

describe('closed-form Mercer eigenvalues against the independent 380-digit mpmath table', () => {
  for (const table of reference.tables) {
    it(`${table.kernel} on S^${table.sphereDim}: relative error ≤ closed-form accuracy + reference error estimate (and ≤ 1e−10)`, () => {
      const K = Math.max(...table.eigenvalues.map((e) => e.degree));
      const mu = kernelByName(table.kernel).mercerEigenvalues(table.sphereDim, K);
      let compared = 0;
      for (const e of table.eigenvalues) {
        const ref = Number(e.value);
        if (Math.abs(Number(e.value)) < 1e-300) {
          // Believed-zero degrees (odd ≥ 3 for ntk/arccos1, even ≥ 2 for arccos0): the reference is ~1e−360.
          expect(mu[e.degree], `degree ${e.degree}`).toBe(0);
          continue;
        }
        const rel = Math.abs(mu[e.degree]! - ref) / ref;
        const bound = closedFormAccuracy(table.sphereDim, K) + e.relErrorEstimate + 1e-24;
        expect(rel, `degree ${e.degree}: closed ${mu[e.degree]} vs reference ${e.value}`).toBeLessThanOrEqual(Math.min(bound, 1e-10));
        compared++;
      }
      expect(compared).toBeGreaterThan(0);
    });
  }

  it('the spectrum command prints the same values (full precision JSON) for every reference table', async () => {
    for (const table of reference.tables) {
      const K = Math.max(...table.eigenvalues.map((e) => e.degree));
      const lines: string[] = [];
      const status = await main(['spectrum', '--kernel', table.kernel, '--sphere-dim', String(table.sphereDim), '--max-degree', String(K), '--json'], {
        out: (s) => lines.push(s),
        err: (s) => lines.push(s),
      });
      expect(status).toBe(0);
      const printed = JSON.parse(lines.join('')) as { eigenvalues: { degree: number; value: number }[] };
      for (const e of table.eigenvalues) {
        const ref = Number(e.value);
        const got = printed.eigenvalues[e.degree]!.value;
        if (ref < 1e-300) expect(got).toBe(0);
        else expect(Math.abs(got - ref) / ref).toBeLessThanOrEqual(1e-10);
      }
    }
  });
});
