import { escapeHtml } from './escapeHtml.js';

/**
 * Text as XML 1.0 character data or attribute value: escaped like HTML, with the characters XML 1.0
 * forbids outright (C0 controls other than tab, newline and carriage return; lone surrogates; U+FFFE/F)
 * replaced by U+FFFD, since not even a character reference may encode them.
 */
export function escapeXml(text: string): string {
  return escapeHtml(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
}
