import fc from 'fast-check';
import { SEC6_DEPTH } from './sec6Network.js';

/** One case of appendix 16's claim on tanh: an earlier layer ℓ and the part of the sentence checked. */
export interface App16Case extends Record<string, string | number> {
  layer: number;
  /** 'present': tanh's ratio grows from degree 1 to 3; 'weaker': relu's growth exceeds tanh's. */
  part: 'present' | 'weaker';
}

/** Every earlier layer ℓ ∈ {0, …, L − 2} of §6's network, with either part. */
export const app16Arbitrary: fc.Arbitrary<App16Case> = fc.record({ layer: fc.integer({ min: 0, max: SEC6_DEPTH - 2 }), part: fc.constantFrom<App16Case['part']>('present', 'weaker') });
