import type { Printed } from '../claims/claim.js';

/** Where a statement is printed, as a reader finds it: "§3.2, Theorem 3.3 (L140–146)". */
export function anchorText(printed: Pick<Printed, 'anchor' | 'lines'>): string {
  const [first, last] = printed.lines;
  return `${printed.anchor} (L${first}${last > first ? `–${last}` : ''})`;
}
