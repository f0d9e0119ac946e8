import type { Claim } from './claim.js';
import { lemma31NearOrthonormal } from './cao21/lemma31NearOrthonormal.js';
import { sec4AdditionFormula } from './cao21/sec4AdditionFormula.js';
import { thm33ExplicitBound } from './cao21/thm33ExplicitBound.js';
import { thm33LowPositive } from './cao21/thm33LowPositive.js';
import { thm33OddZero } from './cao21/thm33OddZero.js';
import { thm33Ordering } from './cao21/thm33Ordering.js';
import { thm33RateDLarge } from './cao21/thm33RateDLarge.js';
import { thm33RateKLarge } from './cao21/thm33RateKLarge.js';
import { eq21NtkClosedForm } from './cao21/eq21NtkClosedForm.js';
import { thm32ProjectedConvergence } from './cao21/thm32ProjectedConvergence.js';
import { fig1OrderOfLearning } from './cao21/fig1OrderOfLearning.js';
import { fig2Misspecified } from './cao21/fig2Misspecified.js';
import { asiZeroOutput } from './bowman22/asiZeroOutput.js';
import { assump36KernelConcentration } from './bowman22/assump36KernelConcentration.js';
import { thm35Deviation } from './bowman22/thm35Deviation.js';
import { obs38TopEigenfunctions } from './bowman22/obs38TopEigenfunctions.js';
import { obs39LinearWidth } from './bowman22/obs39LinearWidth.js';
import { fimEffectiveRank } from './bowman22/fimEffectiveRank.js';
import { fig1SpectrumPowerLaw } from './bowman22/fig1SpectrumPowerLaw.js';
import { app10HermiteDerivative } from './dandi21/app10HermiteDerivative.js';
import { cor1LayerRatio } from './dandi21/cor1LayerRatio.js';
import { cor2DecrementRatio } from './dandi21/cor2DecrementRatio.js';
import { eq1LayerSum } from './dandi21/eq1LayerSum.js';
import { lemma1HermiteCorrelation } from './dandi21/lemma1HermiteCorrelation.js';
import { thm1RatioConcentration } from './dandi21/thm1RatioConcentration.js';
import { sec6LayerwiseContributions } from './dandi21/sec6LayerwiseContributions.js';
import { sec57LayerwiseTraining } from './dandi21/sec57LayerwiseTraining.js';

/** Every registered claim, in report order. Adding a claim: one file plus one line here. */
export const claims: readonly Claim[] = [
  thm33OddZero,
  thm33LowPositive,
  thm33Ordering,
  thm33RateKLarge,
  thm33RateDLarge,
  thm33ExplicitBound,
  lemma31NearOrthonormal,
  sec4AdditionFormula,
  eq21NtkClosedForm,
  thm32ProjectedConvergence,
  fig1OrderOfLearning,
  fig2Misspecified,
  asiZeroOutput,
  assump36KernelConcentration,
  thm35Deviation,
  obs38TopEigenfunctions,
  obs39LinearWidth,
  fimEffectiveRank,
  fig1SpectrumPowerLaw,
  eq1LayerSum,
  lemma1HermiteCorrelation,
  app10HermiteDerivative,
  cor1LayerRatio,
  cor2DecrementRatio,
  thm1RatioConcentration,
  sec6LayerwiseContributions,
  sec57LayerwiseTraining,
];

export function claimById(id: string): Claim {
  const claim = claims.find((c) => c.id === id);
  if (!claim) throw new RangeError(`claim must be a registered id (see \`spectral-conformance list\`), got ${JSON.stringify(id)}`);
  return claim;
}
