/**
 * A claim-id glob as a RegExp anchored at both ends: `*` matches any run of characters (dots included),
 * `?` one character; every other character matches itself.
 */
export function globToRegExp(glob: string): RegExp {
  const body = Array.from(glob, (ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[\\^$.|+()[\]{}]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`);
}
