import { printed } from '../../catalogue/builtinCatalogues.js';
import { forAllClaim } from '../forAllClaim.js';
import { HERMITE_READING, LEMMA1_DOMAIN, lemma1Charts, lemma1Law, type Case } from './lemma1HermiteCorrelation.js';
import { LEMMA1_TERMS } from './glossaryTerms.js';

/**
 * Lemma 1 (eq. (12)) read as §5.4.1 declares: H_i orthonormal in L²(γ) (H_i = He_i/√(i!)), e_i = E[ξH_i].
 * Then eq. (11) holds and E[ξ(x)ξ(y)] = Σ e_i²ρ^i (Mehler); measured on the same grid as the monic reading.
 */
export const lemma1Orthonormal = forAllClaim<Case>({
  id: 'dandi21.lemma1.hermite-correlation.orthonormal',
  paper: 'dandi21',
  printed: printed('dandi21', 'lemma1'),
  readingName: 'orthonormal',
  reading: [
    { text: 'H_i orthonormal in L²(R, γ), as §5.4.1 declares ("Hermite polynomials form an orthonormal basis"), i.e. H_i = He_i/√(i!), and e_i = E[ξ(w)H_i(w)] — the coefficients under which eq. (11) holds.', restsOn: 'L144, L150' },
    HERMITE_READING,
  ],
  glossary: LEMMA1_TERMS,
  domain: LEMMA1_DOMAIN,
  rule: 'refuted when |E[ξ(x)ξ(y)] − Σ_{i≤60} h_i²ρ^i| exceeds the error bound of the two sides in some case; holds otherwise',
  tolerance: 'left side: ψ to 1e−12·E[ξ²] (2-D trapezoidal rule or closed form); right side: coefficients to 385ε‖ξ‖, Horner rounding (2N+2)ε·Σh_i², truncation ≤ |ρ|^61·(E[ξ²] − Σh_i²)',
  law: () => lemma1Law('orthonormal'),
  present: () => ({ charts: lemma1Charts('relu') }),
});
