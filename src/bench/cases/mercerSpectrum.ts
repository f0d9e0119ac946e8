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
