import { describe, expect, it } from 'vitest';
import { eq18Beta } from '../../src/claims/dandi21/eq18Beta.js';
import { eq19LegendreComponents } from '../../src/claims/dandi21/eq19LegendreComponents.js';
import { eq89LayerKernels } from '../../src/claims/dandi21/eq89LayerKernels.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

describe('Dandi & Jacot eqs. (8)–(9), (18) and (19)', () => {
  itMeasuresExpectedVerdict('dandi21.eq8-9.layer-kernels');
  itMeasuresExpectedVerdict('dandi21.eq18.beta-signs');
  itMeasuresExpectedVerdict('dandi21.eq19.legendre-components');

  it('eqs. (8)–(9) can fail: the swapped kernel lies outside the 5-standard-error tolerance of the simulated network', () => {
    const law = eq89LayerKernels.law('quick');
    for (const layer of [0, 1]) {
      const r = law.evaluate({ activation: 'relu', d: 3, layer, seed: 7 });
      expect(r.decided).toBe(true);
      const swapped = r.extra!["other layer's kernel"] as number;
      expect(Math.abs(swapped - (r.measured as number))).toBeGreaterThan(r.extra!.tolerance as number);
    }
  });

  it('the β signs can fail: a vanishing β (i < l) and a positive one (i ≥ l, same parity) are both resolved by the quadrature', () => {
    const law = eq18Beta.law('quick');
    const zero = law.evaluate({ d: 5, i: 2, l: 6 });
    expect(zero.ok && zero.decided).toBe(true);
    const positive = law.evaluate({ d: 5, i: 6, l: 2 });
    expect(positive.ok && positive.decided).toBe(true);
    // With the sign flipped (−t^i) the same case would be violated: its value exceeds the error bound (bound = −error).
    expect(positive.measured as number).toBeGreaterThan(-(positive.bound as number));
  });

  it('eq. (19) can fail: the smallest term of the sum exceeds the tolerance (dropping it would be detected)', () => {
    const r = eq19LegendreComponents.law('quick').evaluate({ d: 4, l: 1, g: '0.5,-1,0.25,0.75' });
    expect(r.ok && r.decided).toBe(true);
  });
});
