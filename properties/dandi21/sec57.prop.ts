import { fc, test } from '@fast-check/vitest';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect } from 'vitest';
import { kernelPrediction } from '../../src/claims/dandi21/sec57Experiment.js';
import { initBackend } from '../../src/networks/backend.js';
import { createRng } from '../../src/random/rng.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

beforeAll(async () => {
  await initBackend();
});

describe('dandi21 §5.7: training one layer at a time', () => {
  itMeasuresExpectedVerdict('dandi21.sec5.7.layerwise-training', (r) => {
    expect(tf.memory().numTensors).toBe(0);
    // 3 adjacent layer pairs × degrees 2, 3, 4; Figure 4's curves per trained layer, the rate summary and
    // the decided effects with their intervals.
    expect(r.measurements.rows.length).toBe(9);
    expect(r.charts.length).toBe(6);
    expect(r.charts.find((c) => c.id === 'decided-effects')?.series.some((s) => s.intervals !== undefined)).toBe(true);
  });

  test.prop([fc.integer({ min: 2, max: 12 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 2 ** 31 - 1 })])(
    'the kernel prediction equals the iteration r ← (I − ηG/n)r projected on the components, η = 1/(2λ_max(G/n))',
    (n, steps, seed) => {
      const rng = createRng(seed);
      const f = Array.from({ length: n * (n + 2) }, () => rng.normal());
      const gram = new Float64Array(n * n);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) for (let p = 0; p < n + 2; p++) gram[i * n + j]! += f[i * (n + 2) + p]! * f[j * (n + 2) + p]!;
      const r0 = Float32Array.from({ length: n }, () => rng.normal());
      const components = [0, 1].map(() => Float64Array.from({ length: n }, () => rng.normal()));
      const run = kernelPrediction(gram, n, r0, steps, components);
      let lambdaMax = 0;
      let v = new Float64Array(n).fill(1);
      for (let it = 0; it < 2000; it++) {
        const w = new Float64Array(n);
        for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) w[i]! += (gram[i * n + j]! / n) * v[j]!;
        lambdaMax = Math.hypot(...w);
        v = w.map((x) => x / lambdaMax);
      }
      expect(Math.abs(run.eta - 0.5 / lambdaMax)).toBeLessThanOrEqual(1e-6 * run.eta);
      let r = Float64Array.from(r0);
      for (let t = 0; t <= steps; t++) {
        components.forEach((y, i) => {
          const dot = y.reduce((s, yi, j) => s + yi * r[j]!, 0);
          const expected = (dot * dot) / n;
          // Both are exact arithmetic up to rounding: n-term sums over ≤ 30 steps of a contraction.
          expect(Math.abs(run.components[i]![t]! - expected)).toBeLessThanOrEqual(1e-9 * (1 + expected) * n);
        });
        const next = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          let s = 0;
          for (let j = 0; j < n; j++) s += (gram[i * n + j]! / n) * r[j]!;
          next[i] = r[i]! - run.eta * s;
        }
        r = next;
      }
    },
  );
});
