import fc from 'fast-check';
import { monomialComponents } from '../../layerwise/monomialComponents.js';
import type { CaseResult } from '../checkForAll.js';

/** Highest power of the drawn polynomials g, h. */
export const LEMMA3_MAX_POWER = 10;

export interface Lemma3Case extends Record<string, number | string> {
  /** Input dimension d (sphere S^{d−1}). */
  d: number;
  l: number;
  /** h_0..h_P and the non-decreasing ratios g_m/h_m, as comma-separated lists (shown in the report). */
  h: string;
  ratios: string;
}

/**
 * Drawn pairs of polynomials g, h of degree ≤ LEMMA3_MAX_POWER with g_i/h_i non-decreasing in i: h_i with
 * |h_i| ∈ [1/8, 1] (positive, or of either sign when `signed`), ratios r_0 ≤ r_1 ≤ … as partial sums of
 * increments in [0, 2] from r_0 ∈ [−2, 2]; g_i = r_i·h_i. Degree l ∈ [0, P].
 */
export function lemma3Arbitrary(signed: boolean): fc.Arbitrary<Lemma3Case> {
  return fc.integer({ min: 1, max: LEMMA3_MAX_POWER }).chain((P) =>
    fc.record({
      d: fc.integer({ min: 2, max: 20 }),
      l: fc.integer({ min: 0, max: P }),
      h: fc.array(fc.tuple(fc.integer({ min: 1, max: 8 }), fc.boolean()), { minLength: P + 1, maxLength: P + 1 }).map((xs) => xs.map(([k, neg]) => (signed && neg ? -k : k) / 8).join(',')),
      ratios: fc
        .tuple(fc.integer({ min: -8, max: 8 }), fc.array(fc.integer({ min: 0, max: 8 }), { minLength: P, maxLength: P }))
        .map(([r0, steps]) => {
          const r = [r0 / 4];
          for (const s of steps) r.push(r[r.length - 1]! + s / 4);
          return r.join(',');
        }),
    }),
  );
}

/**
 * Lemma 3 at one case: the degree-l Legendre components g_{P_l}, h_{P_l} on S^{d−1} by eq. (19),
 * f_{P_l} ∝ Σ_{m ≥ l} f_m·M(m, l) with M(m, l) = E[t^m P_l(t)] (`monomialComponents`, relative error
 * ≤ 4(m + 1)ε; the common factor N(d, l) cancels in the ratio), against the claimed lower bound g_l/h_l.
 * Error of each component ≤ 4(P + 3)ε·Σ|f_m|M(m, l) (no cancellation is assumed: h may have either sign).
 * Decided when that error moves the ratio by less than 1e−6 of |g_l/h_l| + 1 and h_{P_l} is resolved.
 * Margin: (ratio − bound)/(|bound| + 1).
 */
export function lemma3Evaluate({ d, l, h, ratios }: Lemma3Case): CaseResult {
  const hs = h.split(',').map(Number);
  const rs = ratios.split(',').map(Number);
  const gs = hs.map((v, i) => v * rs[i]!);
  const P = hs.length - 1;
  const M = monomialComponents(d - 1, P);
  const component = (f: number[]) => {
    let value = 0;
    let size = 0;
    for (let m = l; m <= P; m++) {
      value += f[m]! * M[m]![l]!;
      size += Math.abs(f[m]! * M[m]![l]!);
    }
    return { value, error: 4 * (P + 3) * Number.EPSILON * size };
  };
  const [gc, hc] = [component(gs), component(hs)];
  const bound = rs[l]!;
  const ratio = gc.value / hc.value;
  const resolved = Math.abs(hc.value) > 2 * hc.error;
  const error = resolved ? (gc.error + Math.abs(ratio) * hc.error) / (Math.abs(hc.value) - hc.error) : Infinity;
  const scale = Math.abs(bound) + 1;
  return {
    measured: ratio,
    bound,
    ok: !resolved || ratio >= bound - error,
    ...(resolved ? {} : { inconclusive: true }),
    decided: resolved && error < 1e-6 * scale,
    // Past the bound by more than the error bound (the decision's tolerance) is negative; unresolved: the plain gap.
    margin: (ratio - bound + (resolved ? error : 0)) / scale,
    extra: { 'g_Pl, component of g on P_l': gc.value, 'h_Pl, component of h on P_l': hc.value, 'error bound': error },
  };
}

/** The measured and bound columns of Lemma 3's check, and its power, the same under both readings. */
export const LEMMA3_LABELS = {
  measuredLabel: 'g_Pl/h_Pl',
  boundLabel: 'claimed lower bound g_l/h_l',
  power: {
    reference: 'a ratio below g_l/h_l: decided when the error bound of the ratio is below 1e−6·(|g_l/h_l| + 1)',
    marginLabel: '(g_{P_l}/h_{P_l} − g_l/h_l + error bound)/(|g_l/h_l| + 1); negative when violated',
  },
};
