import * as tf from '@tensorflow/tfjs';
import { antisymmetricNetwork } from '../networks/antisymmetricNetwork.js';
import { trainingSet } from '../networks/trainingSet.js';
import { requireFinite, requireInteger } from '../numerics/validate.js';
import { createRng } from '../random/rng.js';
import { sampleSphere } from '../sphere/sampleSphere.js';
import { flowDecay, gradientDescentDecay } from './decay.js';
import { kernelDeviation, type KernelDeviation } from './kernelDeviation.js';
import type { MonteCarloEstimate } from './monteCarloEstimate.js';
import { concatenateFeatures, type EigenLevel } from './operatorSpectrum.js';
import { projectedSquaredNorm } from './projectedSquaredNorm.js';
import { recordTraining } from './recordTraining.js';
import { sphereNtk, networkInput } from './sphereNtk.js';
import { sphereOperator } from './sphereOperator.js';
import { squaredL2Norm } from './squaredL2Norm.js';
import { randomZonalTarget } from './zonalTarget.js';

/**
 * One run of the experiment behind Bowman & Montúfar's Theorem 3.5 / Corollary 3.7 and Observations
 * 3.8–3.9, on ρ = τ_d (uniform on S^d) with K = K^∞ (`sphereNtk`: analytic, exact for this network):
 *
 * 1. draw n training points and M held-out points from ρ, and a target f* with equal L² weight on the
 *    top `targetLevels` eigenvalue levels of T_{K^∞} (`randomZonalTarget`; ‖f*‖_{L²} = 1);
 * 2. train the antisymmetrically initialised network (`antisymmetricNetwork`, §2.3; f(·; θ₀) ≡ 0, so
 *    r_0 = −f*) with `hiddenLayers` hidden layers of width m by full-batch GD on Φ = (1/2n)‖r̂‖² with
 *    η = stepScale/σ_1 (σ_1 the top eigenvalue of T_{K^∞}), recording f on the held-out points at the
 *    checkpoints (`recordTraining`; flow time t = η·S);
 * 3. compare r_t = f(·; θ_t) − f* with the idealised dynamics e(T_{K^∞})r_0 in closed form
 *    (`zonalTarget`), where e is the gradient-descent factor (1 − ηλ)^S of the same step: the network and
 *    the kernel dynamics are discretised alike, so Δ_t = r_t − e(T)r_0 isolates finite width and finite
 *    n. The flow factor's gap ‖(e_GD − e_flow)(T)r_0‖² = Σ_j c_j²(e_GD(μ_j) − e^{−μ_j t})² is exact and
 *    reported (`flowGap`).
 *
 * Measured (Monte Carlo over the M held-out points, never the training set; standard errors attached):
 * D(t) = ‖Δ_t‖², D_k(t) = ‖P_kΔ_t‖² for the projections onto the top k = 1..projectionLevels levels,
 * ‖P_ℓ r_t‖² per level ℓ with the exact idealised ‖P_ℓ e(T)r_0‖², and optionally the kernel deviation
 * at initialisation (‖K₀ − K^∞‖², sup over pairs) on `kernelPoints` further fresh points.
 */
export interface DeviationRunSpec {
  readonly activation: 'softplus' | 'tanh';
  readonly hiddenLayers: number;
  readonly d: number;
  readonly width: number;
  readonly n: number;
  readonly seed: number;
  readonly checkpoints: readonly number[];
  readonly stepScale: number;
  readonly heldOut: number;
  readonly targetLevels: number;
  readonly projectionLevels: number;
  readonly kernelPoints?: number;
}

export interface DeviationRun {
  readonly eta: number;
  /** Flow times t = η·S of the checkpoints. */
  readonly times: readonly number[];
  /** The top `projectionLevels` levels of T_{K^∞} (degree and eigenvalue). */
  readonly levels: readonly EigenLevel[];
  readonly degrees: readonly number[];
  /** Every positive level of T_{K^∞} up to degree MAX_DEGREE, descending (for the gaps between rates). */
  readonly allLevels: readonly EigenLevel[];
  /** ‖f*‖_∞ ≤ targetSup. */
  readonly targetSup: number;
  readonly deviation: readonly MonteCarloEstimate[];
  /** projected[k − 1][i] = ‖P_kΔ_{t_i}‖², P_k onto the top k levels. */
  readonly projected: readonly (readonly MonteCarloEstimate[])[];
  /** levelResidual[ℓ][i] = ‖P_ℓ r_{t_i}‖² (level ℓ alone). */
  readonly levelResidual: readonly (readonly MonteCarloEstimate[])[];
  /** idealLevelResidual[ℓ][i] = ‖P_ℓ e(T)r_0‖², exact. */
  readonly idealLevelResidual: readonly (readonly number[])[];
  readonly residual: readonly MonteCarloEstimate[];
  readonly flowGap: readonly number[];
  readonly kernel?: KernelDeviation;
}

/** The largest degree whose eigenvalue is computed when ranking levels. */
const MAX_DEGREE = 12;

export function deviationRun(spec: DeviationRunSpec): DeviationRun {
  const { d, width, n, hiddenLayers, checkpoints, heldOut } = spec;
  requireInteger('d', d, 1, 10);
  requireInteger('width', width, 1);
  requireInteger('n', n, 1);
  requireInteger('heldOut', heldOut, 3);
  // ησ ≤ 1 for every eigenvalue keeps each factor 1 − ησ in [0, 1) (the Duhamel bounds of deviationBracket).
  requireFinite('stepScale', spec.stepScale, 0, 1);
  const dim = d + 1;
  const rng = createRng(spec.seed);
  const ntk = sphereNtk(spec.activation, hiddenLayers);
  const op = sphereOperator(ntk.value, d, MAX_DEGREE, rng.fork(), ntk.interpolationError);
  requireInteger('projectionLevels', spec.projectionLevels, 1, op.levels.length);
  requireInteger('targetLevels', spec.targetLevels, 1, spec.projectionLevels);
  const target = randomZonalTarget(rng.fork(), d, op.degrees.slice(0, spec.targetLevels));
  const trainPoints = sampleSphere(rng.fork(), n, d);
  const testPoints = sampleSphere(rng.fork(), heldOut, d);
  const kernelPoints = spec.kernelPoints ? sampleSphere(rng.fork(), spec.kernelPoints, d) : undefined;
  const netSeed = rng.int(2 ** 31);
  const eta = spec.stepScale / op.levels[0]!.value;

  const net = antisymmetricNetwork({ inputDim: dim, widths: Array(hiddenLayers).fill(width), activation: spec.activation, seed: netSeed });
  const data = trainingSet(networkInput(trainPoints, dim), dim, target.values(trainPoints));
  const test = tf.tensor2d(Float32Array.from(networkInput(testPoints, dim)), [heldOut, dim]);
  let outputs: Float64Array[];
  let kernel: KernelDeviation | undefined;
  try {
    kernel = kernelPoints ? kernelDeviation(net, kernelPoints, dim, ntk.value) : undefined;
    outputs = recordTraining(net, data, eta, checkpoints, test);
  } finally {
    net.dispose();
    data.dispose();
    test.dispose();
  }

  const fStar = target.values(testPoints);
  const levelCount = spec.projectionLevels;
  const blocks = Array.from({ length: levelCount }, (_, l) => op.features(l, testPoints));
  const sizes = op.levels.slice(0, levelCount).map((l) => l.size);
  const cumulative = Array.from({ length: levelCount }, (_, k) => concatenateFeatures(blocks.slice(0, k + 1), sizes.slice(0, k + 1), heldOut));
  const muOf = (k: number) => op.mu[k]!;
  const times = checkpoints.map((s) => eta * s);
  const deviation: MonteCarloEstimate[] = [];
  const residual: MonteCarloEstimate[] = [];
  const projected = cumulative.map(() => [] as MonteCarloEstimate[]);
  const levelResidual = blocks.map(() => [] as MonteCarloEstimate[]);
  const idealLevelResidual = blocks.map(() => [] as number[]);
  const flowGap: number[] = [];
  checkpoints.forEach((s, i) => {
    const e = gradientDescentDecay(eta, s);
    const flow = flowDecay(eta * s);
    const ideal = target.evolvedResidual(testPoints, (k) => e.value(muOf(k)));
    const r = outputs[i]!.map((f, l) => f - fStar[l]!);
    const delta = r.map((v, l) => v - ideal[l]!);
    deviation.push(squaredL2Norm(delta));
    residual.push(squaredL2Norm(r));
    cumulative.forEach((c, k) => projected[k]!.push(projectedSquaredNorm(delta, c.features, c.size)));
    blocks.forEach((b, l) => {
      levelResidual[l]!.push(projectedSquaredNorm(r, b, sizes[l]!));
      const j = target.degrees.indexOf(op.degrees[l]!);
      idealLevelResidual[l]!.push(j < 0 ? 0 : (e.value(muOf(op.degrees[l]!)) * target.coefficients[j]!) ** 2);
    });
    flowGap.push(target.degrees.reduce((acc, k, j) => acc + (target.coefficients[j]! * (e.value(muOf(k)) - flow.value(muOf(k)))) ** 2, 0));
  });
  return {
    eta,
    times,
    levels: op.levels.slice(0, levelCount),
    degrees: op.degrees.slice(0, levelCount),
    allLevels: op.levels,
    targetSup: target.supBound,
    deviation,
    projected,
    levelResidual,
    idealLevelResidual,
    residual,
    flowGap,
    ...(kernel ? { kernel } : {}),
  };
}
