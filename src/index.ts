/** spectral-conformance: the public names, grouped by area. Everything else is internal. */

// Sphere: S^d ⊂ R^{d+1}, uniform probability measure τ_d, Gegenbauer P_k with P_k(1) = 1.
export { createRng, type Rng } from './random/rng.js';
export { sampleSphere } from './sphere/sampleSphere.js';
export { harmonicDimension } from './sphere/harmonicDimension.js';
export { gegenbauer, gegenbauerAll } from './sphere/gegenbauer.js';
export { sphereMarginalConstant } from './sphere/sphereMarginal.js';
export { funkHecke, type FunkHeckeResult } from './sphere/funkHecke.js';
export { orthonormalHarmonics, type HarmonicBasis } from './sphere/orthonormalHarmonics.js';
export { zonalSum } from './sphere/zonalSum.js';

// Kernels and activations.
export type { DotProductKernel } from './kernels/dotProductKernel.js';
export { arcCosine0, arcCosine1, reluNtk } from './kernels/arcCosine.js';
export { dotProductKernels, kernelByName } from './kernels/kernelByName.js';
export { ACTIVATION_NAMES, type Activation, type ActivationName, type HermiteConvention } from './activations/activation.js';
export { activationByName } from './activations/activationByName.js';

// Spectra and linear algebra (float64).
export { arcCosineHarmonics } from './spectra/arcCosineHarmonics.js';
export { effectiveRank, fisherTrace } from './spectra/effectiveRank.js';
export { eigh, eighTop, eigvalsh, type EighResult } from './linalg/eigh.js';
export { twoLayerKernels } from './layerwise/twoLayerKernels.js';
export { twoLayerSpectrum } from './layerwise/twoLayerSpectrum.js';
export { layerwiseNtkGrams, type LayerwiseGrams } from './layerwise/layerwiseNtkGrams.js';
export { fastLayerwiseKernels } from './layerwise/fastLayerwiseKernels.js';
export { sphereLayerwiseGrams } from './layerwise/sphereLayerwiseGrams.js';
export { layerwiseSpectrum } from './layerwise/layerwiseSpectrum.js';
export { layerwiseContributions } from './layerwise/layerwiseContributions.js';
export { nystromOperator } from './kernelRegime/nystromOperator.js';
export { sphereOperator } from './kernelRegime/sphereOperator.js';
export { studentTQuantile, studentTCdf } from './numerics/studentT.js';
export { linearFit } from './numerics/linearFit.js';
export { sphereNtk, networkInput } from './kernelRegime/sphereNtk.js';
export { dotProductKernel } from './kernelRegime/kernelMatrix.js';

// Networks (TensorFlow.js, float32).
export { initBackend, currentBackend, BACKEND_CHOICES } from './networks/backend.js';
export { twoLayerNetwork } from './networks/twoLayerNetwork.js';
export { fullyConnectedNetwork } from './networks/fullyConnectedNetwork.js';
export { antisymmetricNetwork } from './networks/antisymmetricNetwork.js';
export type { NtkGram } from './networks/ntkGram.js';
export { empiricalLayerGrams } from './networks/empiricalLayerGrams.js';
export { gradientDescent, DivergenceError } from './networks/gradientDescent.js';
export { effectiveStep, stepSizeFor } from './networks/effectiveStep.js';
export { sampleInputs, INPUT_DISTRIBUTIONS } from './networks/sec4Inputs.js';
export { harmonicTarget, cosineTarget, powerTarget, evaluateTarget } from './networks/sec4Targets.js';
export { projectionVectors } from './networks/residualProjections.js';
export { lenet5 } from './networks/lenet5.js';
export { lenet5NtkGram } from './networks/lenet5NtkGram.js';
export { mnistBatch } from './data/mnist.js';

// Claims: the record, the builders and the decisions a claim pack uses (see README, "Check your own paper").
export type {
  Claim,
  ClaimOutcome,
  CheckContext,
  Verdict,
  Scale,
  Scalar,
  Printed,
  Reading,
  RefutationClass,
  Power,
  WorstCase,
  MeasurementRow,
  MeasurementTable,
  Counterexample,
  TightestForm,
  Chart,
  ChartSeries,
} from './claims/claim.js';
export { default as fc } from 'fast-check';
export { forAllClaim, type ForAllClaim } from './claims/forAllClaim.js';
export { checkForAll, type CaseResult, type ForAllSpec } from './claims/checkForAll.js';
export { powerSummary, worstCase } from './claims/powerSummary.js';
export { judgePairedEffects, pairedVerdict, FAMILY_WISE_ALPHA, type PairedEffect, type JudgedEffect } from './claims/dandi21/pairedEffects.js';
export { withBackend } from './claims/withBackend.js';
export { runClaim, replayCommand, type ClaimResult } from './claims/runClaim.js';
export { readExpectations, type Expectation } from './claims/expectations.js';
export { DEFAULT_SEED } from './claims/defaults.js';
export { claims, claimById, catalogues } from './claims/registry.js';

// Catalogues: every statement of a paper, checked by claims or with the reason it cannot be.
export { readCatalogue, printedIn, type Catalogue, type CatalogueStatement } from './catalogue/catalogue.js';

// Running and reporting.
export { runVerify } from './runner/runVerify.js';
export type { RunResults, ClaimRecord } from './runner/runResults.js';
export { renderReport } from './report/renderReport.js';
export { renderJunit } from './report/renderJunit.js';
export { renderMarkdownSummary } from './report/renderMarkdownSummary.js';
