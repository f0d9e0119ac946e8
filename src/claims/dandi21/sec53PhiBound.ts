import fc from 'fast-check';
import { ACTIVATION_NAMES, type ActivationName } from '../../activations/activation.js';
import { activationByName } from '../../activations/activationByName.js';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { sphereDimensionOfInput } from '../../layerwise/sphereDimensionOfInput.js';
import { twoLayerSpectrum } from '../../layerwise/twoLayerSpectrum.js';
import { gegenbauerAll } from '../../sphere/gegenbauer.js';
import { sphereMarginalConstant } from '../../sphere/sphereMarginal.js';
import type { CaseResult } from '../checkForAll.js';
import { forAllClaim } from '../forAllClaim.js';
import { THM1_TERMS } from './glossaryTerms.js';

interface Case extends Record<string, string | number> {
  activation: ActivationName;
  /** Input dimension (sphere S^{d−1}). */
  d: number;
  /** 1: φ₁ with κ⁽⁰⁾ = uψ₁ and A = ψ₁(1); 2: φ₂ with κ⁽¹⁾ = ψ₀ and B = ψ₀(1). */
  layer: number;
  /** Which two of the three lowest degrees with positive eigenvalues make up g (as Theorem 1's cases). */
  pair: number;
  /** Mixing angle θ = w·π/18. */
  w: number;
}

const GRID = 4000;

/** |S^{d−1}| = 2π^{d/2}/Γ(d/2) by |S^m| = |S^{m−1}|·∫_{−1}^{1}(1 − u²)^{(m−2)/2}du, |S^0| = 2. */
export function sphereArea(d: number): number {
  let area = 2;
  for (let m = 1; m <= d - 1; m++) area /= sphereMarginalConstant(m);
  return area;
}

/**
 * sup_x |φ_ℓ(x)| against A_ℓC² for g = G(⟨x, z⟩)/max|G|, G = cos θ·P_j + sin θ·P_k (Theorem 1's g), under
 * the uniform probability measure: φ_ℓ(x) = g(x)·∫g(x′)κ⁽ℓ⁾(x, x′)dx′ = g(t)·(cos θ·μ_jP_j(t) + sin θ·μ_kP_k(t))/max|G|
 * exactly (Funk–Hecke, t = ⟨x, z⟩), maximised on a grid of 4001 t and raised by Markov's inequality for a
 * polynomial of degree 2k (sup ≤ max_grid/(1 − (2k)²/GRID)); C bounds sup|g| the same way. Under the surface
 * measure dx every φ is |S^{d−1}| times larger.
 */
export function phiBound(c: Case): { supPhi: number; bound: number; area: number } {
  const a = activationByName(c.activation);
  const spectrum = twoLayerSpectrum(a, c.d, 8);
  const positive: number[] = [];
  for (let l = 0; l <= 8 && positive.length < 3; l++) {
    const f = spectrum.first;
    const s = spectrum.second;
    if (!f.vanishes[l] && !s.vanishes[l] && f.values[l]! > f.error[l]! && s.values[l]! > s.error[l]!) positive.push(l);
  }
  const [ia, ib] = ([[0, 1], [0, 2], [1, 2]] as const)[c.pair]!;
  const j = positive[ia]!;
  const k = positive[ib]!;
  const side = c.layer === 1 ? spectrum.first : spectrum.second;
  const theta = (c.w * Math.PI) / 18;
  const sphereDim = sphereDimensionOfInput(c.d);
  const p = new Float64Array(k + 1);
  let maxG = 0;
  let maxPhi = 0;
  for (let i = 0; i <= GRID; i++) {
    gegenbauerAll(sphereDim, k, -1 + (2 * i) / GRID, p);
    const G = Math.cos(theta) * p[j]! + Math.sin(theta) * p[k]!;
    const KG = Math.cos(theta) * side.values[j]! * p[j]! + Math.sin(theta) * side.values[k]! * p[k]!;
    maxG = Math.max(maxG, Math.abs(G));
    maxPhi = Math.max(maxPhi, Math.abs(G * KG));
  }
  const supPhi = maxPhi / (maxG * maxG) / (1 - (4 * k * k) / GRID);
  const C = 1 / (1 - (k * k) / GRID);
  const A = c.layer === 1 ? a.psi1(1) : a.psi0(1);
  return { supPhi, bound: A * C * C, area: sphereArea(c.d) };
}

export function phiCase(c: Case, measure: 'probability' | 'surface'): CaseResult {
  const { supPhi, bound, area } = phiBound(c);
  const measured = measure === 'probability' ? supPhi : area * supPhi;
  const other = measure === 'probability' ? area * supPhi : supPhi;
  const margin = Math.log10(bound / measured);
  // Rounding and the eigenvalues' error are < 1e−9 relative; a case is decided when the other measure's value
  // lies on the other side of the bound.
  return { measured, bound, ok: measured <= bound * (1 + 1e-9), decided: measured > bound * (1 + 1e-9) || (margin > 1e-9 && other > bound * (1 + 1e-9)), margin, extra: { '|S^{d−1}|': area } };
}

const arbitrary = fc.record({
  activation: fc.constantFrom(...ACTIVATION_NAMES),
  d: fc.integer({ min: 2, max: 50 }),
  layer: fc.integer({ min: 1, max: 2 }),
  pair: fc.integer({ min: 0, max: 2 }),
  w: fc.integer({ min: 1, max: 8 }),
});
const READING = [
  { text: 'A = sup|κ⁽⁰⁾| = ψ₁(1), B = sup|κ⁽¹⁾| = ψ₀(1) (non-negative Taylor coefficients), C ≥ sup|g| (grid maximum with Markov\'s inequality), g as in Theorem 1\'s cases (two zonal harmonics of the three lowest degrees with positive eigenvalues, normalised sup|g| = 1); "φ ≤ AC²" read as |φ| ≤ AC² (Hoeffding\'s step at L112 needs the range). The g(x′_i) of L104 is read as g(x_i) (L100).', restsOn: 'L100–108' },
];
const GLOSSARY = { ...THM1_TERMS, layer: '1: φ₁ with κ⁽⁰⁾ = uψ₁ and A = ψ₁(1); 2: φ₂ with κ⁽¹⁾ = ψ₀ and B = ψ₀(1)', '|S^{d−1}|': 'surface area of the sphere S^{d−1}' };
const DOMAIN = 'six activations, input dimension d ∈ [2, 50], layer ∈ {1, 2}, g as in Theorem 1 (pair ∈ {0, 1, 2}, θ = wπ/18, w ∈ [1, 8])';

/** L104/L108 with dx the uniform probability measure (L88). */
export const sec53PhiBound = forAllClaim<Case>({
  id: 'dandi21.sec5.3.phi-bound',
  paper: 'dandi21',
  printed: printed('dandi21', 'sec5.3.phi-bounds'),
  readingName: 'uniform probability measure',
  reading: [{ text: 'dx is the uniform probability measure on S^{d−1} (p_in = U(S^{d−1}), L88), as for Theorem 1.', restsOn: 'L88, L104' }, ...READING],
  glossary: GLOSSARY,
  domain: DOMAIN,
  rule: 'per case: sup|φ_ℓ| ≤ A_ℓC² (margin log10 of the ratio); refuted when a case exceeds it; decided when the surface-measure value would exceed it',
  tolerance: '1e−9 relative (eigenvalues and rounding; the grid maximum is raised by Markov\'s inequality)',
  law: () => ({ arbitrary, evaluate: (c) => phiCase(c, 'probability'), numRuns: { quick: 60, paper: 300 }, measuredLabel: 'sup|φ_ℓ| (probability measure)', boundLabel: 'A_ℓC²', power: { reference: 'the same φ under the surface measure (|S^{d−1}| times larger)', marginLabel: 'log10(A_ℓC²/sup|φ_ℓ|)' } }),
});

/** L104/L108 with dx the surface measure of S^{d−1}. */
export const sec53PhiBoundSurface = forAllClaim<Case>({
  id: 'dandi21.sec5.3.phi-bound.surface-measure',
  paper: 'dandi21',
  printed: printed('dandi21', 'sec5.3.phi-bounds'),
  readingName: 'surface measure',
  reading: [{ text: 'dx is the surface (Lebesgue) measure of S^{d−1}, total mass |S^{d−1}| = 2π^{d/2}/Γ(d/2) — the literal "∫ … dx" on the sphere.', restsOn: 'L100, L104' }, ...READING],
  refutation: {
    kind: 'convention',
    evidence: 'under the surface measure φ_ℓ is |S^{d−1}| times its value under the uniform probability measure, where |φ_ℓ| ≤ A_ℓC² holds on every case (dandi21.sec5.3.phi-bound) — the paper fixes p_in = U(S^{d−1}) at L88, so dx is that probability measure and the bound holds; with the surface measure it fails by up to the factor |S^{d−1}| (2π on the circle, largest 33.07 at input dimension d = 7; below 1 from d = 19 on, where the surface reading holds too)',
  },
  glossary: GLOSSARY,
  domain: DOMAIN,
  rule: 'per case: |S^{d−1}|·sup|φ_ℓ| ≤ A_ℓC²; refuted when a case exceeds it',
  tolerance: '1e−9 relative (eigenvalues and rounding)',
  law: () => ({
    arbitrary,
    evaluate: (c) => phiCase(c, 'surface'),
    numRuns: { quick: 60, paper: 300 },
    measuredLabel: 'sup|φ_ℓ| (surface measure)',
    boundLabel: 'A_ℓC²',
    power: { reference: 'the same φ under the probability measure', marginLabel: 'log10(A_ℓC²/sup|φ_ℓ|)' },
    finding: (cx) => `under the surface measure sup|φ_${cx.params.layer}| = ${Number((cx.measured as number).toPrecision(4))} > ${cx.params.layer === 1 ? 'A' : 'B'}C² = ${Number((cx.bound as number).toPrecision(4))} at ${cx.params.activation}, d = ${cx.params.d} (shrunk; |S^{d−1}| = ${Number((cx.params['|S^{d−1}|'] as number).toPrecision(4))}); under the uniform probability measure of L88 it holds`,
  }),
});
