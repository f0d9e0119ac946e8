import { requireInteger } from '../numerics/validate.js';
import { REFLECTOR_BLOCK, applyReflectors } from './applyReflectors.js';
import { copyTransposed } from './copyTransposed.js';
import { householderTridiagonal, tridiagonalBufferLengths } from './householderTridiagonal.js';
import { powerOfTwoFactors } from './powerOfTwoFactors.js';
import { copySymmetricPart, requireSquareMatrix } from './symmetricInput.js';
import { tridiagonalEigen } from './tridiagonalEigen.js';
import { tridiagonalQl } from './tridiagonalQl.js';
import { acquireWorkspace } from './wasm/workspace.js';

/**
 * Largest accepted order: the workspace (four n × n arrays plus O(n) panels, ≈ 32n² bytes) must fit the
 * 4 GiB a 32-bit WebAssembly memory can address (it does up to n = 11533).
 */
export const MAX_ORDER = 11500;

/** Eigenpairs of a symmetric matrix, largest eigenvalue first. */
export interface EighResult {
  /** Eigenvalues in descending order (length k: n for `eigh`). */
  readonly values: Float64Array;
  /** Row-major n × k: column j (entries j, k + j, 2k + j, …) is the unit eigenvector of values[j]. */
  readonly vectors: Float64Array;
}

/**
 * Full eigendecomposition A = V diag(λ) Vᵀ of a real symmetric n × n matrix (row-major Float64Array
 * of length n²): λ descending, V orthogonal (see `EighResult` for the layout).
 *
 * Method (the LAPACK dsyevd route): scale A by a power of two to unit size; Householder reduction to
 * tridiagonal T = QᵀAQ (`householderTridiagonal`); eigenpairs of T by divide and conquer
 * (`tridiagonalEigen`); eigenvectors V = Q·Z (`applyReflectors`). Every step applies orthogonal
 * transformations or a backward-stable deflation/secular solve, so the computed pairs satisfy
 * ‖A v_j − λ_j v_j‖ = O(n ε ‖A‖) and ‖VᵀV − I‖ = O(n ε), and by Weyl's theorem each λ_j is within
 * O(n ε ‖A‖) of the exact eigenvalue. The O(n³) work (≈ 4.7 n³ flops at most; deflation cuts the
 * divide-and-conquer part, often sharply for fast-decaying spectra) runs in WebAssembly SIMD kernels.
 *
 * Input checks: n an integer in [1, MAX_ORDER], a of length n², finite, and symmetric to within
 * `SYMMETRY_TOLERANCE`·max|a| entrywise (the symmetric part (A + Aᵀ)/2 is what gets decomposed);
 * otherwise a RangeError naming the argument.
 */
export function eigh(a: Float64Array, n: number): EighResult {
  requireInteger('n', n, 1, MAX_ORDER);
  return decompose(a, n, n);
}

/**
 * The k largest eigenvalues (descending) and their eigenvectors (row-major n × k, column j for
 * values[j]) of a real symmetric n × n matrix, 1 ≤ k ≤ n ≤ MAX_ORDER. Same method and accuracy as `eigh`; the
 * savings are in the back-transformation (2n²k instead of 2n³ flops) and in the last merge of the
 * tridiagonal solver, which forms only the k wanted eigenvectors.
 */
export function eighTop(a: Float64Array, n: number, k: number): EighResult {
  requireInteger('n', n, 1, MAX_ORDER);
  requireInteger('k', k, 1, n);
  return decompose(a, n, k);
}

/**
 * The k largest eigenvalues (descending; all n by default) of a real symmetric n × n matrix, without
 * eigenvectors — what a spectrum (Bowman & Montúfar Figure 1, effective ranks) needs. Method: the
 * Householder reduction of `eigh` (4n³/3 flops, nearly the whole cost) and implicit QL on the
 * tridiagonal matrix without rotations accumulated (`tridiagonalQl` with z = null, O(n²)). Both steps
 * are backward stable, so each eigenvalue is within O(n ε ‖A‖) of the exact one (Weyl), as for `eigh`.
 * Input checks as `eigh`.
 */
export function eigvalsh(a: Float64Array, n: number, k = n): Float64Array {
  requireInteger('n', n, 1, MAX_ORDER);
  requireInteger('k', k, 1, n);
  requireSquareMatrix(a, n);
  const { kernels, arrays, helper } = acquireWorkspace({ reduced: n * n, ...tridiagonalBufferLengths(n) });
  const exponent = copySymmetricPart(a, n, arrays.reduced);
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  householderTridiagonal(kernels, n, arrays.reduced, d, e, new Float64Array(n), arrays, helper);
  tridiagonalQl(n, d, e, null, 0);
  const [f1, f2] = powerOfTwoFactors(exponent);
  return Float64Array.from({ length: k }, (_, j) => d[n - 1 - j]! * f1 * f2);
}

function decompose(a: Float64Array, n: number, k: number): EighResult {
  requireSquareMatrix(a, n);
  const { kernels, arrays, helper } = acquireWorkspace({
    reduced: n * n, // the reduced matrix, then the reflectors
    tridiagonalVectors: n * n,
    secular: n * n,
    gathered: n * n, // merge work; afterwards the k wanted eigenvectors as rows
    ...tridiagonalBufferLengths(n),
    vt: n * REFLECTOR_BLOCK,
    v: n * REFLECTOR_BLOCK,
    gram: REFLECTOR_BLOCK * REFLECTOR_BLOCK,
    t: REFLECTOR_BLOCK * REFLECTOR_BLOCK,
    ev: k * REFLECTOR_BLOCK,
    evt: k * REFLECTOR_BLOCK,
  });
  const { reduced, tridiagonalVectors: z } = arrays;
  z.fill(0);

  const exponent = copySymmetricPart(a, n, reduced);
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  const tau = new Float64Array(n);
  householderTridiagonal(kernels, n, reduced, d, e, tau, arrays, helper);
  tridiagonalEigen(kernels, n, d, e, z, arrays, n - k, helper);

  // The k wanted eigenvectors of T (the last k columns of z) as rows, ascending; then V = Q·Z.
  const rows = arrays.gathered;
  copyTransposed(n, k, z, n - k, n, rows, 0, n, 1);
  applyReflectors(kernels, n, reduced, tau, rows, k, arrays, helper);

  const [f1, f2] = powerOfTwoFactors(exponent);
  const values = new Float64Array(k);
  for (let j = 0; j < k; j++) values[j] = d[n - 1 - j]! * f1 * f2;
  const vectors = new Float64Array(n * k);
  copyTransposed(k, n, rows, 0, n, vectors, k - 1, k, -1);
  return { values, vectors };
}
