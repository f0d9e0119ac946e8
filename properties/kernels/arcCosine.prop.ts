import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { arcCosine0, arcCosine1, reluNtk } from '../../src/kernels/arcCosine.js';
import { kernelByName } from '../../src/kernels/kernelByName.js';
import { createRng } from '../../src/random/rng.js';
import { sampleSphere } from '../../src/sphere/sampleSphere.js';

describe('the kernels of Cao et al. eq. (2.1)–(2.3)', () => {
  // Monte Carlo over w ∼ N(0, I_{d+1}) of eq. (2.2); bound 5σ̂/√S (a 5-sigma normal deviation, probability ≈ 6e−7).
  test.prop([fc.integer({ min: 1, max: 12 }), fc.integer()], { numRuns: 12 })(
    'κ̂₁ and κ̂₂ are E[σ′(⟨w,x⟩)σ′(⟨w,x′⟩)] and E[σ(⟨w,x⟩)σ(⟨w,x′⟩)] for w ∼ N(0, I)',
    (d, seed) => {
      const rng = createRng(seed);
      const [x, y] = [sampleSphere(rng, 1, d), sampleSphere(rng, 1, d)];
      const t = x.reduce((s, v, i) => s + v * y[i]!, 0);
      const S = 40_000;
      const acc = { step: [0, 0], relu: [0, 0] };
      for (let s = 0; s < S; s++) {
        let wx = 0;
        let wy = 0;
        for (let c = 0; c <= d; c++) {
          const w = rng.normal();
          wx += w * x[c]!;
          wy += w * y[c]!;
        }
        const step = wx > 0 && wy > 0 ? 1 : 0;
        const relu = Math.max(wx, 0) * Math.max(wy, 0);
        acc.step[0]! += step;
        acc.step[1]! += step * step;
        acc.relu[0]! += relu;
        acc.relu[1]! += relu * relu;
      }
      for (const [name, [s1, s2], ker] of [['step', acc.step, arcCosine0], ['relu', acc.relu, arcCosine1]] as const) {
        const mean = s1! / S;
        const sd = Math.sqrt(Math.max(s2! / S - mean * mean, 0));
        expect(Math.abs(mean - ker.value(t)), name).toBeLessThanOrEqual((5 * sd) / Math.sqrt(S) + 1e-12);
      }
    },
  );

  test.prop([fc.double({ min: -1, max: 1, noNaN: true })])('κ(t) = t·κ̂₁(t) + 2κ̂₂(t), with κ(1) = 3/2 and κ(−1) = 0 limits', (t) => {
    expect(reluNtk.value(t)).toBeCloseTo(t * arcCosine0.value(t) + 2 * arcCosine1.value(t), 14);
    expect(reluNtk.value(1)).toBeCloseTo(1.5, 15);
    expect(Math.abs(reluNtk.value(-1))).toBeLessThanOrEqual(4 * Number.EPSILON);
  });

  test.prop([fc.double({ min: 1, max: 1 + 1e-12, noNaN: true }), fc.constantFrom(arcCosine0, arcCosine1, reluNtk)])('|t| slightly above 1 from rounding gives κ(±1), never NaN', (t, ker) => {
    expect(ker.value(t)).toBe(ker.value(1));
    expect(ker.value(-t)).toBe(ker.value(-1));
  });

  test.prop([fc.oneof(fc.constant(NaN), fc.constant(1.5), fc.constant(-Infinity))])('t outside [−1, 1] is rejected by name', (t) => {
    expect(() => reluNtk.value(t)).toThrow(/^t must be a finite number/);
  });

  test.prop([fc.string().filter((s) => !['ntk', 'arccos0', 'arccos1'].includes(s))])('an unknown kernel name is rejected with the allowed names', (name) => {
    expect(() => kernelByName(name)).toThrow(/^kernel must be one of ntk\|arccos0\|arccos1/);
  });
});
