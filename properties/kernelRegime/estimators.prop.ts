import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { flowDecay, gradientDescentDecay } from '../../src/kernelRegime/decay.js';
import { pooledExponent, replicateExponent } from '../../src/kernelRegime/exponentInterval.js';
import { projectedSquaredNorm } from '../../src/kernelRegime/projectedSquaredNorm.js';
import { decideRate } from '../../src/kernelRegime/rateDecision.js';
import { squaredL2Norm } from '../../src/kernelRegime/squaredL2Norm.js';
import { createRng } from '../../src/random/rng.js';

/**
 * The Monte Carlo L² estimators, the decay factors of the idealised dynamics and the exponent intervals,
 * on inputs whose answers are known in closed form.
 */
describe('L²(ρ) norms by Monte Carlo', () => {
  // ρ = uniform on [0, 1); φ_1 = √2 cos 2πx, φ_2 = √2 sin 2πx orthonormal; g = a φ_1 + b φ_2 + c·√2 cos 4πx
  // (the last is orthonormal and orthogonal to both). ‖Pg‖² = a² + b² exactly, ‖g‖² = a² + b² + c².
  // Coefficients on a 1e−3 grid: no subnormal squares (those lose all relative precision).
  const coefficient = fc.integer({ min: -2000, max: 2000 }).map((k) => k / 1000);
  const coefficients = fc.record({
    a: coefficient,
    b: coefficient,
    c: coefficient,
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  });
  function sample(seed: number, m: number, a: number, b: number, c: number) {
    const rng = createRng(seed);
    const values = new Float64Array(m);
    const features = new Float64Array(2 * m);
    for (let l = 0; l < m; l++) {
      const x = rng.uniform();
      const p1 = Math.SQRT2 * Math.cos(2 * Math.PI * x);
      const p2 = Math.SQRT2 * Math.sin(2 * Math.PI * x);
      features[2 * l] = p1;
      features[2 * l + 1] = p2;
      values[l] = a * p1 + b * p2 + c * Math.SQRT2 * Math.cos(4 * Math.PI * x);
    }
    return { values, features };
  }

  test.prop([coefficients], { numRuns: 40 })('‖Pg‖² and ‖g‖² lie within 4.5 standard errors of the exact values (M = 4000)', ({ a, b, c, seed }) => {
    const { values, features } = sample(seed, 4000, a, b, c);
    const p = projectedSquaredNorm(values, features, 2);
    const n = squaredL2Norm(values);
    // 4.5σ two-sided: 7e−6 per draw, so 80 comparisons fail spuriously with probability < 1e−3.
    // Rounding: the sums carry ≈ M·ε relative error of the largest term (≤ 1e−11·scale).
    const scale = a * a + b * b + c * c;
    expect(Math.abs(p.estimate - (a * a + b * b))).toBeLessThanOrEqual(4.5 * p.standardError + 1e-11 * scale);
    expect(Math.abs(n.estimate - scale)).toBeLessThanOrEqual(4.5 * n.standardError + 1e-11 * scale);
  });

  test.prop([fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 5 })(
    'the projection U-statistic is unbiased where the plug-in is not: over 400 replicates with Pg = 0 its mean is within 4 SE of 0',
    (seed) => {
      const rng = createRng(seed);
      const reps = 400;
      let sum = 0;
      let sumSq = 0;
      let plugIn = 0;
      for (let r = 0; r < reps; r++) {
        const { values, features } = sample(rng.int(2 ** 31), 200, 0, 0, 1);
        const u = projectedSquaredNorm(values, features, 2).estimate;
        sum += u;
        sumSq += u * u;
        let s1 = 0;
        let s2 = 0;
        for (let l = 0; l < 200; l++) {
          s1 += values[l]! * features[2 * l]!;
          s2 += values[l]! * features[2 * l + 1]!;
        }
        plugIn += (s1 / 200) ** 2 + (s2 / 200) ** 2;
      }
      const mean = sum / reps;
      const se = Math.sqrt((sumSq / reps - mean * mean) / reps);
      expect(Math.abs(mean)).toBeLessThanOrEqual(4 * se);
      // The plug-in is biased by Σ Var(gφ_i)/M ≈ 2·E[g²φ²]/M > 0: far above its noise.
      expect(plugIn / reps).toBeGreaterThan(mean + 10 * se);
    },
  );
});

describe('decay factors of the idealised dynamics', () => {
  const args = fc.record({
    lambda: fc.double({ min: 0, max: 3, noNaN: true }),
    eta: fc.double({ min: 1e-3, max: 0.6, noNaN: true }),
    steps: fc.integer({ min: 0, max: 400 }),
  });
  test.prop([args])('q(λ) = (1 − e(λ))/λ for gradient descent and flow, continuous at λ = 0 with q(0) = t', ({ lambda, eta, steps }) => {
    for (const e of [gradientDescentDecay(eta, steps), flowDecay(eta * steps)]) {
      if (lambda > 1e-6) expect(e.integrated(lambda)).toBeCloseTo((1 - e.value(lambda)) / lambda, 9);
      expect(e.integrated(0)).toBe(e.time);
      expect(Math.abs(e.integrated(1e-12) - e.time)).toBeLessThanOrEqual(1e-9 * (1 + e.time * e.time));
      expect(e.integrated(lambda)).toBeLessThanOrEqual(e.time * (1 + 1e-12) + 1e-15);
    }
  });
  test.prop([fc.double({ min: 0.01, max: 2, noNaN: true }), fc.double({ min: 0.1, max: 20, noNaN: true })])(
    'gradient descent at step η tends to the flow at t = η·S as η → 0, with error ≈ λ²ηt/2·e^{−λt}',
    (lambda, t) => {
      const gap = (steps: number) => Math.abs(gradientDescentDecay(t / steps, steps).value(lambda) - Math.exp(-lambda * t));
      const predicted = (steps: number) => ((lambda * lambda * t * t) / (2 * steps)) * Math.exp(-lambda * t);
      for (const steps of [1000, 4000]) expect(gap(steps)).toBeLessThanOrEqual(1.1 * predicted(steps) + 1e-15);
      expect(gap(4000)).toBeLessThan(gap(1000));
    },
  );
});

describe('fitted exponents and the Õ decision rule', () => {
  test.prop([fc.double({ min: -2, max: 1, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true })])(
    'an exact power law is fitted exactly, with a zero-width interval',
    (beta, c) => {
      const xs = [16, 32, 64, 128, 256, 16, 32, 64, 128, 256];
      const p = pooledExponent(xs, xs.map((x) => c * x ** beta));
      expect(p.exponent).toBeCloseTo(beta, 10);
      expect(p.upper - p.lower).toBeLessThan(1e-8);
      const r = replicateExponent(xs.slice(0, 5), [xs.slice(0, 5).map((x) => c * x ** beta), xs.slice(0, 5).map((x) => 2 * c * x ** beta)]);
      expect(r.exponent).toBeCloseTo(beta, 10);
    },
  );
  test.prop([fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 3 })(
    'the pooled 95 % interval covers the true exponent in ≈ 95 % of 400 noisy sweeps (binomial 99.9 % band [0.91, 0.98])',
    (seed) => {
      const rng = createRng(seed);
      const xs = [16, 32, 64, 128, 256].flatMap((x) => [x, x, x]);
      let covered = 0;
      for (let r = 0; r < 400; r++) {
        const ys = xs.map((x) => x ** -0.7 * Math.exp(0.5 * rng.normal()));
        const p = pooledExponent(xs, ys);
        if (p.lower <= -0.7 && -0.7 <= p.upper) covered++;
      }
      expect(covered / 400).toBeGreaterThanOrEqual(0.91);
      expect(covered / 400).toBeLessThanOrEqual(0.98);
    },
  );
  test.prop([fc.double({ min: -2, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 10, max: 1e4, noNaN: true })])(
    'decideRate: holds ⇔ upper ≤ −1/2 + 1/ln x_g, refuted ⇔ lower above it',
    (mid, half, xg) => {
      const interval = { exponent: mid, lower: mid - half, upper: mid + half, df: 10 };
      const { decision, threshold } = decideRate(interval, -0.5, xg);
      expect(threshold).toBeCloseTo(-0.5 + 1 / Math.log(xg), 12);
      expect(decision).toBe(mid + half <= threshold ? 'holds' : mid - half > threshold ? 'refuted' : 'inconclusive');
    },
  );
});
