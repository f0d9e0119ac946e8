import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { flowDeviationBracket } from '../../src/claims/bowman22/flowDeviationBracket.js';
import { deviationBracket } from '../../src/kernelRegime/deviationBracket.js';
import type { DeviationRun } from '../../src/kernelRegime/deviationRun.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

/**
 * Bowman & Montúfar Theorem 3.5: the verdict regression, and the bracket bookkeeping on synthetic
 * trajectories whose deviations follow the bound's own shapes exactly.
 */
function shapesForFlow() {
  return fc.record({
    eta: fc.double({ min: 0.5, max: 2, noNaN: true }),
    sigmas: fc.array(fc.double({ min: 0.05, max: 0.4, noNaN: true }), { minLength: 1, maxLength: 3 }).map((s) => s.sort((a, c) => c - a)),
  });
}

function syntheticRun(eta: number, sigmas: number[], checkpoints: number[], d: (s: number) => number, dk: (k: number, s: number) => number): DeviationRun {
  const est = (v: number) => ({ estimate: v, standardError: 0 });
  return {
    eta,
    times: checkpoints.map((s) => eta * s),
    levels: sigmas.map((value, k) => ({ value, size: 1, label: `level ${k}` })),
    degrees: sigmas.map((_, k) => k),
    allLevels: sigmas.map((value, k) => ({ value, size: 1, label: `level ${k}` })),
    targetSup: 2,
    deviation: checkpoints.map((s) => est(d(s))),
    projected: sigmas.map((_, k) => checkpoints.map((s) => est(dk(k, s)))),
    levelResidual: [],
    idealLevelResidual: [],
    residual: [],
    flowGap: [],
    kernel: { sup: 0.1, l2Squared: { estimate: 1e-3, standardError: 0 }, scale: 1 },
  };
}

describe('bowman22 Theorem 3.5', () => {
  itMeasuresExpectedVerdict('bowman22.thm3.5.deviation');
  itMeasuresExpectedVerdict('bowman22.thm3.5.deviation.gradient-flow');

  test.prop([shapesForFlow()])('flow bracket: with D = 0 both ends equal the exact GD-vs-flow gap, which is what the flow reading cannot remove (can fail: a gap alone at a fixed level does not shrink with n)', ({ eta, sigmas }) => {
    const checkpoints = [0, 1, 2, 4];
    const c2 = sigmas.map(() => 1 / sigmas.length);
    const run = syntheticRun(eta, sigmas, checkpoints, () => 0, () => 0);
    const times = checkpoints.map((s) => eta * s);
    const gap = (i: number, k: number) => c2.slice(0, k).reduce((a, c, l) => a + c * ((1 - eta * sigmas[l]!) ** checkpoints[i]! - Math.exp(-sigmas[l]! * times[i]!)) ** 2, 0);
    const withIdeal = { ...run, idealLevelResidual: c2.map((c) => checkpoints.map(() => c)), flowGap: checkpoints.map((_, i) => gap(i, sigmas.length)) };
    const f = flowDeviationBracket(withIdeal, checkpoints);
    expect(f.lower).toBeCloseTo(f.upper, 12);
    expect(f.gap).toBeGreaterThan(0);
    expect(f.upper).toBeGreaterThanOrEqual(f.gap * (1 - 1e-12));
  });

  const shapes = fc.record({
    eta: fc.double({ min: 0.05, max: 2, noNaN: true }),
    b: fc.double({ min: 1e-6, max: 1, noNaN: true }),
    sigmas: fc.array(fc.double({ min: 0.01, max: 0.4, noNaN: true }), { minLength: 1, maxLength: 4 }).map((s) => s.sort((a, c) => c - a)),
  });
  test.prop([shapes])('deviations exactly on the bound (D = B t², D_k = B g_k²) give bracket B, growth slope 1 and ratio ≤ 1', ({ eta, b, sigmas }) => {
    const checkpoints = [0, 1, 2, 4, 8, 16];
    const g = (k: number, s: number) => -Math.expm1(s * Math.log1p(-eta * Math.min(sigmas[k]!, 0.99 / eta))) / Math.min(sigmas[k]!, 0.99 / eta);
    const run = syntheticRun(eta, sigmas.map((x) => Math.min(x, 0.99 / eta)), checkpoints, (s) => b * (eta * s) ** 2, (k, s) => b * g(k, s) ** 2);
    const r = deviationBracket(run, checkpoints);
    expect(r.unprojected).toBeCloseTo(b, 10);
    expect(r.bracket / b).toBeCloseTo(1, 10);
    expect(r.growth).toBeCloseTo(1, 10);
    expect(r.projectedOverUnprojected).toBeLessThanOrEqual(1 + 1e-9);
    expect(r.explicitTerm).toBeCloseTo(4 * 4 * 1e-3, 12);
    expect(r.epsilonNeeded).toBeCloseTo(Math.max(0, r.bracket - r.explicitTerm), 12);
  });
});
