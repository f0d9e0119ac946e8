import fc from 'fast-check';
import { afterAll } from 'vitest';
import { removeScratchDirectories } from './support/scratchDirectory.js';

/**
 * Every property runs on a reproducible seed: SC_SEED when set, else a fixed default. fast-check prints
 * the seed and the shrink path of any failure; replay with SC_SEED=<seed> (or `{ seed, path }` in the
 * property's parameters).
 */
const seed = Number(process.env.SC_SEED ?? 20211124);
fc.configureGlobal({ seed, numRuns: 100 });

/** The test file's scratch directories go when its tests end. */
afterAll(removeScratchDirectories);
