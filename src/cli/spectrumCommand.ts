import { dotProductKernels, kernelByName } from '../kernels/kernelByName.js';
import { harmonicDimensionDigits } from '../sphere/harmonicDimension.js';
import { integerFlag, parseFlags, UsageError } from './flags.js';

export const SPECTRUM_USAGE = `spectral-conformance spectrum --kernel ${dotProductKernels.map((k) => k.name).join('|')} --sphere-dim d --max-degree K [--json]
  Exact Mercer eigenvalues μ_0..μ_K of a dot-product kernel on S^d ⊂ R^{d+1} under the uniform probability
  measure (Cao et al. Theorem 3.3, Remark 3.4), each with its multiplicity N(d, k) and log10 μ_k (which stays
  usable where μ_k is below the float64 range and prints as 0; null where μ_k = 0 exactly).
  --sphere-dim d   integer in [1, 10000]        --max-degree K   integer in [0, 10000]`;

/** `spectrum`: print the closed-form Mercer eigenvalues as JSON (full float64 precision) or a table. */
export function spectrumCommand(argv: string[], out: (s: string) => void): void {
  const { values, positionals } = parseFlags(argv, {
    kernel: { type: 'string' },
    'sphere-dim': { type: 'string' },
    'max-degree': { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  if (values.kernel === undefined) throw new UsageError(`--kernel is required: one of ${dotProductKernels.map((k) => k.name).join('|')}`);
  const kernel = (() => {
    try {
      return kernelByName(values.kernel);
    } catch {
      throw new UsageError(`--kernel must be one of ${dotProductKernels.map((k) => k.name).join('|')}, got ${JSON.stringify(values.kernel)}`);
    }
  })();
  const d = integerFlag('sphere-dim', values['sphere-dim'], 1, 10_000);
  const maxDegree = integerFlag('max-degree', values['max-degree'], 0, 10_000);
  const logMu = kernel.logMercerEigenvalues(d, maxDegree);
  const multiplicities = harmonicDimensionDigits(d, maxDegree);
  const rows = Array.from(logMu, (l, degree) => ({ degree, value: Math.exp(l), log10: l === -Infinity ? null : l / Math.LN10, multiplicity: multiplicities[degree]! }));
  if (values.json) {
    // Multiplicities are exact integers (they exceed 2^53 for large d, k), written as JSON number literals.
    const eigen = rows.map((r) => `{"degree":${r.degree},"value":${JSON.stringify(r.value)},"log10":${JSON.stringify(r.log10)},"multiplicity":${r.multiplicity}}`);
    out(`{"kernel":${JSON.stringify(kernel.name)},"sphereDim":${d},"eigenvalues":[${eigen.join(',')}]}`);
    return;
  }
  out(`# ${kernel.name}: ${kernel.source}; S^${d}, uniform probability measure`);
  out(`${'k'.padStart(6)}  ${'μ_k'.padEnd(24)}  ${'log10 μ_k'.padEnd(22)}  N(d,k)`);
  for (const r of rows) out(`${String(r.degree).padStart(6)}  ${r.value.toExponential(16).padEnd(24)}  ${(r.log10 === null ? '-inf' : r.log10.toFixed(15)).padEnd(22)}  ${r.multiplicity}`);
}
