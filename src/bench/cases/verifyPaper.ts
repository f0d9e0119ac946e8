import { claims } from '../../claims/registry.js';
import { runClaim } from '../../claims/runClaim.js';
import { DEFAULT_SEED } from '../../claims/defaults.js';
import type { BenchCase } from '../benchCase.js';

/**
 * Issue 12's tracking of the papers' sizes: each claim checked once at `--scale paper` with the default
 * seed, in this process (no worker), wall and CPU time. Opt-in — the whole set takes tens of minutes:
 * `npm run bench -- --filter verify-paper` (BENCHMARKS.md keeps the table).
 */
export const benches: BenchCase[] = claims.map((claim) => ({
  name: 'verify-paper',
  params: { claim: claim.id },
  runs: 1,
  noWarmup: true,
  optIn: true,
  prepare: () => ({ run: () => runClaim(claim, { seed: DEFAULT_SEED, scale: 'paper' }, null) }),
}));
