import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ACTIVATION_NAMES, HERMITE_MAX_DEGREE } from '../../src/activations/activation.js';
import { activationByName } from '../../src/activations/activationByName.js';
import { hermiteCorrelationSeries } from '../../src/activations/hermiteCorrelationSeries.js';
import { createRng } from '../../src/random/rng.js';
import { hermiteReference } from './referenceFixtures.js';

const reference = hermiteReference();

/**
 * Dual-kernel accuracy relative to the Cauchy–Schwarz scale √(E[f(z₁)²]·E[f(z₂)²]): the target is
 * ~1e−12. Error sources: iterated trapezoidal rule (step chosen for e^{−44}·M ≲ 1e−17, measured by
 * step halving ≤ 2e−15), its rounding over ≤ 10⁵ positive-weight terms (≤ 1e−15 observed), closed forms
 * (a few ulps). Measured max 1.0e−15 (gelu, q = (2, 3)) on the u grid and the covariance triples, all
 * activations, ψ₀ and ψ₁; bound 1e−13.
 */
const KERNEL_TOLERANCE = 1e-13;
/** Rounding slack of the Mehler partial sums (61 Horner steps, |terms| ≤ E[f²]): 61·2·2^−53 < 1e−14. */
const SERIES_SLACK = 1e-14;

const kernels = (name: (typeof ACTIVATION_NAMES)[number]) => {
  const act = activationByName(name);
  return [
    { label: 'psi0', unit: act.psi0, cov: act.psi0Covariance, coefficients: () => act.hermite('orthonormal') },
    { label: 'psi1', unit: act.psi1, cov: act.psi1Covariance, coefficients: () => act.hermitePrime('orthonormal') },
  ] as const;
};

describe('dual kernels ψ₀ = E[σσ] and ψ₁ = E[σ′σ′] (Dandi & Jacot §5.4)', () => {
  it('the fixture was computed to far better than the tested tolerance', () => {
    expect(Math.max(...Object.values(reference.estimatedError.kernels))).toBeLessThan(KERNEL_TOLERANCE / 100);
  });

  it('ψ₀(u), ψ₁(u) match mpmath on u ∈ {−1, −0.99, −0.5, 0, 0.3, 0.9, 0.999, 1}, and ψ(1) = E[f²]', () => {
    const grid = reference.dualKernels.u;
    for (const name of ACTIVATION_NAMES) {
      for (const { label, unit } of kernels(name)) {
        const ref = reference.dualKernels[name][label];
        const scale = ref[grid.indexOf(1)]!;
        const moment = reference.coefficients[name][label === 'psi0' ? 'sigma' : 'sigmaPrime'].secondMoment;
        expect(Math.abs(unit(1) - moment), `${name}.${label}(1) = E[f²]`).toBeLessThanOrEqual(KERNEL_TOLERANCE * moment);
        grid.forEach((u, i) => {
          expect(Math.abs(unit(u) - ref[i]!), `${name}.${label}(${u})`).toBeLessThanOrEqual(KERNEL_TOLERANCE * scale);
        });
      }
    }
  });

  it('E[f(z₁)f(z₂)] for general variances and covariance matches mpmath', () => {
    const { triples } = reference.covariances;
    for (const name of ACTIVATION_NAMES) {
      for (const { label, cov } of kernels(name)) {
        triples.forEach(({ q1, q2, c }, i) => {
          const scale = Math.sqrt(cov(q1, q1, q1) * cov(q2, q2, q2));
          const where = `${name}.${label}(q1=${q1}, q2=${q2}, c=${c})`;
          expect(Math.abs(cov(q1, q2, c) - reference.covariances[name][label][i]!), where).toBeLessThanOrEqual(KERNEL_TOLERANCE * scale);
        });
      }
    }
  });

  /*
   * Lemma 1 / eq. (13): ψ(u) = Σ h_n² uⁿ. With the series cut at n = 60, every omitted term satisfies
   * |h_n² uⁿ| ≤ |u|^61·h_n², so the truncation error is ≤ |u|^61·r with the Parseval residual
   * r = ψ(1) − Σ_{n≤60} h_n² ≥ 0 (≈ 1e−10 for tanh, 9e−5 for relu, < 1e−15 for sigmoid/softplus/gelu).
   */
  test.prop([fc.constantFrom(...ACTIVATION_NAMES), fc.double({ min: -1, max: 1, noNaN: true })], { numRuns: 120 })(
    'ψ(u) equals the Hermite (Mehler) series Σ h_n² uⁿ within its truncation bound |u|^61·(ψ(1) − Σ_{n≤60} h_n²)',
    (name, u) => {
      for (const { label, unit, coefficients } of kernels(name)) {
        const h = coefficients();
        const energy = unit(1);
        const residual = Math.max(0, energy - h.reduce((s, v) => s + v * v, 0));
        const bound = Math.abs(u) ** (HERMITE_MAX_DEGREE + 1) * residual + (SERIES_SLACK + KERNEL_TOLERANCE) * energy;
        expect(Math.abs(unit(u) - hermiteCorrelationSeries(h, u)), `${name}.${label}`).toBeLessThanOrEqual(bound);
      }
    },
  );

  // A third route: Monte Carlo over S = 20 000 seeded Gaussian pairs; bound 5σ̂/√S (a 5-sigma deviation,
  // probability ≈ 6e−7 per check) plus the quadrature tolerance.
  test.prop([fc.constantFrom(...ACTIVATION_NAMES), fc.integer(), fc.double({ min: 0.1, max: 3, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true })], {
    numRuns: 12,
  })('ψ₀ and ψ₁ for general variances agree with a Monte Carlo estimate of E[f(z₁)f(z₂)]', (name, seed, q, rho) => {
    const act = activationByName(name);
    const rng = createRng(seed);
    const [q1, q2] = [q, 4 - q];
    const S = 20_000;
    const sums = { sigma: [0, 0], sigmaPrime: [0, 0] };
    for (let k = 0; k < S; k++) {
      const x = rng.normal();
      const z1 = Math.sqrt(q1) * x;
      const z2 = Math.sqrt(q2) * (rho * x + Math.sqrt(1 - rho * rho) * rng.normal());
      for (const which of ['sigma', 'sigmaPrime'] as const) {
        const v = act[which](z1) * act[which](z2);
        sums[which][0]! += v;
        sums[which][1]! += v * v;
      }
    }
    const c = rho * Math.sqrt(q1 * q2);
    for (const [which, exact] of [['sigma', act.psi0Covariance(q1, q2, c)], ['sigmaPrime', act.psi1Covariance(q1, q2, c)]] as const) {
      const mean = sums[which][0]! / S;
      const sd = Math.sqrt(Math.max(sums[which][1]! / S - mean * mean, 0));
      expect(Math.abs(mean - exact), `${name}.${which} seed=${seed}`).toBeLessThanOrEqual((5 * sd) / Math.sqrt(S) + KERNEL_TOLERANCE);
    }
  });

  const variance = fc.double({ min: 0.05, max: 4, noNaN: true });
  test.prop([fc.constantFrom(...ACTIVATION_NAMES), variance, variance, fc.double({ min: -1, max: 1, noNaN: true })], { numRuns: 40 })(
    'the Gram matrix of (σ(z₁), σ(z₂)) is PSD and symmetric: ψ(q1,q2,c)² ≤ ψ(q1,q1,q1)·ψ(q2,q2,q2), ψ(q1,q2,c) = ψ(q2,q1,c)',
    (name, q1, q2, rho) => {
      const c = rho * Math.sqrt(q1 * q2);
      for (const { label, cov } of kernels(name)) {
        const [a, b, off] = [cov(q1, q1, q1), cov(q2, q2, q2), cov(q1, q2, c)];
        const scale = Math.sqrt(a * b);
        expect(off * off, label).toBeLessThanOrEqual(a * b * (1 + 2 * KERNEL_TOLERANCE));
        expect(Math.abs(cov(q2, q1, c) - off), label).toBeLessThanOrEqual(KERNEL_TOLERANCE * scale);
      }
    },
  );

  test.prop([fc.constantFrom(...ACTIVATION_NAMES), fc.double({ min: 0, max: 1e-12, noNaN: true })], { numRuns: 30 })(
    'correlations beyond ±1 by ≤ 1e−12 (rounding) are clamped, never NaN; psi0(u) = psi0Covariance(1, 1, u)',
    (name, excess) => {
      const act = activationByName(name);
      expect(act.psi0(1 + excess)).toBe(act.psi0(1));
      expect(act.psi1(-1 - excess)).toBe(act.psi1(-1));
      expect(act.psi0Covariance(2, 2, 2 * (1 + excess / 2))).toBe(act.psi0Covariance(2, 2, 2));
      expect(act.psi0(0.25)).toBe(act.psi0Covariance(1, 1, 0.25));
    },
  );

  it('out-of-range arguments are RangeErrors naming the parameter', () => {
    const act = activationByName('tanh');
    expect(() => act.psi0(1 + 1e-11)).toThrow(/^u must be a finite number in \[/);
    expect(() => act.psi1(Number.NaN)).toThrow(RangeError);
    expect(() => act.psi0Covariance(0, 1, 0)).toThrow(/^q1 must be a finite number > 0/);
    expect(() => act.psi1Covariance(1, -2, 0)).toThrow(/^q2 must be a finite number > 0/);
    expect(() => act.psi0Covariance(1, 1, Number.POSITIVE_INFINITY)).toThrow(/^c must be a finite number/);
    expect(() => act.psi0Covariance(2, 2, 2 + 1e-9)).toThrow(/^c\/√\(q1·q2\) must be a finite number in \[/);
  });
});
