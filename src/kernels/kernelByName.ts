import { arcCosine0, arcCosine1, reluNtk } from './arcCosine.js';
import type { DotProductKernel } from './dotProductKernel.js';

/** The dot-product kernels with closed-form spectra, by command-line name. */
export const dotProductKernels: readonly DotProductKernel[] = [reluNtk, arcCosine0, arcCosine1];

export function kernelByName(name: string): DotProductKernel {
  const kernel = dotProductKernels.find((k) => k.name === name);
  if (!kernel) throw new RangeError(`kernel must be one of ${dotProductKernels.map((k) => k.name).join('|')}, got ${JSON.stringify(name)}`);
  return kernel;
}
