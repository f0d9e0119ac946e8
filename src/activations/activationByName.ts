import { ACTIVATION_NAMES, type Activation, type ActivationName } from './activation.js';
import { erf } from './erf.js';
import { gelu } from './gelu.js';
import { relu } from './relu.js';
import { sigmoid } from './sigmoid.js';
import { softplus } from './softplus.js';
import { tanh } from './tanh.js';

const BY_NAME: Readonly<Record<ActivationName, Activation>> = { relu, tanh, erf, softplus, sigmoid, gelu };

/** The activation record called `name`; a RangeError listing the allowed names otherwise. */
export function activationByName(name: string): Activation {
  if (!(ACTIVATION_NAMES as readonly string[]).includes(name)) {
    throw new RangeError(`name must be one of ${ACTIVATION_NAMES.join(', ')}; got '${name}'`);
  }
  return BY_NAME[name as ActivationName];
}
