import { describe, expect, it } from 'vitest';
import { orthonormalHermite } from '../../src/activations/orthonormalHermite.js';
import { app8Case } from '../../src/claims/dandi21/app8EpsilonStep.js';
import { app11OrthogonalCase, gegenbauerInnerProduct } from '../../src/claims/dandi21/app11GegenbauerBasis.js';
import { cor1Case } from '../../src/claims/dandi21/cor1LayerRatio.js';
import { cor2Case } from '../../src/claims/dandi21/cor2DecrementRatio.js';
import { eq14Case, hermiteExplicit } from '../../src/claims/dandi21/eq14HermiteRecurrences.js';
import { sec53PhiBound, phiCase } from '../../src/claims/dandi21/sec53PhiBound.js';
import { sec56Case } from '../../src/claims/dandi21/sec56HermiteQuotient.js';
import { sec611Case } from '../../src/claims/dandi21/sec611CircleLegendre.js';
import { sec62Case } from '../../src/claims/dandi21/sec62ZonalCombination.js';
import { sphereDimensionOfInput } from '../../src/layerwise/sphereDimensionOfInput.js';
import { harmonicDimension } from '../../src/sphere/harmonicDimension.js';
import { sphereMarginalConstant } from '../../src/sphere/sphereMarginal.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

describe('Dandi & Jacot: statements the referee found unchecked', () => {
  for (const id of [
    'dandi21.app8.epsilon-step',
    'dandi21.app8.epsilon-step.reversed',
    'dandi21.eq14-15.recurrences.monic',
    'dandi21.eq14-15.recurrences.orthonormal',
    'dandi21.app11.gegenbauer-basis.orthogonal',
    'dandi21.app11.gegenbauer-basis.orthonormal',
    'dandi21.sec6.1.1.circle-legendre',
    'dandi21.sec6.2.zonal-combination',
    'dandi21.sec5.6.hermite-quotient',
    'dandi21.sec5.6.hermite-quotient.shifted',
    'dandi21.sec5.3.phi-bound',
    'dandi21.sec5.3.phi-bound.surface-measure',
  ])
    itMeasuresExpectedVerdict(id);

  it('appendix 8, L377: the check can fail — ε below the threshold violates S(ε) ≤ δ, ε above it satisfies it', () => {
    const c = { n: 100, delta: 0.05, e1: 0, e2: 4, k: 4 };
    expect(app8Case(c, 'printed').ok).toBe(false); // ε = ε*/4
    const r = app8Case({ ...c, k: 12 }, 'reversed'); // ε = 4ε*, mirrored to ε*/4
    expect(r.ok && r.decided).toBe(true);
  });

  it('eqs. (14)–(15): the explicit sums equal orthonormalHermite·√(n!), and the check fails for the other convention', () => {
    for (const w of [-3.5, -0.25, 0.5, 2]) {
      const h = orthonormalHermite(w, 12);
      for (let n = 0; n <= 12; n++) expect(Math.abs(hermiteExplicit(n, w, 'orthonormal').value - h[n]!)).toBeLessThan(1e-12 * hermiteExplicit(n, w, 'orthonormal').scale);
    }
    const c = { equation: '15' as const, n: 3, j: 5 };
    expect(eq14Case(c, 'monic').ok).toBe(true);
    expect(eq14Case(c, 'orthonormal').ok).toBe(false);
  });

  it('appendix 11: the quadrature separates ⟨P_k, P_k⟩_ν from the neighbouring normalisations, so orthogonality could fail', () => {
    for (const [d, k] of [[3, 2], [10, 4], [4, 5]] as const) {
      const { value, error } = gegenbauerInnerProduct({ d, j: k, k });
      const s = sphereDimensionOfInput(d);
      const mass = 1 / sphereMarginalConstant(s);
      expect(Math.abs(value - mass / Number(harmonicDimension(s, k)))).toBeLessThanOrEqual(error);
      expect(Math.abs(value - mass / Number(harmonicDimension(s, k + 1)))).toBeGreaterThan(error);
      expect(app11OrthogonalCase({ d, j: k, k: k + 1 }).decided).toBe(true);
    }
  });

  it('§6.1.1: P_k(cos θ) = cos kθ is decided against the literal cos(k·u) and fails for the wrong degree', () => {
    const r = sec611Case({ k: 5, m: 13 });
    expect(r.ok && r.decided).toBe(true);
    expect(Math.abs((r.measured as number) - Math.cos(6 * (13 * Math.PI) / 64))).toBeGreaterThan(8 * 49 * Number.EPSILON);
  });

  it('§6.2: the zonal identity fails for harmonics normalised in another measure', () => {
    const c = { d: 5, k: 3, L: 4, seed: 7 };
    expect(sec62Case(c).ok).toBe(true);
    expect(sec62Case(c, 2 * Math.PI).ok).toBe(false);
  });

  it('L222: the shifted quotient is i² for the monic coefficients and fails for the orthonormal ones (= i)', () => {
    const monic = sec56Case({ activation: 'tanh', i: 3, convention: 'paper' }, 1);
    expect(monic.ok && monic.decided).toBe(true);
    const orthonormal = sec56Case({ activation: 'tanh', i: 3, convention: 'orthonormal' }, 1);
    expect(orthonormal.ok).toBe(false);
    expect(orthonormal.measured as number).toBeCloseTo(3, 10);
  });

  it('L104/L108: the bound under the probability measure fails under the surface measure on the circle', () => {
    expect(sec53PhiBound.id).toBe('dandi21.sec5.3.phi-bound');
    const c = { activation: 'relu' as const, d: 2, layer: 1, pair: 0, w: 1 };
    expect(phiCase(c, 'probability').ok).toBe(true);
    expect(phiCase(c, 'surface').ok).toBe(false);
  });

  // Evidence of Corollaries 1–2's refutation: the relu ratio in closed form, against both measured routes.
  it('relu: λ⁽¹⁾_i/λ⁽²⁾_i = (i² + (d − 2)i + 1)/d for i = 1 and even i ≥ 2 (on the circle (i² + 1)/2), by both routes', () => {
    for (const d of [2, 3, 5, 10, 20])
      for (const i of [1, 2, 4, 6, 8, 12]) {
        const formula = (i * i + (d - 2) * i + 1) / d;
        const r1 = cor1Case({ activation: 'relu', d, i }, 1);
        expect(Math.abs((r1.measured as number) / formula - 1), `power series d = ${d}, i = ${i}`).toBeLessThan(1e-13);
        const r2 = cor2Case({ activation: 'relu', d, i }, 1);
        expect(Math.abs((r2.measured as number) / formula - 1), `quadrature d = ${d}, i = ${i}`).toBeLessThan(1e-8);
      }
  });
});
