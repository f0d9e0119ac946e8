import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ACTIVATION_NAMES, type Activation } from '../../src/activations/activation.js';
import { activationByName } from '../../src/activations/activationByName.js';
import { activationParity } from '../../src/layerwise/activationParity.js';
import { HERMITE_RELATIVE_ERROR } from '../../src/layerwise/hermiteAccuracy.js';
import { twoLayerPowerSeries } from '../../src/layerwise/twoLayerPowerSeries.js';

const EXPECTED = { relu: 'even-plus-linear', softplus: 'even-plus-linear', gelu: 'even-plus-linear', tanh: 'odd', erf: 'odd', sigmoid: 'odd-plus-constant' } as const;

describe('activationParity: the symmetries that make Hermite coefficients vanish identically', () => {
  it('classifies the six activations (relu, softplus, gelu: σ − x/2 even; tanh, erf: odd; sigmoid: σ − 1/2 odd)', () => {
    for (const name of ACTIVATION_NAMES) expect(activationParity(activationByName(name)), name).toBe(EXPECTED[name]);
  });

  it('a σ with neither symmetry is classified none', () => {
    const shifted = { ...activationByName('tanh'), sigma: (x: number) => Math.tanh(x + 0.3) } as Activation;
    expect(activationParity(shifted)).toBe('none');
  });

  // Independent evidence: the coefficients the power series zeroes by symmetry are, as computed by the
  // activation record, within the coefficient error bound HERMITE_RELATIVE_ERROR·‖f‖ of zero.
  test.prop([fc.constantFrom(...ACTIVATION_NAMES)])('coefficients declared zero by symmetry are zero within their error bound', (name) => {
    const act = activationByName(name);
    const series = twoLayerPowerSeries(act);
    const h = act.hermite('orthonormal');
    const hp = act.hermitePrime('orthonormal');
    const bound = (energy: number) => HERMITE_RELATIVE_ERROR * Math.sqrt(energy);
    h.forEach((v, n) => {
      if (series.second.vanishes(n)) expect(Math.abs(v), `${name} h_${n}`).toBeLessThanOrEqual(bound(act.psi0(1)));
    });
    hp.forEach((v, n) => {
      if (series.first.vanishes(n + 1)) expect(Math.abs(v), `${name} h'_${n}`).toBeLessThanOrEqual(bound(act.psi1(1)));
    });
  });
});
