import fc from 'fast-check';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { activationByName } from '../../activations/activationByName.js';
import type { CaseResult } from '../checkForAll.js';
import { forAllClaim } from '../forAllClaim.js';
import type { Chart } from '../claim.js';
import { G } from './glossary.js';

/**
 * Bowman & Montúfar §3, after Assumption 3.4: "Most activation functions except for ReLU satisfy
 * Assumption 3.1 (ω twice continuously differentiable, ω and ω′ Lipschitz), such as Softplus, Sigmoid,
 * and Tanh" — checked on the activation records (σ and σ′ in float64) by finite differences at drawn
 * points x and steps h, against the analytic suprema of the next derivatives:
 *
 *   |σ(x + h) − σ(x)| ≤ L₁h,   |σ′(x + h) − σ′(x)| ≤ L₂h,   |σ′(x + h) − 2σ′(x) + σ′(x − h)| ≤ L₃h²,
 *
 * L₁ = sup|σ′| (Lipschitz ω), L₂ = sup|σ″| (Lipschitz ω′), L₃ = sup|σ‴| (σ″ Lipschitz, hence continuous:
 * C², a sufficient condition). Each side carries the float64 rounding of the differences, 4u·max|σ·|.
 * ReLU is the printed exception: across 0 its σ′ jumps by 1, so |σ′(h/2) − σ′(−h/2)|/h = 1/h exceeds any
 * finite L₂ once h < 1/L₂ — drawn as its own cases, which hold when the quotient exceeds every L₂ above.
 * Power: a smooth case decides where the bound is nearly attained (measured ≥ ½·bound on one of the three),
 * so a derivative exceeding the stated supremum by a factor 2 would have failed there.
 */
const U = 2 ** -53;

/** Analytic suprema: softplus′ = s, s′ = s(1 − s) ≤ ¼, s″ = s(1 − s)(1 − 2s) ≤ 1/(6√3), s‴ ≤ ⅛; tanh′ ≤ 1, tanh″ ≤ 4/(3√3), tanh‴ ≤ 2. */
export const DERIVATIVE_SUPREMA = {
  softplus: [1, 0.25, 1 / (6 * Math.sqrt(3))],
  sigmoid: [0.25, 1 / (6 * Math.sqrt(3)), 0.125],
  tanh: [1, 4 / (3 * Math.sqrt(3)), 2],
} as const;
const LARGEST_L2 = Math.max(...Object.values(DERIVATIVE_SUPREMA).map((l) => l[1]));

export interface ActivationCase extends Record<string, string | number> {
  activation: 'softplus' | 'sigmoid' | 'tanh' | 'relu';
  x: number;
  h: number;
}

/** The three finite-difference ratios measured/bound of a smooth activation (≤ 1 under Assumption 3.1). */
export function smoothRatios(name: 'softplus' | 'sigmoid' | 'tanh', x: number, h: number, suprema: readonly number[] = DERIVATIVE_SUPREMA[name]): number[] {
  const a = activationByName(name);
  const [l1, l2, l3] = suprema as [number, number, number];
  const s0 = a.sigma(x);
  const s1 = a.sigma(x + h);
  const p = [a.sigmaPrime(x - h), a.sigmaPrime(x), a.sigmaPrime(x + h)] as const;
  const pMax = Math.max(...p.map(Math.abs));
  return [
    Math.abs(s1 - s0) / (l1 * h + 4 * U * Math.max(Math.abs(s0), Math.abs(s1))),
    Math.abs(p[2] - p[1]) / (l2 * h + 4 * U * pMax),
    Math.abs(p[2] - 2 * p[1] + p[0]) / (l3 * h * h + 8 * U * pMax),
  ];
}

export const assump31Activations = forAllClaim({
  id: 'bowman22.assump3.1.activations',
  paper: 'bowman22',
  printed: printed('bowman22', 'sec3.activations'),
  reading: [
    { text: 'Assumption 3.1 for softplus, sigmoid and tanh: ω and ω′ Lipschitz with the constants sup|ω′|, sup|ω″| (analytic: ¼, 1/(6√3) and 4/(3√3) for ω″), and ω ∈ C², checked through the sufficient condition that ω″ is Lipschitz (sup|ω‴| = 1/(6√3), ⅛, 2).', restsOn: 'L136, L144' },
    { text: '"except for ReLU": ReLU fails Assumption 3.1 — its derivative jumps at 0, so ω′ is not Lipschitz (nor ω twice differentiable).', restsOn: 'L144' },
    { text: 'The suprema are checked at drawn points x ∈ [−8, 8] and steps h ∈ [10^{−4}, 1] of the activation records used by every network (src/activations), in float64; "most activation functions" is not quantified (only the named ones are checked).', restsOn: 'L144' },
  ],
  domain: 'softplus, sigmoid, tanh at x ∈ [−8, 8], h ∈ [1e−4, 1] (log-uniform); relu at the pair ±h/2 around its kink, h ∈ [1e−4, 1]',
  rule: 'holds when every smooth case has all three finite-difference ratios ≤ 1 and every relu case has |σ′(h/2) − σ′(−h/2)|/h > max L₂ = 4/(3√3); a smooth case decides when one ratio is ≥ ½, a relu case when 1/h > 2·max L₂',
  tolerance: 'float64 rounding of each difference, 4u·max|σ| (first differences) and 8u·max|σ′| (second), u = 2^{−53}; the suprema are exact',
  glossary: {
    ...G.case,
    ...G.couldFail,
    'ω, σ': 'the activation function (the paper writes ω; σ in the code), with derivatives ω′, ω″, ω‴',
    'L₁, L₂, L₃': 'the analytic suprema sup|ω′|, sup|ω″|, sup|ω‴|: Lipschitz constants of ω, ω′ and ω″',
    x: 'the point where the finite differences are taken (in [−8, 8])',
    h: 'the finite-difference step (log-uniform in [1e−4, 1])',
    'ω Lipschitz: ratio': '|ω(x + h) − ω(x)| / (L₁h + rounding allowance): ≤ 1 when ω is L₁-Lipschitz there',
    'ω′ Lipschitz: ratio': '|ω′(x + h) − ω′(x)| / (L₂h + rounding allowance)',
    'ω″ Lipschitz: ratio': '|ω′(x + h) − 2ω′(x) + ω′(x − h)| / (L₃h² + rounding allowance) (C² via a Lipschitz ω″)',
    'worst ratio (relu: σ′ quotient)': 'the measured column: the largest of the three ratios (dimensionless); for relu the quotient |σ′(h/2) − σ′(−h/2)|/h = 1/h',
    'at most (relu: must exceed)': 'bound 1 on the ratios; for relu the largest L₂ of the smooth activations, 4/(3√3) ≈ 0.770, which the quotient must exceed',
    check: 'for relu rows: what is checked',
    ...G.activation,
  },
  present: (outcome) => {
    const rows = outcome.measurements.rows;
    const smooth = ['softplus', 'sigmoid', 'tanh'].filter((a) => rows.some((r) => r.params.activation === a));
    const relu = rows.filter((r) => r.params.activation === 'relu');
    const hs = rows.map((r) => Number(r.params.h));
    const span = [Math.min(...hs), Math.max(...hs)];
    const charts: Chart[] = [
      {
        id: 'finite-difference-ratios',
        title: 'Worst finite-difference ratio per case against the step h (one colour per activation; ≤ 1 under Assumption 3.1)',
        xLabel: 'step h',
        yLabel: 'worst ratio to the analytic supremum',
        xScale: 'log',
        yScale: 'log',
        series: [
          ...smooth.map((a) => ({ name: a, thing: a, style: 'points' as const, points: rows.filter((r) => r.params.activation === a).map((r) => [Number(r.params.h), Number(r.measured)] as const) })),
          { name: 'bound 1', style: 'bound' as const, points: span.map((h) => [h, 1] as const) },
        ],
      },
    ];
    if (relu.length > 0)
      charts.push({
        id: 'relu-derivative-jump',
        title: 'relu: the σ′ quotient across 0, |σ′(h/2) − σ′(−h/2)|/h, against h — it exceeds every smooth activation’s L₂ (dotted)',
        xLabel: 'step h',
        yLabel: 'σ′ quotient across 0',
        xScale: 'log',
        yScale: 'log',
        series: [
          { name: 'relu', thing: 'relu', style: 'points', points: relu.map((r) => [Number(r.params.h), Number(r.measured)] as const) },
          { name: 'largest L₂ = 4/(3√3), to be exceeded', style: 'bound', points: span.map((h) => [h, LARGEST_L2] as const) },
        ],
      });
    return { charts };
  },
  law: () => ({
    arbitrary: fc.record({
      activation: fc.constantFrom('softplus' as const, 'sigmoid' as const, 'tanh' as const, 'relu' as const),
      x: fc.double({ min: -8, max: 8, noNaN: true }),
      h: fc.double({ min: -4, max: 0, noNaN: true }).map((e) => 10 ** e),
    }),
    evaluate: ({ activation, x, h }: ActivationCase): CaseResult => {
      if (activation === 'relu') {
        const relu = activationByName('relu');
        const quotient = Math.abs(relu.sigmaPrime(h / 2) - relu.sigmaPrime(-h / 2)) / h;
        return { measured: quotient, bound: LARGEST_L2, ok: quotient > LARGEST_L2, decided: 1 / h > 2 * LARGEST_L2, margin: Math.log10(quotient / LARGEST_L2), extra: { check: 'relu: σ′ quotient across 0 exceeds every L₂' } };
      }
      const ratios = smoothRatios(activation, x, h);
      const worst = Math.max(...ratios);
      return {
        measured: worst,
        bound: 1,
        ok: worst <= 1,
        decided: worst >= 0.5,
        margin: -Math.log10(worst),
        extra: { 'ω Lipschitz: ratio': ratios[0]!, 'ω′ Lipschitz: ratio': ratios[1]!, 'ω″ Lipschitz: ratio': ratios[2]! },
      };
    },
    numRuns: { quick: 400, paper: 4000 },
    measuredLabel: 'worst ratio (relu: σ′ quotient)',
    boundLabel: 'at most (relu: must exceed)',
    power: {
      reference: 'a derivative twice the stated supremum (smooth activations) or a bounded σ′ quotient (relu)',
      marginLabel: 'decades: −log10(ratio) for smooth activations, log10(quotient / max L₂) for relu',
    },
    finding: (cx, worst) => `Assumption 3.1 fails for ${cx.params.activation}: finite-difference ratio ${Number(cx.measured).toPrecision(3)} against ${cx.bound} at x = ${Number(cx.params.x).toPrecision(3)}, h = ${Number(cx.params.h).toPrecision(2)}; worst drawn margin ${worst.margin.toFixed(2)} decades`,
  }),
});
