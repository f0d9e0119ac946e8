import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { MeasurementRow } from '../../src/claims/claim.js';
import { marginChart } from '../../src/report/marginChart.js';
import { renderReport } from '../../src/report/renderReport.js';
import { fakeChart, fakeRecord, fakeRun } from './fakeResults.js';

const power = { reference: 'r', marginLabel: 'decades below the bound', decided: 0, undecided: 0, margins: null };
const row = (margin: number, ok: boolean, decided: boolean): MeasurementRow => ({ params: {}, measured: 0, bound: 0, ok, decided, margin });

describe('marginChart: the chart of a claim that draws none', () => {
  // Each finite-margin case is drawn exactly once, in the series of its outcome, at its rank among the margins.
  test.prop([fc.array(fc.tuple(fc.double({ min: -10, max: 10, noNaN: true }), fc.boolean(), fc.boolean()), { minLength: 3, maxLength: 60 })])(
    'draws every case once, smallest margin first, split into violated / could fail / undecided',
    (cases) => {
      const rows = cases.map(([m, ok, decided]) => row(m, ok, decided));
      const chart = marginChart({ measuredLabel: 'm', boundLabel: 'b', rows }, power)!;
      const points = chart.series.filter((s) => s.style === 'points').flatMap((s) => s.points);
      expect(points.map(([x]) => x).sort((a, b) => a - b)).toEqual(rows.map((_, i) => i + 1));
      expect([...points].sort((a, b) => a[0] - b[0]).map(([, y]) => y)).toEqual(rows.map((r) => r.margin).sort((a, b) => a - b));
      expect(chart.series.find((s) => s.name === 'violated')?.points.length ?? 0).toBe(rows.filter((r) => !r.ok).length);
      // The margin's definition is in the title (an axis label that long would not fit the axis).
      expect(chart.title).toContain('— margin: decades below the bound');
    },
  );

  it('colours its series the same way in every claim: violated vermillion, decided blue, undecided grey', () => {
    const html = renderReport(fakeRun([fakeRecord({ charts: [], measurements: { measuredLabel: 'm', boundLabel: 'b', rows: [row(-1, false, true), row(1, true, false), row(2, true, true)] } })]));
    expect(html).toMatch(/<path class="dots" d="[^"]*" stroke="#D55E00"/);
    expect(html).toMatch(/<path class="dots" d="M[\d.]+ [\d.]+h0" stroke="#7F7F7F"\/><text[^>]*>could not have failed \(undecided\)/);
  });

  it('is drawn only for a claim without charts of its own and with at least three cases', () => {
    const rows = [row(1, true, true), row(2, true, true), row(-1, false, true)];
    const page = (charts: ReturnType<typeof fakeChart>[], n: number) =>
      renderReport(fakeRun([fakeRecord({ charts, measurements: { measuredLabel: 'm', boundLabel: 'b', rows: rows.slice(0, n) } })]));
    expect(page([], 3)).toContain('Margin of each of the 3 drawn cases, decided or not, smallest first (1 violated)');
    expect(page([], 2)).not.toContain('Margin of each');
    expect(page([fakeChart()], 3)).not.toContain('Margin of each');
    expect(marginChart({ measuredLabel: 'm', boundLabel: 'b', rows: [...rows, row(Number.NaN, true, false)] }, power)!.title).toContain('1 with a non-finite margin or no measured value not drawn');
  });
});
