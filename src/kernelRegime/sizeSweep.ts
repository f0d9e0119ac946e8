import { createRng } from '../random/rng.js';
import { deviationRun, type DeviationRun, type DeviationRunSpec } from './deviationRun.js';

/**
 * `deviationRun` over a list of (n, m) sizes, `replicates` times each; every run draws its own training
 * sample, held-out sample, target poles and initialisation from its own seed (derived from `seed`), so
 * all runs are independent and a regression through them has independent errors.
 */
export interface SizeSweepSpec extends Omit<DeviationRunSpec, 'width' | 'n' | 'seed'> {
  readonly sizes: readonly { readonly n: number; readonly width: number }[];
  readonly replicates: number;
  readonly seed: number;
}

export interface SizedRun {
  readonly n: number;
  readonly width: number;
  readonly replicate: number;
  readonly run: DeviationRun;
}

export function sizeSweep(spec: SizeSweepSpec): SizedRun[] {
  const { sizes, replicates, seed, ...common } = spec;
  const rng = createRng(seed);
  const out: SizedRun[] = [];
  for (let r = 0; r < replicates; r++) {
    for (const { n, width } of sizes) out.push({ n, width, replicate: r, run: deviationRun({ ...common, n, width, seed: rng.int(2 ** 31) }) });
  }
  return out;
}
