import { fc, test } from '@fast-check/vitest';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect } from 'vitest';
import { ACTIVATION_NAMES, type ActivationName } from '../../src/activations/activation.js';
import { activationByName } from '../../src/activations/activationByName.js';

/** Unit roundoff of float32: every tfjs CPU op computes in float64 and rounds its output to float32. */
const U32 = 2 ** -24;
/** tf.erf's kernel is Abramowitz–Stegun 7.1.26: absolute error ≤ 1.5e−7 before rounding. */
const TF_ERF_ERROR = 1.5e-7;

/**
 * Float32 error model of each tensor implementation, for float32 inputs x (so the input itself is exact):
 * - `ops`: roundings in the chain (each a relative 2^−24 of an intermediate of the result's size);
 * - `gaussian`: the chain forms exp(−c·x²) from a rounded x², so its relative error grows like x²·2^−24;
 * - `erf`: multiples of tf.erf's absolute error the result carries per unit of (1 + |x|) (gelu scales
 *   Φ = (1 + erf)/2 by x).
 */
const MODEL: Record<ActivationName, Record<'sigma' | 'sigmaPrime', { ops: number; gaussian: boolean; erf: number }>> = {
  relu: { sigma: { ops: 0, gaussian: false, erf: 0 }, sigmaPrime: { ops: 0, gaussian: false, erf: 0 } },
  tanh: { sigma: { ops: 1, gaussian: false, erf: 0 }, sigmaPrime: { ops: 5, gaussian: false, erf: 0 } },
  erf: { sigma: { ops: 1, gaussian: false, erf: 1 }, sigmaPrime: { ops: 3, gaussian: true, erf: 0 } },
  softplus: { sigma: { ops: 4, gaussian: false, erf: 0 }, sigmaPrime: { ops: 2, gaussian: false, erf: 0 } },
  sigmoid: { sigma: { ops: 2, gaussian: false, erf: 0 }, sigmaPrime: { ops: 5, gaussian: false, erf: 0 } },
  gelu: { sigma: { ops: 5, gaussian: false, erf: 0.5 }, sigmaPrime: { ops: 8, gaussian: true, erf: 0.5 } },
};

function tolerance(model: { ops: number; gaussian: boolean; erf: number }, x: number, value: number): number {
  const relative = (2 * model.ops + (model.gaussian ? x * x : 0)) * U32;
  return relative * (Math.abs(value) + 1e-30) + model.erf * TF_ERF_ERROR * (1 + Math.abs(x));
}

const float32Points = fc.array(fc.float({ min: -8, max: 8, noNaN: true }), { minLength: 1, maxLength: 12 });

describe('tfjs (float32) and float64 implementations of each activation agree', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  test.prop([fc.constantFrom(...ACTIVATION_NAMES), float32Points], { numRuns: 60 })(
    'tensor(x) = σ(x) and tensorPrime(x) = σ′(x) to float32 accuracy, and no tensor leaks',
    (name, raw) => {
      const act = activationByName(name);
      const xs = [0, -8, 8, ...raw];
      const before = tf.memory().numTensors;
      const input = tf.tensor1d(xs, 'float32');
      const [value, prime] = [act.tensor(input), act.tensorPrime(input)];
      expect(value.shape).toEqual([xs.length]);
      expect(prime.dtype).toBe('float32');
      const got = { sigma: value.dataSync(), sigmaPrime: prime.dataSync() };
      tf.dispose([input, value, prime]);
      expect(tf.memory().numTensors).toBe(before);
      xs.forEach((x, i) => {
        for (const which of ['sigma', 'sigmaPrime'] as const) {
          const exact = act[which](x);
          const err = Math.abs(got[which][i]! - exact);
          expect(err, `${name}.${which}(${x}): float32 ${got[which][i]} vs float64 ${exact}`).toBeLessThanOrEqual(
            tolerance(MODEL[name][which], x, exact),
          );
        }
      });
    },
  );
});
