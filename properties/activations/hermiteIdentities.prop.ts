import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ACTIVATION_NAMES, HERMITE_MAX_DEGREE } from '../../src/activations/activation.js';
import { activationByName } from '../../src/activations/activationByName.js';
import { gaussianPairExpectation } from '../../src/activations/gaussianPairExpectation.js';
import { hermiteCorrelationSeries } from '../../src/activations/hermiteCorrelationSeries.js';
import { hermiteDerivative } from '../../src/activations/hermiteDerivative.js';
import { hermiteInConvention } from '../../src/activations/hermiteInConvention.js';
import { normalTrapezoidRule } from '../../src/activations/normalTrapezoidRule.js';
import { orthonormalHermite } from '../../src/activations/orthonormalHermite.js';

/** Unit roundoff of float64. */
const U = 2 ** -53;
/**
 * Each computed coefficient is within 1e−15·‖f‖ of the truth (quadrature and closed forms, measured ≤ 4e−16
 * against the mpmath fixture in hermiteCoefficients.prop.ts); the identity compares two of them, one
 * scaled by √(n + 1) ≤ 8: so 1e−15·(1 + 8)·‖·‖ ≤ 1e−14·max(‖σ‖, ‖σ′‖).
 */
const IDENTITY_TOLERANCE = 1e-14;

/** √(n!) from the exact integer n! (BigInt), one rounding to float64 and one square root: relative 2u. */
function rootFactorial(n: number): number {
  let f = 1n;
  for (let k = 2n; k <= BigInt(n); k++) f *= k;
  return Math.sqrt(Number(f));
}

describe('Hermite identities of Dandi & Jacot §5.4 and appendix 10', () => {
  test.prop([fc.integer({ min: 0, max: HERMITE_MAX_DEGREE }), fc.integer({ min: 0, max: HERMITE_MAX_DEGREE })], { numRuns: 80 })(
    'He_n/√(n!) are orthonormal in L²(γ) (normalised recurrence, Gaussian trapezoidal rule h = 1/8 on |w| ≤ 24)',
    (m, n) => {
      const { nodes, weights } = normalTrapezoidRule(1 / 8, 24);
      let inner = 0;
      for (let k = 0; k < nodes.length; k++) {
        const he = orthonormalHermite(nodes[k]!, Math.max(m, n));
        inner += weights[k]! * he[m]! * he[n]!;
      }
      // Trapezoidal error e^{−2π·a/h}·e^{a√(2·120)} at a = 2: < e^{−69}; rounding ≤ 385·u·Σ|terms| ≤ 1e−13.
      expect(Math.abs(inner - (m === n ? 1 : 0))).toBeLessThanOrEqual(1e-13);
    },
  );

  it('the derivative identity a′_n = (n + 1)a_{n+1} (paper) and h′_n = √(n + 1)h_{n+1} (orthonormal) holds for every activation', () => {
    for (const name of ACTIVATION_NAMES) {
      const act = activationByName(name);
      const scale = Math.max(Math.sqrt(act.psi0(1)), Math.sqrt(act.psi1(1)));
      const fromSigma = hermiteDerivative(act.hermite('orthonormal'), 'orthonormal');
      const direct = act.hermitePrime('orthonormal');
      fromSigma.forEach((h, n) => expect(Math.abs(h - direct[n]!), `${name} n=${n}`).toBeLessThanOrEqual(IDENTITY_TOLERANCE * scale));
      const paper = hermiteDerivative(act.hermite('paper'), 'paper');
      const directPaper = act.hermitePrime('paper');
      paper.forEach((a, n) =>
        expect(Math.abs(a - directPaper[n]!), `${name} paper n=${n}`).toBeLessThanOrEqual((IDENTITY_TOLERANCE * scale) / rootFactorial(n)),
      );
    }
  });

  it('the paper convention is a_n = h_n/√(n!)', () => {
    for (const name of ACTIVATION_NAMES) {
      const act = activationByName(name);
      const [h, a] = [act.hermite('orthonormal'), act.hermite('paper')];
      h.forEach((hn, n) => expect(Math.abs(a[n]! * rootFactorial(n) - hn)).toBeLessThanOrEqual((n + 4) * U * Math.abs(hn)));
    }
  });

  // Lemma 1 for a finite expansion ξ = Σ e_i He_i/√(i!) (a polynomial of degree ≤ 7): E[ξ(x)ξ(y)] by the
  // 2-D Gaussian trapezoidal rule, exact up to e^{−2π²/h²} ≈ 1e−34 at h = 1/2; rounding of the ≈ 1400
  // weighted terms, each ≤ Σe_i²·max_x ĥe_7(x)²φ(x) ≲ Σe_i², stays below 1e−12·Σe_i².
  test.prop(
    [fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }), fc.double({ min: -1, max: 1, noNaN: true })],
    { numRuns: 60 },
  )('Lemma 1: E[ξ(x)ξ(y)] = Σ e_i² ρ^i for orthonormal coefficients e_i and Corr(x, y) = ρ', (e, rho) => {
    const degree = e.length - 1;
    const xi = (z: number): number => orthonormalHermite(z, degree).reduce((s, he, i) => s + e[i]! * he, 0);
    const direct = gaussianPairExpectation(xi, xi, 1, 1, rho, 20);
    const energy = e.reduce((s, v) => s + v * v, 0);
    expect(Math.abs(direct - hermiteCorrelationSeries(e, rho))).toBeLessThanOrEqual(1e-12 * Math.max(energy, 1e-300) + 1e-300);
  });

  it('bad arguments are RangeErrors naming the parameter', () => {
    expect(() => hermiteCorrelationSeries([1], 1.5)).toThrow(/^rho must be a finite number in \[-1, 1\]/);
    expect(() => hermiteDerivative([1], 'paper')).toThrow(/^coefficients must have length ≥ 2/);
    expect(() => hermiteInConvention(new Array<number>(172).fill(0), 'paper')).toThrow(/^orthonormal must have at most 171/);
    expect(() => orthonormalHermite(0, -1)).toThrow(/^maxDegree must be an integer/);
    expect(() => normalTrapezoidRule(0, 9)).toThrow(/^step must be a finite number/);
  });
});
