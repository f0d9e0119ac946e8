import { spectrumCommand } from '../../cli/spectrumCommand.js';
import { reluNtk } from '../../kernels/arcCosine.js';
import { funkHecke } from '../../sphere/funkHecke.js';
import type { BenchCase } from '../benchCase.js';

/**
 * Issue 2's target: all eigenvalues for d ≤ 1000 and K ≤ 100 of one kernel in under 1 s. `mercer-spectrum`
 * times the closed form at single (d, K) points and the whole sweep d = 1..1000 at K = 100; the quadrature
 * route (the independent cross-check) is timed as `mercer-spectrum-quadrature` for comparison.
 */
export const benches: BenchCase[] = [
  ...[10, 1000].map((d) => ({
    name: 'mercer-spectrum',
    params: { kernel: 'ntk', d, K: 100 },
    runs: 21,
    prepare: () => ({ run: () => reluNtk.mercerEigenvalues(d, 100) }),
  })),
  {
    name: 'mercer-spectrum',
    params: { kernel: 'ntk', d: '1..1000', K: 100 },
    runs: 5,
    prepare: () => ({
      run: () => {
        for (let d = 1; d <= 1000; d++) reluNtk.mercerEigenvalues(d, 100);
      },
    }),
  },
  {
    name: 'mercer-spectrum-quadrature',
    params: { kernel: 'ntk', d: 1000, K: 100 },
    runs: 5,
    prepare: () => ({ run: () => funkHecke(reluNtk.value, 1000, 100) }),
  },
];

/**
 * Issue 12's target for `spectrum` over its whole documented range: d = K = 10⁴ in ≤ 2 s, JSON included
 * (the exact multiplicities have ≈ 4 000 digits: built incrementally in base-10⁷ limbs). Runs the command
 * in-process with its output discarded, so the time is the command's own, without the terminal.
 */
benches.push({
  name: 'spectrum-command',
  params: { kernel: 'ntk', d: 10_000, K: 10_000, output: 'json' },
  runs: 3,
  prepare: () => ({ run: () => spectrumCommand(['--kernel', 'ntk', '--sphere-dim', '10000', '--max-degree', '10000', '--json'], () => {}) }),
});
