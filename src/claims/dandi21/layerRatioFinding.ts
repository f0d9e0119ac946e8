import type { ActivationName } from '../../activations/activation.js';
import type { Counterexample, WorstCase } from '../claim.js';
import { thm2Case } from './thm2PowerSeriesRatio.js';

const show = (v: number) => Number(v.toPrecision(4));

/**
 * The one-line finding of Corollaries 1–2, which the paper derives from Theorem 2 (r(i) = i²) and Lemma 3:
 * the shrunk and worst ratios against i², and the first step of the derivation whose numbers fail —
 * Theorem 2's coefficient ratio at the counterexample's σ and i (measured i, not i²).
 */
export function layerRatioFinding(quantity: string, cx: Counterexample, worst: WorstCase): string {
  const at = (c: { params: Readonly<Record<string, unknown>> }) => `${String(c.params.activation)}, d = ${String(c.params.d)}, i = ${String(c.params.i)}`;
  const i = cx.params.i as number;
  const step = thm2Case({ activation: cx.params.activation as ActivationName, i });
  const thm2 = typeof step.measured === 'number' ? `r(${i}) = ${show(step.measured)}` : String(step.measured);
  return (
    `${quantity} = ${show(cx.measured as number)} < i² = ${cx.bound} at ${at(cx)} (shrunk); worst drawn case ${show(worst.measured as number)} against ${worst.bound} at ${at(worst)} (${show(worst.margin * 100)} % from the bound); ` +
    `first failing step of the paper's derivation: Theorem 2 — the Taylor-coefficient ratio at ${cx.params.activation}, i = ${i} is ${thm2}, i.e. i, not i² (dandi21.thm2.power-series-ratio); Lemma 3 then gives ≥ i, which holds`
  );
}
