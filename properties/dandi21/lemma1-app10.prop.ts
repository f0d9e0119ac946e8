import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { ACTIVATION_NAMES, HERMITE_MAX_DEGREE } from '../../src/activations/activation.js';
import { activationByName } from '../../src/activations/activationByName.js';
import { app10HermiteDerivative, app10Sides } from '../../src/claims/dandi21/app10HermiteDerivative.js';
import { lemma1Law, lemma1Sides } from '../../src/claims/dandi21/lemma1HermiteCorrelation.js';
import { itMeasuresExpectedVerdict } from '../support/expectVerdict.js';

const activation = fc.constantFrom(...ACTIVATION_NAMES);

describe('Dandi & Jacot Lemma 1 and appendix 10 (Hermite conventions)', () => {
  itMeasuresExpectedVerdict('dandi21.lemma1.hermite-correlation', (r) => {
    // The smallest counterexample: a nonlinear σ at a small correlation, where the missing 2!·a_2²ρ² already shows.
    expect(r.counterexample?.params.activation).toBe('relu');
    expect(Math.abs(r.counterexample?.params.k as number)).toBe(1);
    expect(r.tightest?.value).toBeLessThanOrEqual(1);
  });

  // The corrected reading: orthonormal coefficients h_i = √(i!)·a_i (the only one under which eq. (11) holds).
  test.prop([activation, fc.constantFrom('σ' as const, "σ'" as const), fc.double({ min: -1, max: 1, noNaN: true })], { numRuns: 60 })(
    'with orthonormal coefficients, E[ξ(x)ξ(y)] = Σ h_i² ρ^i within the error bound of both sides',
    (name, xi, rho) => {
      const s = lemma1Sides(activationByName(name), xi, rho, 'orthonormal');
      expect(Math.abs(s.left - s.right)).toBeLessThanOrEqual(s.tolerance);
    },
  );

  itMeasuresExpectedVerdict('dandi21.lemma1.hermite-correlation.orthonormal');

  // Power: away from ρ = 0 the two conventions differ for every nonlinear ξ, so the orthonormal reading's
  // check decides (could have failed), and the monic reading's check fails on the same case.
  test.prop([activation, fc.constantFrom('σ' as const, "σ'" as const), fc.integer({ min: 4, max: 19 })], { numRuns: 30 })(
    'the orthonormal reading decides where the monic one is violated',
    (name, xi, k) => {
      const [orthonormal, monic] = [lemma1Law('orthonormal').evaluate({ activation: name, xi, k }), lemma1Law('paper').evaluate({ activation: name, xi, k })];
      expect(orthonormal.ok).toBe(true);
      expect(monic.ok).toBe(orthonormal.decided ? false : monic.ok);
    },
  );

  itMeasuresExpectedVerdict('dandi21.app10.hermite-derivative');

  test.prop([activation, fc.integer({ min: 0, max: HERMITE_MAX_DEGREE - 1 })], { numRuns: 60 })(
    `${app10HermiteDerivative.id}: a'_n = (n + 1)·a_{n+1} within the error bound, σ and σ' coefficients computed separately`,
    (name, n) => {
      const s = app10Sides(activationByName(name), n);
      expect(Math.abs(s.left - s.right)).toBeLessThanOrEqual(s.tolerance);
    },
  );
});
