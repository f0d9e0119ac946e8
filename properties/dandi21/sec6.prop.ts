import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect } from 'vitest';
import { initBackend } from '../../src/networks/backend.js';
import { SEC6_DEGREES, SEC6_FAMILIES } from '../../src/claims/dandi21/sec6Experiment.js';
import { SEC6_DEPTH } from '../../src/claims/dandi21/sec6Network.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

beforeAll(async () => {
  await initBackend();
});

describe('dandi21 §6: layer-wise contributions of 4-layer networks', () => {
  itMeasuresExpectedVerdict('dandi21.sec6.layerwise-contributions', (r) => {
    // The whole experiment (every network, Gram and width sweep) leaves no tensor behind.
    expect(tf.memory().numTensors).toBe(0);
    const rows = r.measurements.rows;
    // Every family × earlier layer × consecutive decided degree, plus tanh's three "weaker" comparisons;
    // tanh skips its even degrees (every layer's component vanishes by symmetry), so it compares 1 → 3.
    const grows = (SEC6_FAMILIES.length - 1) * (SEC6_DEPTH - 1) * (SEC6_DEGREES.length - 1) + (SEC6_DEPTH - 1);
    expect(rows.length).toBe(grows + (SEC6_DEPTH - 1));
    expect(new Set(rows.filter((row) => row.params['target family'] === 'sphere10-zonal-tanh').map((row) => row.params.degrees))).toEqual(new Set(['1→3']));
    // Population ratios are reported for the sphere families only.
    for (const row of rows) expect(Number.isNaN(row.params['population effect'] as number)).toBe(String(row.params['target family']).startsWith('mnist'));
    // The analytic and empirical per-layer Grams agree within a deviation that shrinks with the width like
    // the O(m^{−1/2}) fluctuation of a finite-width NTK: the fitted exponent's interval lies below 0 and
    // contains −1/2 (printed in the reason).
    for (const a of ['relu', 'tanh']) {
      const match = new RegExp(`${a} (-?[0-9.]+) \\[(-?[0-9.]+), (-?[0-9.]+)\\]`).exec(r.reason);
      expect(match, r.reason).not.toBeNull();
      const [lower, upper] = [Number(match![2]), Number(match![3])];
      expect(upper).toBeLessThan(0);
      expect(lower).toBeLessThanOrEqual(-0.5);
      expect(upper).toBeGreaterThanOrEqual(-0.5);
    }
    expect(r.charts.map((c) => c.id)).toContain('analytic-vs-empirical-width');
    // Every family's decided effects are drawn with the intervals the verdict uses.
    for (const f of SEC6_FAMILIES) expect(r.charts.find((c) => c.id === `effects-${f.id}`)?.series.some((s) => s.intervals !== undefined)).toBe(true);
  });
});
