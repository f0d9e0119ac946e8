import { fc, test } from '@fast-check/vitest';
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { MAX_ORDER, eigh, eighTop, eigvalsh } from '../../src/linalg/eigh.js';
import { gemmNT } from '../../src/linalg/gemmNT.js';
import { householderTridiagonal, tridiagonalBufferLengths } from '../../src/linalg/householderTridiagonal.js';
import { SYMMETRY_TOLERANCE, copySymmetricPart } from '../../src/linalg/symmetricInput.js';
import { secularRoot } from '../../src/linalg/secularRoot.js';
import { acquireWorkspace } from '../../src/linalg/wasm/workspace.js';
import { type Rng, createRng } from '../../src/random/rng.js';
import { sampleSphere } from '../../src/sphere/sampleSphere.js';

const EPS = Number.EPSILON;
const UNIT_ROUNDOFF = EPS / 2;

/**
 * Tolerance policy (the normalised ratio tests of LAPACK's symmetric eigensolver suite, dchkst/ddrvst):
 * Householder reduction, divide and conquer and the back-transformation are backward stable, so the
 * computed pairs are exact for A + E with ‖E‖ growing like n·ε·‖A‖ (Golub & Van Loan, Matrix
 * Computations, ch. 8). Each error below is divided by n·ε·‖A‖_F (‖A‖_F ≥ ‖A‖₂, so conservative) or by
 * n·ε, and must stay ≤ RATIO. The largest ratios measured over 400 random cases with n ≤ 60 were 1.3
 * (residual), 1.8 (orthogonality) and 1.5 (difference to ml-matrix); RATIO = 30 leaves room for harder
 * spectra, while a real loss of accuracy exceeds it by orders of magnitude (checked by mutation: a
 * secular solver stopping at |f| ≤ 1e−7, a skipped block of reflectors, or eigenvectors formed without
 * the Gu–Eisenstat correction each fail this suite). For n ≤ 15000 the residual bound implies the
 * issue's target ‖Av − λv‖ ≤ 1e−10·‖A‖_F.
 */
const RATIO = 30;

const frobenius = (a: ArrayLike<number>): number => Math.sqrt(Array.from(a).reduce((s, x) => s + x * x, 0));

/** Symmetric matrix with independent N(0, 1) entries on and below the diagonal. */
function randomSymmetric(rng: Rng, n: number): Float64Array {
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) a[i * n + j] = a[j * n + i] = rng.normal();
  }
  return a;
}

/** Gram matrix κ(⟨x_i, x_j⟩) with κ(t) = exp(t − 1) (the Gaussian kernel on the sphere) at n points of S^d. */
function smoothGram(rng: Rng, n: number, d: number): Float64Array {
  const x = sampleSphere(rng, n, d);
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let t = 0;
      for (let c = 0; c <= d; c++) t += x[i * (d + 1) + c]! * x[j * (d + 1) + c]!;
      a[i * n + j] = a[j * n + i] = Math.exp(t - 1);
    }
  }
  return a;
}

/** H D H with H = I − 2uuᵀ for a random unit u: a symmetric matrix with eigenvalues exactly `spectrum` (up to rounding). */
function withSpectrum(rng: Rng, spectrum: readonly number[]): Float64Array {
  const n = spectrum.length;
  const u = Array.from({ length: n }, () => rng.normal());
  const norm = Math.hypot(...u);
  const h = (i: number, j: number) => (i === j ? 1 : 0) - (2 * u[i]! * u[j]!) / (norm * norm);
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let l = 0; l < n; l++) s += h(i, l) * spectrum[l]! * h(l, j);
      a[i * n + j] = s;
    }
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) a[j * n + i] = a[i * n + j]!;
  return a;
}

/** max_j ‖A v_j − λ_j v_j‖₂ / (n ε ‖A‖_F) for the k returned pairs. */
function residualRatio(a: Float64Array, n: number, values: Float64Array, vectors: Float64Array): number {
  const k = values.length;
  let worst = 0;
  for (let j = 0; j < k; j++) {
    let r2 = 0;
    for (let i = 0; i < n; i++) {
      let s = -values[j]! * vectors[i * k + j]!;
      for (let l = 0; l < n; l++) s += a[i * n + l]! * vectors[l * k + j]!;
      r2 += s * s;
    }
    worst = Math.max(worst, Math.sqrt(r2));
  }
  const scale = n * EPS * frobenius(a);
  return scale === 0 ? (worst === 0 ? 0 : Infinity) : worst / scale;
}

/** max |VᵀV − I| / (n ε) for the n × k matrix V. */
function orthogonalityRatio(n: number, k: number, vectors: Float64Array): number {
  let worst = 0;
  for (let p = 0; p < k; p++) {
    for (let q = 0; q <= p; q++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += vectors[i * k + p]! * vectors[i * k + q]!;
      worst = Math.max(worst, Math.abs(s - (p === q ? 1 : 0)));
    }
  }
  return worst / (n * EPS);
}

const isDescending = (v: Float64Array): boolean => v.every((x, i) => i === 0 || x <= v[i - 1]!);

/** max_j |x_j − y_j| (NaN propagates, so it never passes a bound). */
const maxDifference = (x: ArrayLike<number>, y: ArrayLike<number>): number =>
  Array.from(x).reduce((worst, v, j) => Math.max(worst, Math.abs(v - y[j]!)), 0);

function referenceEigenvalues(a: Float64Array, n: number): number[] {
  const rows = Array.from({ length: n }, (_, i) => Array.from(a.subarray(i * n, (i + 1) * n)));
  const evd = new EigenvalueDecomposition(new Matrix(rows), { assumeSymmetric: true });
  return evd.realEigenvalues.slice().sort((x, y) => y - x);
}

const size = fc.integer({ min: 1, max: 60 });
const seed = fc.integer({ min: 0, max: 2 ** 31 - 1 });

describe('eigh on random symmetric matrices (n ≤ 60)', () => {
  test.prop([size, seed], { numRuns: 40 })(
    'every pair has residual ‖Av − λv‖ ≤ 30·n·ε·‖A‖_F and the eigenvectors are orthonormal to 30·n·ε',
    (n, s) => {
      const a = randomSymmetric(createRng(s), n);
      const { values, vectors } = eigh(a, n);
      expect(values.length).toBe(n);
      expect(vectors.length).toBe(n * n);
      expect(isDescending(values)).toBe(true);
      expect(residualRatio(a, n, values, vectors)).toBeLessThanOrEqual(RATIO);
      expect(orthogonalityRatio(n, n, vectors)).toBeLessThanOrEqual(RATIO);
    },
  );

  test.prop([size, seed], { numRuns: 30 })(
    'eigenvalues agree with ml-matrix EigenvalueDecomposition to 2·30·n·ε·‖A‖_F (both backward stable; Weyl)',
    (n, s) => {
      const a = randomSymmetric(createRng(s), n);
      const { values } = eigh(a, n);
      const reference = referenceEigenvalues(a, n);
      const bound = 2 * RATIO * n * EPS * frobenius(a);
      expect(maxDifference(values, reference)).toBeLessThanOrEqual(bound);
    },
  );
});

describe('eigh on structured spectra', () => {
  test.prop([fc.integer({ min: 2, max: 60 }), fc.integer({ min: 1, max: 4 }), seed], { numRuns: 25 })(
    'Gram matrices of a smooth kernel (fast-decaying spectrum, heavy deflation) keep the residual and orthogonality bounds',
    (n, d, s) => {
      const a = smoothGram(createRng(s), n, d);
      const { values, vectors } = eigh(a, n);
      expect(isDescending(values)).toBe(true);
      expect(residualRatio(a, n, values, vectors)).toBeLessThanOrEqual(RATIO);
      expect(orthogonalityRatio(n, n, vectors)).toBeLessThanOrEqual(RATIO);
    },
  );

  test.prop([fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 40 }), seed], { numRuns: 30 })(
    'repeated eigenvalues (H·diag(λ)·H with integer λ) are recovered to the Weyl bound with orthonormal eigenvectors',
    (spectrum, s) => {
      const n = spectrum.length;
      const a = withSpectrum(createRng(s), spectrum);
      const { values, vectors } = eigh(a, n);
      const sorted = spectrum.slice().sort((x, y) => y - x);
      // The test matrix itself is inexact: each entry of Ĥ·D·Ĥ is a 2n-flop sum (entrywise error ≤ γ_2n·max|λ|,
      // so ‖ΔA‖₂ ≤ 2n²u·max|λ|) and Ĥ is orthogonal only to ≈4nu (shifting eigenvalues by ≤ 8nu·max|λ|).
      const construction = (2 * n * n + 8 * n) * UNIT_ROUNDOFF * 3;
      const bound = RATIO * n * EPS * frobenius(a) + construction;
      expect(maxDifference(values, sorted)).toBeLessThanOrEqual(bound);
      expect(residualRatio(a, n, values, vectors)).toBeLessThanOrEqual(RATIO);
      expect(orthogonalityRatio(n, n, vectors)).toBeLessThanOrEqual(RATIO);
    },
  );

  test.prop([fc.integer({ min: 17, max: 45 }), fc.double({ min: 8, max: 15, noNaN: true }), fc.double({ min: 0, max: 6, noNaN: true }), seed], {
    numRuns: 40,
  })(
    'two nearly equal tridiagonal halves glued by a weak link keep orthonormal eigenvectors (close secular poles: the Gu–Eisenstat case)',
    (half, shiftDigits, linkDigits, s) => {
      // T = [T₁, βe_h e_1ᵀ; βe_1 e_hᵀ, T₁ + δI] with δ = 10^−shiftDigits: the two halves the divide-and-conquer cut
      // separates have eigenvalue pairs δ apart — too far apart to deflate, close enough that the eigenvectors of
      // the merge are accurate only if v is recomputed from the roots (without it, 1 case in 5 exceeds ratio 10⁴).
      const rng = createRng(s);
      const n = 2 * half;
      const d = Array.from({ length: half }, () => rng.normal());
      const e = Array.from({ length: half }, () => rng.normal());
      const a = new Float64Array(n * n);
      for (let i = 0; i < n; i++) a[i * n + i] = d[i % half]! + (i >= half ? 10 ** -shiftDigits : 0);
      for (let i = 0; i < n - 1; i++) a[i * n + i + 1] = a[(i + 1) * n + i] = i === half - 1 ? 10 ** -linkDigits : e[i % half]!;
      const { values, vectors } = eigh(a, n);
      expect(residualRatio(a, n, values, vectors)).toBeLessThanOrEqual(RATIO);
      expect(orthogonalityRatio(n, n, vectors)).toBeLessThanOrEqual(RATIO);
    },
  );

  test.prop([size, seed, fc.integer({ min: -900, max: 900 })], { numRuns: 25 })(
    'scaling A by 2^e scales the eigenvalues by exactly 2^e and leaves the eigenvectors bit-identical',
    (n, s, e) => {
      const a = randomSymmetric(createRng(s), n);
      const scaled = a.map((x) => x * 2 ** e);
      const base = eigh(a, n);
      const result = eigh(scaled, n);
      expect(Array.from(result.values)).toEqual(Array.from(base.values, (x) => x * 2 ** e));
      expect(Array.from(result.vectors)).toEqual(Array.from(base.vectors));
    },
  );

  it('n = 1: the value is the entry and the vector is [1]', () => {
    const { values, vectors } = eigh(new Float64Array([-2.5]), 1);
    expect(Array.from(values)).toEqual([-2.5]);
    expect(Array.from(vectors)).toEqual([1]);
  });

  // Entries below 1e−200 are set to 0 so that scaling to unit size stays exact (no subnormals); −0 is read as 0.
  const entry = fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => (Math.abs(x) < 1e-200 ? 0 : x));
  test.prop([fc.array(entry, { minLength: 1, maxLength: 60 })], { numRuns: 30 })(
    'a diagonal matrix: eigenvalues are its sorted entries exactly and eigenvectors are signed unit coordinate vectors',
    (diagonal) => {
      const n = diagonal.length;
      const a = new Float64Array(n * n);
      diagonal.forEach((x, i) => (a[i * n + i] = x));
      const { values, vectors } = eigh(a, n);
      expect(Array.from(values, (x) => x + 0)).toEqual(diagonal.slice().sort((x, y) => y - x));
      for (let j = 0; j < n; j++) {
        const column = Array.from({ length: n }, (_, i) => Math.abs(vectors[i * n + j]!));
        expect(column.filter((x) => x === 1).length, `column ${j}`).toBe(1);
        expect(column.filter((x) => x === 0).length, `column ${j}`).toBe(n - 1);
        expect(a[column.indexOf(1) * (n + 1)]! + 0).toBe(values[j]! + 0);
      }
    },
  );

  it('the identity and the zero matrix: eigenvalues exactly 1 (resp. 0), eigenvectors orthonormal', () => {
    for (const n of [1, 7, 33, 64]) {
      const identity = new Float64Array(n * n);
      for (let i = 0; i < n; i++) identity[i * n + i] = 1;
      const one = eigh(identity, n);
      expect(Array.from(one.values)).toEqual(new Array(n).fill(1));
      expect(orthogonalityRatio(n, n, one.vectors)).toBeLessThanOrEqual(RATIO);
      const zero = eigh(new Float64Array(n * n), n);
      expect(Array.from(zero.values, (x) => x + 0)).toEqual(new Array(n).fill(0));
      expect(orthogonalityRatio(n, n, zero.vectors)).toBeLessThanOrEqual(RATIO);
    }
  });

  test.prop([fc.integer({ min: 2, max: 60 }), seed], { numRuns: 25 })(
    'a rank-one matrix uuᵀ has eigenvalues (‖u‖², 0, …, 0) and top eigenvector ±u/‖u‖, to the backward-error bound',
    (n, s) => {
      const rng = createRng(s);
      const u = Array.from({ length: n }, () => rng.normal());
      const a = new Float64Array(n * n);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[i * n + j] = u[i]! * u[j]!;
      const { values, vectors } = eigh(a, n);
      const norm2 = u.reduce((t, x) => t + x * x, 0);
      const bound = RATIO * n * EPS * frobenius(a);
      expect(Math.abs(values[0]! - norm2)).toBeLessThanOrEqual(bound);
      for (let j = 1; j < n; j++) expect(Math.abs(values[j]!)).toBeLessThanOrEqual(bound);
      // Davis–Kahan: the angle to u is ≤ ‖E‖/gap with gap = ‖u‖².
      const cosine = Math.abs(u.reduce((t, x, i) => t + x * vectors[i * n]!, 0)) / Math.sqrt(norm2);
      expect(1 - cosine).toBeLessThanOrEqual(bound / norm2);
    },
  );
});

describe('eigh at a medium size (n = 300, where the blocked and divide-and-conquer paths all engage)', () => {
  it('random symmetric and smooth-kernel Gram matrices: residual and orthogonality ratios ≤ 30, values match ml-matrix', () => {
    const n = 300;
    const rng = createRng(300);
    for (const a of [randomSymmetric(rng, n), smoothGram(rng, n, 2)]) {
      const { values, vectors } = eigh(a, n);
      expect(isDescending(values)).toBe(true);
      expect(residualRatio(a, n, values, vectors)).toBeLessThanOrEqual(RATIO);
      expect(orthogonalityRatio(n, n, vectors)).toBeLessThanOrEqual(RATIO);
      const reference = referenceEigenvalues(a, n);
      const bound = 2 * RATIO * n * EPS * frobenius(a);
      expect(maxDifference(values, reference)).toBeLessThanOrEqual(bound);
    }
  });
});

describe('eigh with the helper thread (every split path: products of order ≥ 256, merges ≥ 256, ≥ 128 back-transformed rows)', () => {
  it('on a two-core machine the workspace has a helper, and n = 520 keeps the residual, orthogonality and ml-matrix bounds', () => {
    if (availableParallelism() >= 2 && process.env.SPECTRAL_LINALG_THREADS !== '1') expect(acquireWorkspace({ x: 1 }).helper).toBeDefined();
    const n = 520;
    const rng = createRng(520);
    for (const a of [randomSymmetric(rng, n), smoothGram(rng, n, 2)]) {
      const { values, vectors } = eigh(a, n);
      expect(residualRatio(a, n, values, vectors)).toBeLessThanOrEqual(RATIO);
      expect(orthogonalityRatio(n, n, vectors)).toBeLessThanOrEqual(RATIO);
      const bound = 2 * RATIO * n * EPS * frobenius(a);
      expect(maxDifference(values, referenceEigenvalues(a, n))).toBeLessThanOrEqual(bound);
      expect(maxDifference(eigvalsh(a, n), values)).toBeLessThanOrEqual(bound);
      const top = eighTop(a, n, 200);
      expect(residualRatio(a, n, top.values, top.vectors)).toBeLessThanOrEqual(RATIO);
    }
  });

  it('the split reduction equals the one-thread reduction in every one of 60 repetitions (no lost or repeated hand-over)', () => {
    // A repeated or skipped job of the helper changes d by O(‖A‖) (a product added twice was the bug this
    // guards against); the split itself only reorders one addition per entry of each product.
    const n = 300;
    const a = randomSymmetric(createRng(60), n);
    const reduce = (threads: 1 | 2) => {
      const { kernels, arrays, helper } = acquireWorkspace({ reduced: n * n, ...tridiagonalBufferLengths(n) });
      copySymmetricPart(a, n, arrays.reduced);
      const d = new Float64Array(n);
      householderTridiagonal(kernels, n, arrays.reduced, d, new Float64Array(n), new Float64Array(n), arrays, threads === 2 ? helper : undefined);
      return d;
    };
    const serial = reduce(1);
    for (let r = 0; r < 60; r++) expect(maxDifference(reduce(2), serial)).toBeLessThanOrEqual(RATIO * n * EPS * frobenius(a));
  });
});

describe('eigvalsh (eigenvalues only: the Householder reduction, then QL without vectors)', () => {
  test.prop([fc.integer({ min: 1, max: 80 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), seed], { numRuns: 40 })(
    'returns the k largest eigenvalues, descending, within 2·30·n·ε·‖A‖_F of ml-matrix and of eigh (all backward stable; Weyl)',
    (n, fraction, gram, s) => {
      const k = Math.max(1, Math.round(fraction * n));
      const rng = createRng(s);
      const a = gram ? smoothGram(rng, n, 2) : randomSymmetric(rng, n);
      const values = eigvalsh(a, n, k);
      expect(values.length).toBe(k);
      expect(isDescending(values)).toBe(true);
      const bound = 2 * RATIO * n * EPS * frobenius(a);
      expect(maxDifference(values, referenceEigenvalues(a, n).slice(0, k))).toBeLessThanOrEqual(bound);
      expect(maxDifference(values, eigh(a, n).values.subarray(0, k))).toBeLessThanOrEqual(bound);
      expect(eigvalsh(a, n).length).toBe(n);
    },
  );

  it('n = 300 (blocked reduction) with repeated eigenvalues: matches ml-matrix to the Weyl bound', () => {
    const n = 300;
    const rng = createRng(301);
    const spectrum = Array.from({ length: n }, (_, i) => Math.floor(i / 30) - 4);
    const a = withSpectrum(rng, spectrum);
    expect(maxDifference(eigvalsh(a, n), referenceEigenvalues(a, n))).toBeLessThanOrEqual(2 * RATIO * n * EPS * frobenius(a));
    expect(() => eigvalsh(a, n, 0)).toThrow(/k must be an integer in \[1, 300\]/);
  });
});

describe('eighTop', () => {
  test.prop([fc.integer({ min: 1, max: 80 }), fc.double({ min: 0, max: 1, noNaN: true }), seed], { numRuns: 30 })(
    'returns the k largest pairs of eigh: same values, same eigenvectors up to sign (same arithmetic per column)',
    (n, fraction, s) => {
      const k = Math.max(1, Math.round(fraction * n));
      const a = randomSymmetric(createRng(s), n);
      const full = eigh(a, n);
      const top = eighTop(a, n, k);
      expect(top.values.length).toBe(k);
      expect(top.vectors.length).toBe(n * k);
      const bound = RATIO * n * EPS;
      let valueError = 0;
      let vectorError = 0;
      for (let j = 0; j < k; j++) {
        valueError = Math.max(valueError, Math.abs(top.values[j]! - full.values[j]!));
        let dot = 0;
        for (let i = 0; i < n; i++) dot += top.vectors[i * k + j]! * full.vectors[i * n + j]!;
        const sign = Math.sign(dot);
        for (let i = 0; i < n; i++) {
          vectorError = Math.max(vectorError, Math.abs(top.vectors[i * k + j]! - sign * full.vectors[i * n + j]!));
        }
      }
      expect(valueError).toBeLessThanOrEqual(bound * frobenius(a));
      expect(vectorError).toBeLessThanOrEqual(bound);
      expect(residualRatio(a, n, top.values, top.vectors)).toBeLessThanOrEqual(RATIO);
      expect(orthogonalityRatio(n, k, top.vectors)).toBeLessThanOrEqual(RATIO);
    },
  );
});

describe('input validation', () => {
  const good = new Float64Array([1, 2, 2, 3]);
  const cases: [string, () => unknown, RegExp][] = [
    ['n = 0', () => eigh(new Float64Array(0), 0), /^n must be an integer in \[1, 11500\]/],
    ['n = 1.5', () => eigh(good, 1.5), /^n must be an integer in \[1, 11500\]/],
    ['n = NaN', () => eigh(good, Number.NaN), /^n must be an integer in \[1, 11500\]/],
    ['n above MAX_ORDER', () => eighTop(good, MAX_ORDER + 1, 1), /^n must be an integer in \[1, 11500\]/],
    ['a of the wrong length', () => eigh(good, 3), /^a must be a Float64Array of length n² = 9/],
    ['a not a Float64Array', () => eigh([1, 2, 2, 3] as unknown as Float64Array, 2), /^a must be a Float64Array/],
    ['a NaN entry', () => eigh(new Float64Array([1, Number.NaN, Number.NaN, 3]), 2), /^a must have finite entries/],
    ['an infinite entry', () => eigh(new Float64Array([Infinity, 0, 0, 3]), 2), /^a must have finite entries/],
    ['an asymmetric a', () => eigh(new Float64Array([1, 2, 2 + 1e-9, 3]), 2), /^a must be symmetric to within/],
    ['k = 0', () => eighTop(good, 2, 0), /^k must be an integer in \[1, 2\]/],
    ['k > n', () => eighTop(good, 2, 3), /^k must be an integer in \[1, 2\]/],
    ['k = 1.5', () => eighTop(good, 2, 1.5), /^k must be an integer in \[1, 2\]/],
  ];
  for (const [label, call, message] of cases) {
    it(`${label} → RangeError naming the argument and its allowed range`, () => {
      expect(call).toThrow(RangeError);
      expect(call).toThrow(message);
    });
  }

  it(`asymmetry within ${SYMMETRY_TOLERANCE}·max|a| is accepted and exactly the symmetric part is decomposed`, () => {
    const [x, y] = [2, 2 * (1 + 0.5 * SYMMETRY_TOLERANCE)];
    const mean = (x + y) / 2;
    const asymmetric = eigh(new Float64Array([1, x, y, 3]), 2);
    const symmetric = eigh(new Float64Array([1, mean, mean, 3]), 2);
    expect(Array.from(asymmetric.values)).toEqual(Array.from(symmetric.values));
    expect(Array.from(asymmetric.vectors)).toEqual(Array.from(symmetric.vectors));
  });
});

describe('kernels behind eigh', () => {
  test.prop(
    [fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 3 }), seed],
    { numRuns: 60 },
  )('gemmNT: C + αABᵀ within 2γ_{p+2}(|C| + |α||A||B|ᵀ) of a plain triple loop, for every shape, padding and cache block', (m, n, p, pad, s) => {
    const rng = createRng(s);
    const [lda, ldb, ldc] = [p + pad, p + 2 * pad, n + pad];
    const { kernels, arrays } = acquireWorkspace({ a: m * lda, b: n * ldb, c: m * ldc });
    const fill = (x: Float64Array) => x.forEach((_, i) => (x[i] = rng.normal()));
    fill(arrays.a);
    fill(arrays.b);
    fill(arrays.c);
    const before = arrays.c.slice();
    const alpha = rng.normal();
    gemmNT(kernels, m, n, p, alpha, arrays.a, lda, arrays.b, ldb, arrays.c, ldc);
    const gamma = ((p + 2) * UNIT_ROUNDOFF) / (1 - (p + 2) * UNIT_ROUNDOFF);
    let worst = 0; // largest error / bound
    let paddingChanged = 0;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < ldc; j++) {
        const c0 = before[i * ldc + j]!;
        if (j >= n) {
          if (!Object.is(arrays.c[i * ldc + j], c0)) paddingChanged++;
          continue;
        }
        let sum = 0;
        let abs = 0;
        for (let l = 0; l < p; l++) {
          sum += arrays.a[i * lda + l]! * arrays.b[j * ldb + l]!;
          abs += Math.abs(arrays.a[i * lda + l]! * arrays.b[j * ldb + l]!);
        }
        const bound = 2 * gamma * (Math.abs(c0) + Math.abs(alpha) * abs);
        const error = Math.abs(arrays.c[i * ldc + j]! - (c0 + alpha * sum));
        worst = Math.max(worst, error === 0 ? 0 : error / bound);
      }
    }
    expect(paddingChanged, 'entries of C beyond column n changed').toBe(0);
    expect(worst, 'largest error relative to 2γ_{p+2}(|C| + |α||A||B|ᵀ)').toBeLessThanOrEqual(1);
  });

  test.prop([fc.integer({ min: 1, max: 30 }), seed], { numRuns: 40 })(
    'secularRoot: the i-th root lies in (d_i, d_{i+1}) (δ_i < 0 < δ_{i+1}), δ_j = d_j − λ, and f(λ) vanishes to its rounding level',
    (k, s) => {
      const rng = createRng(s);
      const d = Float64Array.from({ length: k }, () => rng.normal()).sort();
      if (new Set(d).size < k) return;
      const z = Float64Array.from({ length: k }, () => rng.normal());
      const norm = Math.hypot(...z);
      z.forEach((x, j) => (z[j] = x / norm));
      const rho = Math.exp(rng.normal());
      const delta = new Float64Array(k);
      let worstDelta = 0; // largest |δ_j − (d_j − λ)| relative to its bound
      let worstF = 0; // largest |f(λ)| relative to its bound
      for (let i = 0; i < k; i++) {
        const lambda = secularRoot(k, d, z, rho, i, delta);
        expect(lambda).toBeGreaterThanOrEqual(d[i]!);
        expect(lambda).toBeLessThanOrEqual(i < k - 1 ? d[i + 1]! : d[k - 1]! + rho);
        expect(delta[i]).toBeLessThan(0);
        if (i < k - 1) expect(delta[i + 1]).toBeGreaterThan(0);
        let f = 1;
        let absSum = 0;
        // δ_j = (d_j − d_o) − τ and λ = d_o + τ with the origin d_o ∈ {d_i, d_{i+1}}: three roundings, plus ours.
        const scale = Math.abs(lambda) + Math.abs(d[i]!) + Math.abs(d[Math.min(i + 1, k - 1)]!);
        for (let j = 0; j < k; j++) {
          const error = Math.abs(delta[j]! - (d[j]! - lambda));
          worstDelta = Math.max(worstDelta, error / (4 * UNIT_ROUNDOFF * (Math.abs(d[j]!) + scale)));
          f += (rho * z[j]! * z[j]!) / delta[j]!;
          absSum += Math.abs((rho * z[j]! * z[j]!) / delta[j]!);
        }
        // Stopping rule: computed |f| ≤ 8u(1 + Σ|terms|); our re-summation adds ≤ (k + 4)u(1 + Σ|terms|); if the
        // iteration stopped because τ could not move, λ is within 2 ulps of the root: |f| ≤ f′·2ε·scale.
        const slope = delta.reduce((t, x, j) => t + (rho * z[j]! * z[j]!) / (x * x), 0);
        worstF = Math.max(worstF, Math.abs(f) / ((8 + k + 4) * UNIT_ROUNDOFF * (1 + absSum) + 2 * EPS * scale * slope));
      }
      expect(worstDelta).toBeLessThanOrEqual(1);
      expect(worstF).toBeLessThanOrEqual(1);
    },
  );
});
