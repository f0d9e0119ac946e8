import { requireInteger } from '../numerics/validate.js';
import { recurrenceAlpha, recurrenceBeta } from '../sphere/gegenbauer.js';

/**
 * M(m, l) = E_{t}[t^m·P_l(t)], t = ⟨x, e⟩ with x uniform on S^{d'} (P_l normalised P_l(1) = 1): the
 * Funk–Hecke eigenvalue of the monomial kernel u^m on degree-l harmonics. Dandi & Jacot's β_l^m of
 * eq. (18), u^m = Σ_l β_l^m P_l(u), is N(d', l)·M(m, l) (expand u^m and take E[·P_l] with
 * E[P_l P_k] = δ_lk/N(d', l)).
 *
 * Method: multiply t^m by t and use t·P_l = α_l P_{l+1} + β_l P_{l−1} (src/sphere/gegenbauer):
 *
 *   M(0, l) = δ_{l0},   M(m + 1, l) = α_l·M(m, l + 1) + β_l·M(m, l − 1).
 *
 * Every coefficient is ≥ 0, so every M(m, l) is a sum of non-negative terms: no cancellation, relative
 * error ≤ 4(m + 1)ε whatever the size (≈ 1e−60 entries keep full relative accuracy). M(m, l) = 0 unless
 * l ≤ m and m − l is even (parity), and M(m, l) ≤ E|t|^m ≤ 1.
 *
 * Returns rows m = 0..maxPower, each a Float64Array over l = 0..maxPower.
 */
export function monomialComponents(sphereDim: number, maxPower: number): Float64Array[] {
  requireInteger('sphereDim', sphereDim, 1);
  requireInteger('maxPower', maxPower, 0, 2000);
  const rows: Float64Array[] = [];
  let prev = new Float64Array(maxPower + 2);
  prev[0] = 1;
  rows.push(prev.slice(0, maxPower + 1));
  for (let m = 0; m < maxPower; m++) {
    const next = new Float64Array(maxPower + 2);
    for (let l = 0; l <= m + 1 && l <= maxPower; l++) {
      const up = recurrenceAlpha(sphereDim, l) * prev[l + 1]!;
      const down = l > 0 ? recurrenceBeta(sphereDim, l) * prev[l - 1]! : 0;
      next[l] = up + down;
    }
    rows.push(next.slice(0, maxPower + 1));
    prev = next;
  }
  return rows;
}
