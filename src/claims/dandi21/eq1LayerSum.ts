import fc from 'fast-check';
import * as tf from '@tensorflow/tfjs';
import { ACTIVATION_NAMES } from '../../activations/activation.js';
import { float32Gamma, magnitudeGrams, perExampleJacobians } from '../../networks/autodiffNtk.js';
import { fullyConnectedNetwork } from '../../networks/fullyConnectedNetwork.js';
import { createRng } from '../../random/rng.js';
import { sampleSphere } from '../../sphere/sampleSphere.js';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { backendLabel, withBackend } from '../withBackend.js';
import { forAllClaim } from '../forAllClaim.js';
import { ACTIVATION_TERMS } from './glossaryTerms.js';

/**
 * Dandi & Jacot eq. (1): Θ(x, x') = Σ_ℓ Θ⁽ℓ⁾(x, x'), the NTK is the sum of the layer-wise kernels
 * Θ⁽ℓ⁾ = ⟨∂f(x)/∂W_ℓ, ∂f(x')/∂W_ℓ⟩. Measured on finite networks: the full NTK from per-example autodiff
 * Jacobians over *all* parameters against the sum of the per-layer Grams computed in batch by
 * (A_{ℓ−1}A_{ℓ−1}ᵀ/m) ⊙ (Δ_ℓΔ_ℓᵀ) — two independent routes, so the identity is not true by construction.
 */
export const eq1LayerSum = withBackend(
  forAllClaim({
    id: 'dandi21.eq1.layer-sum',
    paper: 'dandi21',
    printed: printed('dandi21', 'eq1'),
    reading: [
      { text: 'κ⁽ℓ⁾(x, x′) = ⟨∇_{θ_ℓ}f(x), ∇_{θ_ℓ}f(x′)⟩ with θ_ℓ the weight matrix of layer ℓ = 0..L−1 (the printed sum "θ_1, …, θ_{L−1}" at L68 omits θ_0; eq. (1) sums from ℓ = 0).', restsOn: 'L44, L68–74' },
      { text: 'Checked on finite networks at initialisation (the identity is exact at every width, not only in the limit): the full NTK from per-example autodiff Jacobians over all parameters against the sum of the per-layer Grams computed in batch — two independent routes.', restsOn: 'L70' },
      { text: 'Networks: fully connected, 4 weight matrices (as in §6), NTK parametrisation, no biases; the identity does not depend on these choices.', restsOn: 'L308' },
    ],
    glossary: {
      'max |Θ − Σ_ℓ Θ⁽ℓ⁾| ÷ tolerance': 'largest |Θ − Σ_ℓ Θ⁽ℓ⁾| over all input pairs, each divided by its tolerance 4γ·magnitude (no unit)',
      ...ACTIVATION_TERMS,
      'Θ': 'the network\'s NTK Gram entry Θ(x_i, x_j), from per-example autodiff Jacobians over all parameters',
      'Θ⁽ℓ⁾': 'layer ℓ\'s kernel ⟨∂f(x_i)/∂W_ℓ, ∂f(x_j)/∂W_ℓ⟩, computed in batch (second, independent route)',
      'γ': 'float32 rounding factor γ_k = k·u/(1 − k·u), u = 2⁻²⁴',
      magnitude: 'the Grams built from absolute values (no cancellation): the scale of the rounding error',
      n: 'number of inputs (the Grams are n × n)',
      d: 'sphere dimension: inputs uniform on S^d ⊂ R^(d+1)',
      width: 'width of each of the 3 hidden layers',
      seed: 'seed of the inputs and the initialisation',
      'smallest layer kernel ÷ tolerance': 'min over layers of max over pairs |Θ⁽ℓ⁾|/tolerance: above 1, leaving out any layer would fail the check (the case has power)',
      backend: 'TensorFlow.js backend that computed the Grams',
    },
    domain:
      'fully connected networks in the NTK parametrisation, 4 weight matrices (3 hidden layers of width 1–12, as §6), activations relu, tanh, erf, softplus, sigmoid, gelu; n ∈ [1, 5] inputs on S^d, d ∈ [1, 4]',
    rule: 'holds when for every drawn network and every pair (i, j), |Θ_autodiff − Σ_ℓ Θ⁽ℓ⁾_batch| ≤ 4γ·Σ_ℓ |Θ⁽ℓ⁾|_magnitude',
    tolerance:
      'float32 rounding: γ_k = k·u/(1 − k·u), u = 2⁻²⁴, k = (L + 2)(max fan-in + 16) + n (a dot product per layer along the chain, activations to a few ulp), times the no-cancellation magnitude Gram (|A||A|ᵀ/m)⊙(|Δ||Δ|ᵀ)',
    budgetMs: { quick: 60_000 },
    law: () => ({
      arbitrary: fc.record({
        n: fc.integer({ min: 1, max: 5 }),
        d: fc.integer({ min: 1, max: 4 }),
        width: fc.integer({ min: 1, max: 12 }),
        activation: fc.constantFrom(...ACTIVATION_NAMES),
        seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      }),
      evaluate: ({ n, d, width, activation, seed }) => {
        const widths = [width, width, width];
        const x = tf.tensor2d(Float32Array.from(sampleSphere(createRng(seed), n, d)), [n, d + 1]);
        const net = fullyConnectedNetwork({ inputDim: d + 1, widths, activation, seed: seed + 1 });
        const gram = net.ntkGram(x);
        const perLayer = gram.perLayer.map((k) => k.arraySync());
        gram.dispose();
        const jac = perExampleJacobians(net, x);
        const bound = magnitudeGrams(net, x);
        const gamma = float32Gamma((widths.length + 2) * (Math.max(d + 1, width) + 16) + n);
        net.dispose();
        x.dispose();
        let worst = 0;
        // Power: dropping layer ℓ from the sum would move entry (i, j) by |Θ⁽ℓ⁾_ij|; the case decides when that
        // move exceeds the tolerance for every layer, i.e. min_ℓ max_ij |Θ⁽ℓ⁾_ij|/(4γ·magnitude_ij) > 1.
        const dropped = perLayer.map(() => 0);
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            let full = 0;
            let sum = 0;
            let magnitude = 0;
            for (let l = 0; l < perLayer.length; l++) {
              const a = jac[i]![l]!;
              const b = jac[j]![l]!;
              for (let p = 0; p < a.length; p++) full += a[p]! * b[p]!;
              sum += perLayer[l]![i]![j]!;
              magnitude += bound[l]![i]![j]!;
            }
            const tolerance = 4 * gamma * magnitude || Number.MIN_VALUE;
            worst = Math.max(worst, Math.abs(full - sum) / tolerance);
            perLayer.forEach((g, l) => (dropped[l] = Math.max(dropped[l]!, Math.abs(g[i]![j]!) / tolerance)));
          }
        }
        const power = Math.min(...dropped);
        return {
          measured: worst,
          bound: 1,
          ok: worst <= 1,
          decided: power > 1,
          margin: -Math.log10(Math.max(worst, Number.MIN_VALUE)),
          extra: { 'smallest layer kernel ÷ tolerance': power, backend: backendLabel() },
        };
      },
      numRuns: { quick: 25, paper: 200 },
      measuredLabel: 'max |Θ − Σ_ℓ Θ⁽ℓ⁾| ÷ tolerance',
      boundLabel: 'allowed: at most 1',
      power: {
        reference: 'the sum with one layer missing (the entry moves by |Θ⁽ℓ⁾_ij|): decided when every layer\'s Gram exceeds the tolerance somewhere',
        marginLabel: 'decades inside the tolerance: −log10(max |Θ − ΣΘ⁽ℓ⁾|/tolerance); negative when violated',
      },
    }),
  }),
);
