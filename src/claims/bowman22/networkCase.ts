import fc from 'fast-check';

/**
 * One drawn network of §2.3 under Assumption 3.1: a fully connected network with a smooth activation
 * (softplus or tanh), its number of hidden layers, the sphere Sᵈ its inputs lie on, and the seed of its
 * points, target and initialisations.
 */
export interface NetworkCase extends Record<string, string | number> {
  activation: 'softplus' | 'tanh';
  hiddenLayers: number;
  d: number;
  seed: number;
}

/** Draws a `NetworkCase` with 1…maxHiddenLayers hidden layers on Sᵈ, d ∈ [2, maxD]. */
export const networkCaseArbitrary = (maxHiddenLayers: number, maxD: number): fc.Arbitrary<NetworkCase> =>
  fc.record({
    activation: fc.constantFrom('softplus' as const, 'tanh' as const),
    hiddenLayers: fc.integer({ min: 1, max: maxHiddenLayers }),
    d: fc.integer({ min: 2, max: maxD }),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  });
