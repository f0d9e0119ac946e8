import type { Claim } from '../claim.js';
import { asiZeroOutput } from './asiZeroOutput.js';
import { assump36KernelConcentration } from './assump36KernelConcentration.js';
import { assump36Pointwise } from './assump36Pointwise.js';
import { thm35Deviation, thm35DeviationFlow } from './thm35Deviation.js';
import { obs38TopEigenfunctions } from './obs38TopEigenfunctions.js';
import { obs39LinearWidth } from './obs39LinearWidth.js';
import { fimEffectiveRank } from './fimEffectiveRank.js';
import { fig1SpectrumPowerLaw } from './fig1SpectrumPowerLaw.js';
import { assump31Activations } from './assump31Activations.js';
import { stoppingTime } from './stoppingTime.js';
import { cor310TopLevelLearned } from './cor310TopLevelLearned.js';
import { rkhsDecay } from './rkhsDecay.js';
import { parameterNormGrowth } from './parameterNormGrowth.js';

/** The claims of bowman22, in report order. Adding a claim: one file plus one line here. */
export const bowman22Claims: readonly Claim[] = [
  asiZeroOutput,
  assump31Activations,
  assump36KernelConcentration,
  assump36Pointwise,
  thm35Deviation,
  thm35DeviationFlow,
  obs38TopEigenfunctions,
  obs39LinearWidth,
  stoppingTime,
  cor310TopLevelLearned,
  rkhsDecay,
  parameterNormGrowth,
  fimEffectiveRank,
  fig1SpectrumPowerLaw,
];
