import type { Claim } from '../claim.js';
import { abstractLowerDegreeEasier, abstractLowerDegreeEasierNonzero } from './abstractLowerDegreeEasier.js';
import { introMaxRate, remark35MaxRate } from './maxRate.js';
import { eq21NtkClosedForm } from './eq21NtkClosedForm.js';
import { sec2PositiveSemidefinite } from './sec2PositiveSemidefinite.js';
import { lemma31NearOrthonormal } from './lemma31NearOrthonormal.js';
import { thm32ProjectedConvergence } from './thm32ProjectedConvergence.js';
import { sec31FewerSamples } from './sec31FewerSamples.js';
import { sec31FewerSamplesOrders } from './sec31FewerSamplesOrders.js';
import { thm32HighFrequency } from './thm32HighFrequency.js';
import { thm33MercerSeries } from './thm33MercerSeries.js';
import { thm33HarmonicDimension } from './thm33HarmonicDimension.js';
import { thm33OddZero } from './thm33OddZero.js';
import { thm33LowPositive, thm33LowPositiveUniform } from './thm33LowPositive.js';
import { thm33Ordering } from './thm33Ordering.js';
import { thm33RateKLarge } from './thm33RateKLarge.js';
import { thm33RateDLarge } from './thm33RateDLarge.js';
import { thm33ExplicitBound, thm33ExplicitBoundFixedD } from './thm33ExplicitBound.js';
import { remark34Index, remark34IndexByDegree } from './remark34Index.js';
import { cor36Rate, cor36RateOddK, cor37Rate } from './corollaryRate.js';
import { footnote2LambdaBelowOne } from './footnote2LambdaBelowOne.js';
import { footnote2AnyDistribution } from './footnote2AnyDistribution.js';
import { sec4AdditionFormula } from './sec4AdditionFormula.js';
import { fig1OrderOfLearning } from './fig1OrderOfLearning.js';
import { fig2Misspecified } from './fig2Misspecified.js';

/**
 * The claims of cao21, in report order (Theorem 3.3's claims first, as before; then the paper's order
 * for the rest). Adding a claim: one file plus one line here.
 */
export const cao21Claims: readonly Claim[] = [
  thm33OddZero,
  thm33LowPositive,
  thm33LowPositiveUniform,
  thm33Ordering,
  thm33RateKLarge,
  thm33RateDLarge,
  thm33ExplicitBound,
  thm33ExplicitBoundFixedD,
  thm33MercerSeries,
  thm33HarmonicDimension,
  remark34Index,
  remark34IndexByDegree,
  remark35MaxRate,
  lemma31NearOrthonormal,
  sec4AdditionFormula,
  eq21NtkClosedForm,
  sec2PositiveSemidefinite,
  thm32ProjectedConvergence,
  thm32HighFrequency,
  sec31FewerSamples,
  sec31FewerSamplesOrders,
  footnote2LambdaBelowOne,
  footnote2AnyDistribution,
  cor36Rate,
  cor36RateOddK,
  cor37Rate,
  abstractLowerDegreeEasier,
  abstractLowerDegreeEasierNonzero,
  introMaxRate,
  fig1OrderOfLearning,
  fig2Misspecified,
];
