import { activationByName } from '../../activations/activationByName.js';
import { replicateExponent, type ExponentInterval } from '../../kernelRegime/exponentInterval.js';
import { networkInput } from '../../kernelRegime/sphereNtk.js';
import { fastLayerwiseKernels } from '../../layerwise/fastLayerwiseKernels.js';
import { sphereLayerwiseGrams } from '../../layerwise/sphereLayerwiseGrams.js';
import { empiricalLayerGrams } from '../../networks/empiricalLayerGrams.js';
import type { Rng } from '../../random/rng.js';
import { sampleSphere } from '../../sphere/sampleSphere.js';
import type { Scale } from '../claim.js';
import { network, SEC6_DEPTH } from './sec6Network.js';

/**
 * Analytic against empirical per-layer Grams as the width grows, on WIDTH_POINTS points of S⁹ (setting
 * (b)): the normwise relative deviation (Σ_ℓ‖G_emp⁽ℓ⁾ − G_∞⁽ℓ⁾‖²_F)^{1/2}/(Σ_ℓ‖G_∞⁽ℓ⁾‖²_F)^{1/2} of one
 * network per (width, initialisation), and its power-law exponent in m with a t-interval over the
 * initialisations (`replicateExponent`); the fluctuation of a finite-width NTK is O(m^{−1/2}).
 */
export interface WidthConvergence {
  readonly activation: 'relu' | 'tanh';
  readonly widths: readonly number[];
  /** deviation[r][w]: initialisation r at widths[w]. */
  readonly deviation: readonly (readonly number[])[];
  readonly exponent: ExponentInterval;
}

export const WIDTH_POINTS = 40;
export const WIDTH_SWEEP: Record<Scale, { widths: number[]; initialisations: number }> = {
  quick: { widths: [64, 128, 256, 512, 1024], initialisations: 3 },
  paper: { widths: [64, 128, 256, 512, 1024, 2048], initialisations: 5 },
};

export function measureWidthConvergence(activation: 'relu' | 'tanh', scale: Scale, rng: Rng): WidthConvergence {
  const { widths, initialisations } = WIDTH_SWEEP[scale];
  const dim = 10;
  const points = sampleSphere(rng.fork(), WIDTH_POINTS, dim - 1);
  const analytic = sphereLayerwiseGrams(fastLayerwiseKernels(activationByName(activation), SEC6_DEPTH), points, dim);
  const norm = Math.sqrt(analytic.perLayer.reduce((s, g) => s + g.reduce((t, v) => t + v * v, 0), 0));
  const deviation = Array.from({ length: initialisations }, () =>
    widths.map((m) => {
      const net = network(activation, dim, m, rng.int(2 ** 31));
      try {
        const empirical = empiricalLayerGrams(net, networkInput(points, dim), dim);
        let sq = 0;
        empirical.perLayer.forEach((g, l) => g.forEach((v, i) => (sq += (v - analytic.perLayer[l]![i]!) ** 2)));
        return Math.sqrt(sq) / norm;
      } finally {
        net.dispose();
      }
    }),
  );
  return { activation, widths, deviation, exponent: replicateExponent(widths, deviation) };
}
