import { requireInteger } from '../numerics/validate.js';

/**
 * The one place where Dandi & Jacot's dimension convention meets the project's.
 *
 * Dandi & Jacot write the input sphere as S^{d−1} ⊂ R^d, with d the input dimension (§5.1 "U(S^{d−1})",
 * Lemma 2, Lemma 4, appendix 11's weight (1 − u²)^{(d−3)/2}); src/sphere (after Cao et al.) takes the
 * sphere's own dimension, S^{d'} ⊂ R^{d'+1}. So d' = d − 1. The paper's experiments use d = 2 (the
 * circle, §6.1.1) and d = 10 (§6.2); d = 1 (S^0 = {±1}) has no harmonics of degree ≥ 2 and is excluded.
 */
export function sphereDimensionOfInput(inputDimension: number): number {
  requireInteger('inputDimension', inputDimension, 2, 10_001);
  return inputDimension - 1;
}
