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

// Claims and report.
export type { Claim, ClaimOutcome, CheckContext, Verdict, Chart } from './claims/claim.js';
export { claims, claimById } from './claims/registry.js';
export { forAllClaim } from './claims/forAllClaim.js';
export { runClaim, type ClaimResult } from './claims/runClaim.js';
export { runVerify } from './runner/runVerify.js';
export { renderReport } from './report/renderReport.js';
