import fc from 'fast-check';
import { ACTIVATION_NAMES } from '../../activations/activation.js';
import type { Thm1Case } from './thm1Measurement.js';

/**
 * The cases of Theorem 1 and of its Hoeffding step: every activation, input dimension d ∈ [2, 50], g
 * mixing two of the three lowest degrees at angle wπ/18, n ∈ [10, 400] points, `delta` for δ, and 400
 * draws per case at paper scale (100 quick).
 */
export function thm1Arbitrary(scale: 'quick' | 'paper', delta: fc.Arbitrary<number>): fc.Arbitrary<Thm1Case> {
  return fc.record({
    activation: fc.constantFrom(...ACTIVATION_NAMES),
    d: fc.integer({ min: 2, max: 50 }),
    pair: fc.integer({ min: 0, max: 2 }),
    w: fc.integer({ min: 1, max: 8 }),
    n: fc.integer({ min: 10, max: 400 }),
    delta,
    draws: fc.constant(scale === 'paper' ? 400 : 100),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  });
}
