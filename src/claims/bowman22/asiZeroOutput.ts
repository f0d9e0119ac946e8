import fc from 'fast-check';
import * as tf from '@tensorflow/tfjs';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { activationByName } from '../../activations/activationByName.js';
import { referenceNtk } from '../../kernelRegime/referenceNtk.js';
import { networkInput } from '../../kernelRegime/sphereNtk.js';
import { antisymmetricNetwork } from '../../networks/antisymmetricNetwork.js';
import { fullyConnectedNetwork } from '../../networks/fullyConnectedNetwork.js';
import { createRng } from '../../random/rng.js';
import { sampleSphere } from '../../sphere/sampleSphere.js';
import { backendLabel, withBackend } from '../withBackend.js';
import { forAllClaim } from '../forAllClaim.js';
import { G } from './glossary.js';

const U32 = 2 ** -24;
const POINTS = 12;

export interface AsiCase extends Record<string, string | number> {
  activation: 'softplus' | 'tanh' | 'sigmoid';
  hiddenLayers: number;
  width: number;
  d: number;
  seed: number;
}

/**
 * Bowman & Montúfar §2.3 / Assumption 3.4: f_ASI(x; θ̃) = f(x; θ)/√2 − f(x; θ′)/√2 with θ̃₀ = (θ₀, θ₀) is
 * identically zero at initialisation, and its NTK there equals the NTK of f at θ₀
 * (∇_θf_ASI = ∇f(θ₀)/√2, ∇_θ′f_ASI = −∇f(θ₀)/√2, so K_ASI = ½K + ½K = K).
 *
 * Three measurements on P fresh points of S^d (network input √D·x):
 * - max|f_ASI(x; θ̃₀)| — exactly 0 in float32: both copies run the same float32 operations on the same
 *   weights and inputs (deterministic kernels), and fl(s·a) + fl(−s·a) = 0 exactly;
 * - max|K_ASI − K_f| between the tfjs Grams of the wrapper and of the plain network with the same seed —
 *   exactly 0: each copy's Gram is scaled by fl32(s²) = fl32(0.5000000000000001) = ½ (exact) and ½K + ½K
 *   is exact; one rounding u·|K| is allowed should a backend fuse the multiply-add;
 * - max_ij |K_ASI − K_ref|/E_ij against the float64 recomputation of K(θ₀) from the weights
 *   (`referenceNtk`, an independent implementation), E the derived first-order float32 error bound.
 * Power: without the trick the output would be the plain network's f(x; θ₀) (`underlyingOutput`, nonzero
 * whenever the net is), and a wrapper that changed the NTK by a constant factor (e.g. without the 1/√2:
 * 2K) would miss K_ref by ≥ ½·max|K| — decided when both are visible above the tolerances.
 */
export function asiCase(c: AsiCase) {
  const act = activationByName(c.activation);
  const dim = c.d + 1;
  const rng = createRng(c.seed);
  const points = sampleSphere(rng, POINTS, c.d);
  const input = networkInput(points, dim);
  const options = { inputDim: dim, widths: Array(c.hiddenLayers).fill(c.width), activation: act, seed: rng.int(2 ** 31) };
  const asi = antisymmetricNetwork(options);
  const plain = fullyConnectedNetwork(options);
  const x = tf.tensor2d(Float32Array.from(input), [POINTS, dim]);
  try {
    const out = asi.predict(x);
    const fAsi = out.dataSync();
    out.dispose();
    const gAsi = asi.ntkGram(x);
    const gPlain = plain.ntkGram(x);
    const kAsi = gAsi.full.dataSync();
    const kPlain = gPlain.full.dataSync();
    gAsi.dispose();
    gPlain.dispose();
    const weights = asi.copies[0]!.weights.map((w) => Float64Array.from(w.dataSync()));
    const ref = referenceNtk(weights, [dim, ...options.widths, 1], act, Float64Array.from(Float32Array.from(input)));
    let maxOutput = 0;
    for (const v of fAsi) maxOutput = Math.max(maxOutput, Math.abs(v));
    let wrapperGap = 0;
    let scale = 0;
    let refRatio = 0;
    let refBoundMax = 0;
    for (let i = 0; i < kAsi.length; i++) {
      wrapperGap = Math.max(wrapperGap, Math.abs(kAsi[i]! - kPlain[i]!));
      scale = Math.max(scale, Math.abs(kPlain[i]!));
      refRatio = Math.max(refRatio, Math.abs(kAsi[i]! - ref.gram[i]!) / ref.gramBound[i]!);
      refBoundMax = Math.max(refBoundMax, ref.gramBound[i]!);
    }
    const underlyingOutput = Math.max(...Array.from(ref.output, Math.abs));
    return { maxOutput, wrapperGap, wrapperBound: U32 * scale, refRatio, refBoundMax, underlyingOutput, gramScale: scale };
  } finally {
    x.dispose();
    asi.dispose();
    plain.dispose();
  }
}

export const asiZeroOutput = withBackend(
  forAllClaim({
    id: 'bowman22.asi.zero-output',
    paper: 'bowman22',
    printed: printed('bowman22', 'sec2.3.asi'),
    reading: [
      { text: '"identically zero at initialization": f_ASI(x; θ̃₀) = f(x; θ₀)/√2 − f(x; θ₀)/√2 = 0 exactly (bit for bit in float32) at every input, checked on 12 fresh points of S^d per network (input √D·x).', restsOn: 'L126–130' },
      { text: '"without changing the NTK at initialization": the NTK of f_ASI over all parameters θ̃ = (θ, θ′) at θ̃₀ equals the NTK of f over θ at θ₀ (½K + ½K = K), against the tfjs Gram of the plain network and a float64 reference from the same weights.', restsOn: 'L128–130' },
      { text: 'f is the fully connected network of §2.3 (NTK parametrisation, no biases, ω ∈ {softplus, tanh, sigmoid} satisfying Assumption 3.1); convolutional and residual layers are not drawn.', restsOn: 'L113, L122–124' },
    ],
    domain: 'fully connected networks (NTK parametrisation, no biases), softplus/tanh/sigmoid, 1–3 hidden layers of width 1–128, inputs √D·x for 12 fresh x on S^d, d ∈ [1, 5]',
    rule:
      'holds when, for every drawn network, max|f_ASI| = 0 exactly, max|K_ASI − K_f| ≤ u·max|K_f| (u = 2^{−24}), and max_ij |K_ASI − K_ref|/E_ij ≤ 1 against the float64 reference Gram with its derived float32 error bound E',
    tolerance:
      'exact zero for the output (identical float32 operations); one float32 rounding for wrapper-vs-plain Grams; for the float64 reference the first-order running error bound of src/kernelRegime/referenceNtk.ts (γ_k dot-product bounds composed through the layers with sup|σ′|, sup|σ″|, 16 ulp per activation evaluation)',
    glossary: {
      ...G.case,
      ...G.couldFail,
      'f_ASI': 'the antisymmetric-initialisation network f(x; θ)/√2 − f(x; θ′)/√2, with θ′ = θ = θ₀ at initialisation',
      'θ₀, θ̃₀': 'the initial weights of f, and (θ₀, θ₀) of the two copies of f_ASI',
      'max |f_ASI| (must be 0)': 'largest |f_ASI(x; θ̃₀)| over the 12 points (float32; exactly 0 required)',
      'K_ASI, K_f': 'the NTK Gram matrices of f_ASI over all its weights and of the plain f over θ₀ (tfjs, float32)',
      'K_ref': 'the float64 NTK Gram recomputed from the same weights by an independent implementation, with its float32 error bound E_ij',
      'max |K_ASI − K_f|': 'largest entrywise gap between the wrapper’s and the plain network’s Gram (allowed: one float32 rounding, 2^(−24)·max |K_f|)',
      'NTK error / float32 bound': 'the measured column: max_ij |K_ASI − K_ref|_ij / E_ij (≤ 1: equal to the reference within float32 rounding; dimensionless)',
      'max |f(x; θ₀)|, no trick': 'what the model outputs without the trick: the power reference for the zero-output claim',
      'max |K_f|': 'largest Gram entry: the size a wrong NTK factor (e.g. 2K) would miss K_ref by',
      width: 'units per hidden layer (an integer)',
      ...G.activation,
      ...G.hiddenLayers,
      ...G.d,
      ...G.seed,
      ...G.backend,
    },
    budgetMs: { quick: 60_000, paper: 300_000 },
    law: () => ({
      arbitrary: fc.record({
        activation: fc.constantFrom('softplus' as const, 'tanh' as const, 'sigmoid' as const),
        hiddenLayers: fc.integer({ min: 1, max: 3 }),
        width: fc.integer({ min: 1, max: 128 }),
        d: fc.integer({ min: 1, max: 5 }),
        seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      }),
      evaluate: (c: AsiCase) => {
        const r = asiCase(c);
        const ok = r.maxOutput === 0 && r.wrapperGap <= r.wrapperBound && r.refRatio <= 1;
        // The alternatives (no trick: output f(θ₀); a rescaled NTK: error ≥ ½·max|K|) must exceed the tolerances.
        const decided = r.underlyingOutput > 0 && r.gramScale / 2 > r.refBoundMax;
        return {
          measured: r.refRatio,
          bound: 1,
          ok,
          decided,
          margin: ok ? Math.log10(1 / Math.max(r.refRatio, Number.MIN_VALUE)) : r.maxOutput !== 0 ? -Infinity : -Math.log10(Math.max(r.refRatio, r.wrapperGap / r.wrapperBound)),
          extra: { 'max |f_ASI| (must be 0)': r.maxOutput, 'max |K_ASI − K_f|': r.wrapperGap, 'max |f(x; θ₀)|, no trick': r.underlyingOutput, 'max |K_f|': r.gramScale, backend: backendLabel() },
        };
      },
      numRuns: { quick: 20, paper: 200 },
      measuredLabel: 'NTK error / float32 bound',
      boundLabel: 'at most',
      power: {
        reference: 'the plain network\'s output f(x; θ₀) (what the model outputs without the trick) and a Gram off by a constant factor (½·max|K| from K_ref, e.g. 2K without the 1/√2)',
        marginLabel: 'decades by which |K_ASI − K_ref| stays below its float32 bound: log10(1/ratio); −∞ when the output is not exactly 0',
      },
    }),
  }),
);
