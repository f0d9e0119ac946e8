import { escapeHtml } from './escapeHtml.js';

/**
 * A hyphen-minus that is a number's sign: before a digit (or ".digit"), after the start, a space, an
 * opening bracket, a relation or separator, or the "e" of an exponent ("slope -0.99", "≤ -0.5",
 * "1.6e-24"). Hyphens inside words, ranges ("1-2") and command options ("--seed") are not.
 */
const SIGN = /(?<=^|[\s([{=,;:<>≤≥≈~/^|]|\de)-(?=\.?\d)/g;

/**
 * Prose a claim wrote (reasons, rules, tolerances, glossaries, chart titles and legends), for the page:
 * HTML-escaped, with every number's sign set as the minus sign U+2212, as the page's own numbers are.
 * Not for the paper's printed words (verbatim) or commands (copied into a shell).
 */
export function escapeProse(text: string): string {
  return escapeHtml(text.replace(SIGN, '−'));
}
