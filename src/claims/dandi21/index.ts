import type { Claim } from '../claim.js';
import { eq1LayerSum } from './eq1LayerSum.js';
import { eq89LayerKernels } from './eq89LayerKernels.js';
import { eq11HermiteMoments, eq11Monic } from './eq11HermiteMoments.js';
import { lemma1HermiteCorrelation } from './lemma1HermiteCorrelation.js';
import { lemma1Orthonormal } from './lemma1Orthonormal.js';
import { eq13PsiSeries } from './eq13PsiSeries.js';
import { app10HermiteDerivative } from './app10HermiteDerivative.js';
import { thm2PowerSeriesRatio } from './thm2PowerSeriesRatio.js';
import { eq18Beta } from './eq18Beta.js';
import { eq19LegendreComponents } from './eq19LegendreComponents.js';
import { lemma3LegendreRatio } from './lemma3LegendreRatio.js';
import { lemma3Nonnegative } from './lemma3Nonnegative.js';
import { cor1LayerRatio } from './cor1LayerRatio.js';
import { cor2DecrementRatio } from './cor2DecrementRatio.js';
import { hoeffdingTail, hoeffdingUnitScale } from './hoeffdingTail.js';
import { thm1RatioConcentration } from './thm1RatioConcentration.js';
import { thm1UnitScale } from './thm1UnitScale.js';
import { sec6LayerwiseContributions } from './sec6LayerwiseContributions.js';
import { eq22EigenDecrements } from './eq22EigenDecrements.js';
import { eq22L2Norm } from './eq22L2Norm.js';
import { sec57LayerwiseTraining } from './sec57LayerwiseTraining.js';
import { sec6Population } from './sec6Population.js';
import { app16TanhPopulation } from './app16TanhPopulation.js';
import { app16TanhDefaultInit } from './app16TanhDefaultInit.js';
import { app8EpsilonStep, app8EpsilonStepReversed } from './app8EpsilonStep.js';
import { eq14Monic, eq14Orthonormal } from './eq14HermiteRecurrences.js';
import { app11Orthogonal, app11Orthonormal } from './app11GegenbauerBasis.js';
import { sec611CircleLegendre } from './sec611CircleLegendre.js';
import { sec62ZonalCombination } from './sec62ZonalCombination.js';
import { sec56HermiteQuotient, sec56HermiteQuotientShifted } from './sec56HermiteQuotient.js';
import { sec53PhiBound, sec53PhiBoundSurface } from './sec53PhiBound.js';
import { sec57Population } from './sec57Population.js';

/** The claims of dandi21, in report order. Adding a claim: one file plus one line here. */
export const dandi21Claims: readonly Claim[] = [
  eq1LayerSum,
  eq89LayerKernels,
  eq11HermiteMoments,
  eq11Monic,
  lemma1HermiteCorrelation,
  lemma1Orthonormal,
  eq13PsiSeries,
  eq14Monic,
  eq14Orthonormal,
  app10HermiteDerivative,
  thm2PowerSeriesRatio,
  eq18Beta,
  eq19LegendreComponents,
  lemma3LegendreRatio,
  lemma3Nonnegative,
  app11Orthogonal,
  app11Orthonormal,
  cor1LayerRatio,
  sec56HermiteQuotient,
  sec56HermiteQuotientShifted,
  cor2DecrementRatio,
  hoeffdingTail,
  hoeffdingUnitScale,
  sec53PhiBound,
  sec53PhiBoundSurface,
  thm1RatioConcentration,
  thm1UnitScale,
  app8EpsilonStep,
  app8EpsilonStepReversed,
  sec6LayerwiseContributions,
  sec611CircleLegendre,
  sec62ZonalCombination,
  sec6Population,
  app16TanhPopulation,
  app16TanhDefaultInit,
  eq22EigenDecrements,
  eq22L2Norm,
  sec57LayerwiseTraining,
  sec57Population,
];
