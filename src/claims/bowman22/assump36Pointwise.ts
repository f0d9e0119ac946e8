import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { pooledExponent } from '../../kernelRegime/exponentInterval.js';
import { memoLast } from '../../kernelRegime/memoLast.js';
import { decideRate, geometricMean } from '../../kernelRegime/rateDecision.js';
import type { Scale } from '../claim.js';
import { backendLabel, withBackend } from '../withBackend.js';
import { forAllClaim } from '../forAllClaim.js';
import { PESSIMISTIC_EXPONENT } from './assump36KernelConcentration.js';
import { pointwiseConcentrationSweep } from './pointwiseConcentrationSweep.js';

/**
 * Bowman & Montúfar §3.1 read pointwise: "For fixed x, x′ … |K₀(x, x′) − K^∞(x, x′)| = Õ(1/√m) with high
 * probability" — one pair fixed before the initialisations are drawn (`pointwiseConcentrationSweep`), the
 * exponent of the deviation in m by one regression through all independent initialisations.
 * Power as for the uniform reading: the pessimistic m^{−1/4} must lie outside the Õ allowance.
 * Sizes: log|K₀ − K^∞| at one pair scatters with SD ≈ 1.1 (the log of a half-normal), so the sweep spans
 * nearly two decades of widths (16…1024 quick, 32…4096 paper) with 24 / 32 initialisations each; 16
 * initialisations over 64…2048 gave intervals ±0.2 wide, which cannot separate −1/2 from the threshold.
 */
const SWEEP: Record<Scale, { widths: number[]; replicates: number }> = {
  quick: { widths: [16, 32, 64, 128, 256, 512, 1024], replicates: 24 },
  paper: { widths: [32, 64, 128, 256, 512, 1024, 2048, 4096], replicates: 32 },
};

export interface PointwiseCase extends Record<string, string | number> {
  activation: 'softplus' | 'tanh';
  hiddenLayers: number;
  d: number;
  seed: number;
}

export const pointwiseCase = (c: PointwiseCase, scale: Scale) => memoised({ c, scale });

const memoised = memoLast(({ c, scale }: { c: PointwiseCase; scale: Scale }) => {
  const { widths, replicates } = SWEEP[scale];
  const sweep = pointwiseConcentrationSweep({ ...c, widths, replicates });
  const exponent = pooledExponent(
    sweep.deviations.flatMap(() => widths),
    sweep.deviations.flatMap((row) => row.map((v) => Math.max(v, Number.MIN_VALUE))),
  );
  return { sweep, exponent, rule: decideRate(exponent, -0.5, geometricMean(widths)), widths };
});

export const assump36Pointwise = withBackend(
  forAllClaim({
    id: 'bowman22.assump3.6.kernel-concentration.pointwise',
    paper: 'bowman22',
    printed: printed('bowman22', 'assump3.6'),
    readingName: 'pointwise',
    reading: [
      { text: 'Pointwise reading: "For fixed x, x′" — the pair is drawn once (uniformly on S^d × S^d) and kept fixed while the width and the initialisation vary; |K₀(x, x′) − K^∞(x, x′)| = Õ(m^{−1/2}) as a rate in m.', restsOn: 'L158' },
      { text: '"with high probability" becomes a 95 % regression interval over independent initialisations: the rate of the typical deviation at that pair.', restsOn: 'L158' },
      { text: 'Õ allows one logarithmic factor: holds at an exponent ≤ −1/2 + 1/ln m_g (src/kernelRegime/rateDecision.ts).', restsOn: 'L53, L158' },
      { text: 'The architectures are the fully connected networks of §2.3 (softplus or tanh, NTK parametrisation, no biases, the plain network for its antisymmetric wrapper) on ρ uniform on S^d; the L² rate of Assumption 3.6 is checked by the uniform reading.', restsOn: 'L122–130, L158–160' },
    ],
    domain: 'fully connected networks, softplus or tanh, 1–2 hidden layers of width m (16…1024 quick, 32…4096 paper), one fixed pair (x, x′) on S^d, d ∈ [2, 5]; 24 (quick) / 32 (paper) initialisations per width',
    rule: 'one least-squares exponent of |K₀(x, x′) − K^∞(x, x′)| against m through all runs with its 95 % t-interval; holds when the interval lies at or below β* = −1/2 + 1/ln m_g, refuted when it lies entirely above, inconclusive otherwise',
    tolerance: 'statistical (regression t-interval over independent initialisations); K^∞ is analytic (interpolation error ≤ 1e−14) and the float32 Gram entry carries ≈ √p·2^{−24}·|K| ≤ 1e−4, below the deviations measured at the widest net (≈ 1e−2)',
    budgetMs: { quick: 90_000, paper: 900_000 },
    law: (scale) => ({
      arbitrary: fc.record({
        activation: fc.constantFrom('softplus' as const, 'tanh' as const),
        hiddenLayers: fc.integer({ min: 1, max: 2 }),
        d: fc.integer({ min: 2, max: 5 }),
        seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      }),
      evaluate: (c: PointwiseCase) => {
        const r = pointwiseCase(c, scale);
        const refuted = r.rule.decision === 'refuted';
        return {
          measured: r.exponent.upper,
          bound: r.rule.threshold,
          ok: !refuted,
          inconclusive: r.rule.decision === 'inconclusive',
          decided: r.rule.threshold < PESSIMISTIC_EXPONENT,
          margin: r.rule.threshold - (refuted ? r.exponent.lower : r.exponent.upper),
          extra: {
            exponent: r.exponent.exponent,
            interval: `[${r.exponent.lower.toFixed(3)}, ${r.exponent.upper.toFixed(3)}]`,
            cosine: r.sweep.cosine,
            kInfinity: r.sweep.kInfinity,
            meanAtWidest: r.sweep.deviations.reduce((s, row) => s + row[row.length - 1]!, 0) / r.sweep.deviations.length,
            backend: backendLabel(),
          },
        };
      },
      numRuns: { quick: 2, paper: 4 },
      measuredLabel: 'upper end of the 95 % interval of the exponent of |K₀(x, x′) − K^∞(x, x′)| in m at a fixed pair',
      boundLabel: 'β* = −1/2 + 1/ln m_g',
      power: {
        reference: 'the pessimistic rate m^{−1/4} of Arora et al. printed in the same paragraph: decided when β* < −1/4',
        marginLabel: 'β* minus the upper interval end of the exponent (exponent units; when refuted, β* minus the lower end)',
      },
      finding: (cx, worst) => `at a fixed pair (⟨x, x′⟩ = ${Number(cx.params.cosine).toFixed(3)}) |K₀ − K^∞| decays like m^β with β ∈ ${cx.params.interval}, slower than β* = ${Number(cx.bound).toFixed(3)} (${cx.params.activation}, ${cx.params.hiddenLayers} hidden, S^${cx.params.d}); worst drawn case margin ${worst.margin.toFixed(3)}`,
    }),
  }),
);
