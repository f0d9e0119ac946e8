import type { TwoLayerSpectrum } from '../../layerwise/twoLayerSpectrum.js';
import type { CaseResult } from '../checkForAll.js';

/**
 * The decision rule shared by Corollaries 1 and 2: is λ⁽¹⁾ ≥ i^p·λ⁽²⁾ (the paper's p = 2), given each
 * eigenvalue with an absolute error bound and whether it vanishes identically?
 *
 * - both vanish identically (a symmetry of σ, see `activationParity`): 0 ≥ 0 holds exactly; the degree
 *   is skipped and said so (`status: 'both vanish'`);
 * - otherwise the margin λ⁽¹⁾ − i^p·λ⁽²⁾ is decided when |margin| > e₁ + i^p·e₂ (its worst-case error):
 *   negative → violated, positive → holds; in between → inconclusive (the eigenvalues are below the
 *   resolution of the method, so noise cannot decide).
 * `measured` is the ratio λ⁽¹⁾/λ⁽²⁾ (Infinity when λ⁽²⁾ vanishes and λ⁽¹⁾ does not), `bound` is i^p.
 * Power: the reference is the ratio i (Theorem 2 with one consistent Hermite convention); a case decides
 * only when (i^p − i)·λ⁽²⁾ exceeds the uncertainty, so i ≤ 1 and vanishing degrees decide nothing.
 * Margin: λ⁽¹⁾/(i^p·λ⁽²⁾) − 1, the relative excess over the claimed bound (negative when violated).
 */
export interface LayerEigenvalues {
  readonly first: number;
  readonly second: number;
  readonly firstError: number;
  readonly secondError: number;
  readonly firstVanishes: boolean;
  readonly secondVanishes: boolean;
}

export function decideLayerRatio(degree: number, power: number, e: LayerEigenvalues): CaseResult {
  const factor = degree ** power;
  const extra = {
    'λ⁽¹⁾_i, first layer': e.first,
    'λ⁽²⁾_i, second layer': e.second,
    'error bound on λ⁽¹⁾_i': e.firstError,
    'error bound on λ⁽²⁾_i': e.secondError,
  };
  if (e.firstVanishes && e.secondVanishes) {
    return { measured: 'both vanish', bound: factor, ok: true, decided: false, margin: 0, extra: { ...extra, status: 'both vanish (skipped)' } };
  }
  const l1 = e.firstVanishes ? 0 : e.first;
  const l2 = e.secondVanishes ? 0 : e.second;
  const margin = l1 - factor * l2;
  const uncertainty = (e.firstVanishes ? 0 : e.firstError) + factor * (e.secondVanishes ? 0 : e.secondError);
  const ratio = l2 === 0 ? (l1 === 0 ? Number.NaN : Infinity) : l1 / l2;
  const measured = Number.isNaN(ratio) ? 'both 0' : ratio;
  const decided = (factor - degree) * l2 > uncertainty;
  const relative = l2 === 0 ? (l1 === 0 ? 0 : Infinity) : ratio / factor - 1;
  const common = { measured, bound: factor, decided, margin: relative };
  if (margin < -uncertainty) return { ...common, ok: false, extra: { ...extra, status: 'violated' } };
  if (margin > uncertainty || (margin === 0 && uncertainty === 0)) return { ...common, ok: true, extra: { ...extra, status: 'holds' } };
  return { ...common, ok: true, inconclusive: true, extra: { ...extra, status: 'below resolution' } };
}

/** `decideLayerRatio` at degree i of a two-layer spectrum (computed up to a degree ≥ i). */
export function decideAt({ first, second }: TwoLayerSpectrum, i: number, power: number): CaseResult {
  return decideLayerRatio(i, power, {
    first: first.values[i]!,
    second: second.values[i]!,
    firstError: first.error[i]!,
    secondError: second.error[i]!,
    firstVanishes: first.vanishes[i]!,
    secondVanishes: second.vanishes[i]!,
  });
}
