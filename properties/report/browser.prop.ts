import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { marginChart } from '../../src/report/marginChart.js';
import { renderReport } from '../../src/report/renderReport.js';
import { reportOrder } from '../../src/report/reportOrder.js';
import type { RunResults } from '../../src/runner/runResults.js';
import { FAST_CLAIMS, ROOT, runCli } from '../cli/runCli.js';
import { scratchDirectory } from '../support/scratchDirectory.js';
import { fakeChart, fakeRecord, fakeRun, HOSTILE } from './fakeResults.js';

/** Debian's chromium, as installed by .ci/run; a launch failure fails this suite (it is never skipped). */
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** The few page globals the checks use (this suite is type-checked without the DOM library). */
interface PageGlobals {
  readonly DOMParser: new () => { parseFromString(text: string, type: string): { getElementsByTagName(tag: string): { length: number } } };
  readonly document: { readonly compatMode: string; readonly scripts: { length: number }; readonly images: { length: number } };
  readonly __pwned?: number;
}

const dir = scratchDirectory('sc-browser-');
let browser: Browser;
let results: RunResults;

/** Open a file as a person would, recording console errors, page errors and every request made. */
async function open(file: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, errors, requests };
}

describe('the conformance report in a real headless Chromium', () => {
  beforeAll(async () => {
    const [run, launched] = await Promise.all([
      runCli(['verify', '--claims', FAST_CLAIMS.join(','), '--out', dir]),
      chromium.launch({ executablePath: CHROMIUM, args: FLAGS }),
    ]);
    browser = launched;
    expect(run.status, run.stderr).toBe(0);
    results = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as RunResults;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens from disk with no console error and nothing fetched; every claim has its section; every chart has a size', async () => {
    const file = join(dir, 'index.html');
    const { page, errors, requests } = await open(file);
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.compatMode)).toBe('CSS1Compat');
    const sections = await page.$$eval('section.claim', (els) => els.map((e) => e.getAttribute('data-claim-id')));
    expect(sections).toEqual(reportOrder(results.claims).flatMap((p) => p.groups.flat().map((c) => c.id)));
    const sizes = await page.$$eval('figure.chart svg', (svgs) => svgs.map((s) => [s.getBoundingClientRect().width, s.getBoundingClientRect().height]));
    // Each claim's own charts, or the margins chart of a claim without any (and with ≥ 3 finite margins).
    const expectedCharts = results.claims.reduce((n, c) => n + (c.charts.length > 0 ? c.charts.length : marginChart(c.measurements, c.power) ? 1 : 0), 0);
    expect(sizes).toHaveLength(expectedCharts);
    expect(sizes.length).toBeGreaterThan(0);
    for (const [w, h] of sizes) expect(w! * h!).toBeGreaterThan(0);
    mkdirSync(join(ROOT, 'reports'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'reports', 'conformance-report.png'), fullPage: true });
    // Printed, the measurement tables unfold instead of scrolling.
    await page.emulateMedia({ media: 'print' });
    const clipped = await page.$$eval('.table-scroll', (els) => els.filter((e) => e.scrollHeight > e.clientHeight + 1).length);
    expect(clipped).toBe(0);
    await page.close();
  });

  it('writes a junit.xml that an XML parser accepts, with one test case per claim', async () => {
    const page = await browser.newPage();
    const xml = readFileSync(join(dir, 'junit.xml'), 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new (globalThis as unknown as PageGlobals).DOMParser().parseFromString(text, 'application/xml');
      return { errors: doc.getElementsByTagName('parsererror').length, cases: doc.getElementsByTagName('testcase').length };
    }, xml);
    expect(parsed).toEqual({ errors: 0, cases: results.claims.length });
    await page.close();
  });

  it('shows hostile text from the data as text: nothing injected runs or renders as markup', async () => {
    const hostile = HOSTILE.join(' ');
    const file = join(dir, 'hostile.html');
    writeFileSync(
      file,
      renderReport(
        fakeRun([
          fakeRecord({
            id: 'x.hostile',
            printed: { key: 'k', anchor: hostile, lines: [1, 1], text: hostile },
            verdict: 'error',
            error: { message: hostile, stack: hostile },
            measurements: { measuredLabel: hostile, boundLabel: hostile, rows: [{ params: { [hostile]: hostile }, measured: hostile, bound: null, ok: false, decided: true, margin: -1 }] },
            charts: [fakeChart({ title: hostile, series: [{ name: hostile, style: 'points', points: [[1, 1], [2, 0]] }] })],
          }),
        ]),
      ),
    );
    const { page, errors, requests } = await open(file);
    expect(errors).toEqual([]);
    expect(requests).toHaveLength(1);
    const injected = await page.evaluate(() => {
      const g = globalThis as unknown as PageGlobals;
      return { pwned: g.__pwned, scripts: g.document.scripts.length, images: g.document.images.length };
    });
    expect(injected).toEqual({
      pwned: undefined,
      scripts: 0,
      images: 0,
    });
    expect(await page.textContent('.printed')).toBe(hostile);
    await page.close();
  });

  /**
   * The chart and table rules of the report, read off the rendered page (at 1280 px, then printed to A4):
   * no measured point outside its plot frame, no chart text cut at its SVG's edge (a y label longer than
   * the chart is fitted), one colour per legend name within a claim, integer tick
   * labels on integer axes, the deciding columns of every measurement table visible without scrolling,
   * and nothing wider than the printed page.
   */
  it('keeps the chart and table rules at 1280 px and in print', async () => {
    const file = join(dir, 'rules.html');
    const skewed = fakeChart({
      xScale: 'linear',
      xInteger: true,
      // Longer than the chart is tall: it must be fitted, not cut at the SVG's edge.
      yLabel: 'decades by which the quadrature values of μ_0, μ_1 exceed their error bound: log10(min quadrature μ / max error bound)',
      series: [
        { name: 'degree 1, measured', thing: 'degree 1', style: 'line', points: [[1, 1], [2, 0.3], [4, 0.1]] },
        { name: 'degree 1, predicted', thing: 'degree 1', style: 'dashed', points: [[1, 1], [2, 1e-20], [4, 1e-50]] },
        { name: 'degree 2, measured', thing: 'degree 2', style: 'points', points: [[1, 0.5], [2, 0.2]], intervals: [[0.3, 0.7], [0.1, 0.3]] },
      ],
    });
    const wide = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`a rather long parameter name ${i}`, 1234.56789 * i]));
    const rows = Array.from({ length: 20 }, (_, i) => ({ params: wide, measured: i, bound: 10, ok: i <= 10, decided: true, margin: 10 - i }));
    writeFileSync(file, renderReport(fakeRun([fakeRecord({ id: 'x.rules', charts: [skewed, fakeChart()], measurements: { measuredLabel: 'measured', boundLabel: 'bound', rows } })])));
    const { page, errors } = await open(file);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(errors).toEqual([]);
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media });
      const report = await page.evaluate(() => {
        type El = { getBoundingClientRect(): { left: number; right: number; top: number; bottom: number }; getAttribute(n: string): string | null; nextElementSibling: El | null; querySelectorAll(s: string): Iterable<El>; querySelector(s: string): El | null; textContent: string | null };
        const doc = (globalThis as unknown as { document: El & { documentElement: { scrollWidth: number; clientWidth: number } } }).document;
        const all = (root: El, selector: string) => Array.from(root.querySelectorAll(selector));
        const outside: string[] = [];
        for (const fig of all(doc, 'figure.chart')) {
          const frame = fig.querySelector('rect.frame')!.getBoundingClientRect();
          const inFrame = (r: { left: number; right: number; top: number; bottom: number }) => r.left >= frame.left - 4 && r.right <= frame.right + 4 && r.top >= frame.top - 4 && r.bottom <= frame.bottom + 4;
          for (const mark of all(fig, 'g[clip-path] path.dots:not(.predicted), g[clip-path] path.line:not(.predicted), g[clip-path] path.interval')) {
            if (!inFrame(mark.getBoundingClientRect())) outside.push(fig.getAttribute('id') ?? '?');
          }
        }
        // Every text of a chart (ticks, axis labels, legend) inside its SVG.
        const cutText = all(doc, 'figure.chart svg').flatMap((svg) => {
          const box = svg.getBoundingClientRect();
          return all(svg, 'text')
            .filter((t) => {
              const r = t.getBoundingClientRect();
              return r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
            })
            .map((t) => t.textContent ?? '');
        });
        const colours: Record<string, string[]> = {};
        for (const section of all(doc, 'section.claim')) {
          // A legend is a sample path followed by its series' name, for each series.
          for (const sample of all(section, 'g.legend > path')) {
            const name = `${section.getAttribute('data-claim-id')}: ${sample.nextElementSibling?.textContent ?? '?'}`;
            colours[name] = [...new Set([...(colours[name] ?? []), sample.getAttribute('stroke') ?? ''])];
          }
        }
        const nonInteger = all(doc, 'figure[data-x-integer] svg .x-ticks text')
          .map((t) => t.textContent ?? '')
          .filter((t) => /\d/.test(t) && !/^[-−]?\d+$/.test(t));
        const hiddenDeciding = all(doc, '.table-scroll').filter((box) => {
          const head = all(box, 'thead th');
          return head.length >= 5 && head[4]!.getBoundingClientRect().right > box.getBoundingClientRect().right + 1;
        }).length;
        return { outside, cutText, multiColoured: Object.entries(colours).filter(([, c]) => c.length > 1), nonInteger, hiddenDeciding, overflow: doc.documentElement.scrollWidth - doc.documentElement.clientWidth };
      });
      expect(report.outside, media).toEqual([]);
      expect(report.cutText, media).toEqual([]);
      expect(report.multiColoured, media).toEqual([]);
      expect(report.nonInteger, media).toEqual([]);
      expect(report.hiddenDeciding, media).toBe(0);
      expect(report.overflow, media).toBeLessThanOrEqual(0);
    }
    await page.close();
  });
});
