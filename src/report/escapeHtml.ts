/**
 * Text as HTML character data or a quoted attribute value: `& < > " '` become entities, so text from
 * results.json (statements, parameters, error messages, series names) can never open a tag or end an
 * attribute.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
