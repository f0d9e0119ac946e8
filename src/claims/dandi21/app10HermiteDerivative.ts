import fc from 'fast-check';
import { ACTIVATION_NAMES, HERMITE_MAX_DEGREE, type Activation, type ActivationName } from '../../activations/activation.js';
import { activationByName } from '../../activations/activationByName.js';
import { hermiteByQuadrature } from '../../activations/hermiteByQuadrature.js';
import { hermiteInConvention } from '../../activations/hermiteInConvention.js';
import { HERMITE_RELATIVE_ERROR } from '../../layerwise/hermiteAccuracy.js';
import { printed } from '../../catalogue/builtinCatalogues.js';
import { forAllClaim } from '../forAllClaim.js';
import { ACTIVATION_TERMS, HERMITE_TERMS } from './glossaryTerms.js';

interface Case extends Record<string, string | number> {
  activation: ActivationName;
  n: number;
}

/**
 * Paper-convention coefficients of σ used on the right-hand side, computed independently of σ''s:
 * for smooth σ by the trapezoidal rule on σ itself (`hermiteByQuadrature`) — the activation record
 * derives erf's σ coefficients from erf' by this very identity, so reusing them would make the check
 * vacuous —, for relu by its closed form (which is independent of the step function's closed form; the
 * kink rules out the quadrature).
 */
const sigmaPaper = new Map<ActivationName, number[]>();
function sigmaCoefficients(activation: Activation): number[] {
  const hit = sigmaPaper.get(activation.name);
  if (hit) return hit;
  const orthonormal = activation.smooth ? hermiteByQuadrature(activation.sigma) : activation.hermite('orthonormal').slice();
  const made = hermiteInConvention(orthonormal, 'paper');
  sigmaPaper.set(activation.name, made);
  return made;
}

/**
 * Both sides of a'_n = (n + 1)·a_{n+1} and the error bound when it holds: each orthonormal coefficient of
 * f is accurate to δ = 385ε‖f‖_{L²(γ)} (recursive-summation bound of the 385-node trapezoidal sum; the
 * closed forms are more accurate), the paper's a_n = h_n/√(n!) carries that over as δ/√(n!) plus
 * (n + 1)ε relative for the division; so |a'_n − (n+1)a_{n+1}| ≤ δ_{σ'}/√(n!) + (n + 1)·δ_σ/√((n+1)!)
 * + 2(n + 2)ε·(|a'_n| + (n + 1)|a_{n+1}|).
 */
export function app10Sides(activation: Activation, n: number) {
  const left = activation.hermitePrime('paper')[n]!;
  const a = sigmaCoefficients(activation);
  const right = (n + 1) * a[n + 1]!;
  let rootFactorial = 1;
  for (let k = 2; k <= n; k++) rootFactorial *= Math.sqrt(k);
  const deltaPrime = (HERMITE_RELATIVE_ERROR * Math.sqrt(activation.psi1(1))) / rootFactorial;
  const deltaSigma = (HERMITE_RELATIVE_ERROR * Math.sqrt(activation.psi0(1))) / (rootFactorial * Math.sqrt(n + 1));
  const tolerance = deltaPrime + (n + 1) * deltaSigma + 2 * (n + 2) * Number.EPSILON * (Math.abs(left) + Math.abs(right));
  return { left, right, tolerance };
}

/**
 * Appendix 10 / eq. (16): integrating by parts against the Gaussian density, the paper-convention Hermite
 * coefficients of σ' are a'_n = (n + 1)·a_{n+1} (valid when σ(t)e^{−t²/2} → 0). Both sides computed from
 * σ' and σ separately (`app10Sides`).
 */
export const app10HermiteDerivative = forAllClaim<Case>({
  id: 'dandi21.app10.hermite-derivative',
  paper: 'dandi21',
  printed: printed('dandi21', 'eq16'),
  reading: [
    { text: "a_n = (1/n!)·E[σ(w)H_n(w)] and a'_n the same for σ', with H_n the monic He_n of the recurrences (14)–(15) (the convention eq. (16) uses; with orthonormal H_n the identity reads h'_n = √(n+1)·h_{n+1}).", restsOn: 'L168–174, L394–405' },
    { text: 'The hypothesis lim σ(t)e^{−t²/2} = 0 holds for the six activations (all grow at most linearly); relu\'s σ\' is the step function (weak derivative), whose coefficients have a closed form.', restsOn: 'L172' },
    { text: 'Both sides computed independently: a\'_n from σ\' itself, a_{n+1} from σ (trapezoidal rule on σ, or relu\'s closed form), never through the identity.', restsOn: 'L174' },
  ],
  glossary: {
    ...ACTIVATION_TERMS,
    ...HERMITE_TERMS,
    n: 'degree of the coefficient',
    'a\'_n': 'Hermite coefficient a′_n of σ′ by eq. (16), (1/n!)·E[σ′(w)He_n(w)]',
    '(n + 1)·a_(n+1)': '(n + 1) times σ\'s coefficient a_(n+1): what appendix 10 says a′_n equals',
  },
  domain: `σ ∈ {${ACTIVATION_NAMES.join(', ')}}; n ∈ [0, ${HERMITE_MAX_DEGREE - 1}]`,
  rule: "refuted when |a'_n − (n+1)a_{n+1}| exceeds the two sides' error bound in some case; holds otherwise (cases with both sides below 10× the bound are consistent but decide nothing)",
  tolerance: "coefficients to 385ε‖f‖_{L²(γ)}/√(n!) (worst-case recursive summation of the 385-node trapezoidal rule, Cauchy–Schwarz for the absolute sum) + 2(n+2)ε relative for the convention change",
  law: () => ({
    arbitrary: fc.record({
      activation: fc.constantFrom(...ACTIVATION_NAMES),
      n: fc.integer({ min: 0, max: HERMITE_MAX_DEGREE - 1 }),
    }),
    evaluate: ({ activation, n }) => {
      const { left, right, tolerance } = app10Sides(activationByName(activation), n);
      const gap = Math.abs(left - right);
      // Where both sides are below 10× the error bound (e.g. coefficients that vanish by symmetry) the case is
      // consistent with the identity but a 10 % error in it would pass as well: not decided.
      const decided = Math.max(Math.abs(left), Math.abs(right)) > 10 * tolerance;
      return { measured: gap, bound: tolerance, ok: gap <= tolerance, decided, margin: Math.log10(tolerance) - Math.log10(Math.max(gap, Number.MIN_VALUE)), extra: { "a'_n": left, '(n + 1)·a_(n+1)': right } };
    },
    numRuns: { quick: 60, paper: 360 },
    measuredLabel: "|a'_n − (n + 1)·a_(n+1)|",
    boundLabel: 'error bound of the two sides',
    power: {
      reference: "a factor wrong by ≥ 10 % (e.g. √(n+1) for n + 1, or a'_n = 0): decided when the coefficients exceed 10× the error bound",
      marginLabel: "decades: log10(error bound / |a'_n − (n + 1)·a_(n+1)|); negative when violated",
    },
  }),
});
