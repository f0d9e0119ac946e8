import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ACTIVATION_NAMES } from '../../src/activations/activation.js';
import { eq11Evaluate } from '../../src/claims/dandi21/eq11Case.js';
import { eq13PsiSeries } from '../../src/claims/dandi21/eq13PsiSeries.js';
import { gaussHermiteRule } from '../../src/claims/dandi21/gaussHermiteRule.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

describe('Dandi & Jacot eq. (11) (Hermite moments, two conventions) and eq. (13) as printed', () => {
  itMeasuresExpectedVerdict('dandi21.eq11.hermite-moments');
  itMeasuresExpectedVerdict('dandi21.eq11.hermite-moments.monic', (r) => {
    // The conflict shows first on the diagonal n = m ≥ 2, where E[He_n²-type moment] = n!ρ^n.
    expect(r.counterexample?.params.n).toBe(r.counterexample?.params.m);
    expect(r.counterexample?.params.n as number).toBeGreaterThanOrEqual(2);
  });

  // The rule integrates polynomials of degree ≤ 2K − 1 exactly: E[x^{2j}] = (2j − 1)!! to rounding.
  test.prop([fc.integer({ min: 0, max: 29 })])('the 30-node Gauss–Hermite rule reproduces the normal moments E[x^{2j}] = (2j − 1)!!', (j) => {
    const { nodes, weights } = gaussHermiteRule(30);
    let value = 0;
    for (let a = 0; a < 30; a++) value += weights[a]! * nodes[a]! ** (2 * j);
    let exact = 1;
    for (let k = 2 * j - 1; k > 1; k -= 2) exact *= k;
    expect(Math.abs(value - exact)).toBeLessThanOrEqual(1e-12 * exact * (j + 1));
  });

  // Power: on the diagonal with ρ ≠ 0 the two conventions differ by (n! − 1)ρ^n, which each check resolves —
  // the orthonormal check decides (it could have failed) and the monic one fails.
  test.prop([fc.integer({ min: 2, max: 8 }), fc.integer({ min: 3, max: 10 })])('on the diagonal both readings decide, and the monic one is violated', (n, k) => {
    const orthonormal = eq11Evaluate({ n, m: n, k }, 'orthonormal');
    expect(orthonormal.ok && orthonormal.decided).toBe(true);
    const monic = eq11Evaluate({ n, m: n, k }, 'monic');
    expect(monic.ok).toBe(false);
  });

  itMeasuresExpectedVerdict('dandi21.eq13.psi-series', (r) => {
    // The shrunk case is the dropped constant term: ψ₁(0) = h'_0² ≠ 0 = the printed series at u = 0.
    expect(r.counterexample?.params.u).toBe(0);
  });

  it('eq. (13) can fail: for every activation and u = 1/2 the printed ψ₁ series is violated and decided', () => {
    const law = eq13PsiSeries.law('quick');
    for (const activation of ACTIVATION_NAMES) {
      const r = law.evaluate({ activation, side: 'ψ₁', k: 10 });
      expect(r.ok, activation).toBe(false);
      expect(r.decided, activation).toBe(true);
    }
  });
});
