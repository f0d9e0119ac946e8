import type { Claim } from '../claims/claim.js';
import { loadClaims } from '../runner/loadClaims.js';
import { parseFlags, UsageError } from './flags.js';

export const LIST_USAGE = `spectral-conformance list
  The registered claims, one a line: id, paper, section, statement (on one line).`;

/** One claim as a line of `list`, columns padded to the given widths; whitespace in the statement collapsed. */
function listLine(claim: Pick<Claim, 'id' | 'paper' | 'section' | 'statement'>, idWidth: number, sectionWidth: number): string {
  const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
  return `${claim.id.padEnd(idWidth)}  ${claim.paper.padEnd(8)}  ${oneLine(claim.section).padEnd(sectionWidth)}  ${oneLine(claim.statement)}`;
}

/** `list`: print every registered claim in registry (= report) order. */
export async function listCommand(argv: string[], out: (line: string) => void): Promise<void> {
  const { positionals } = parseFlags(argv, {});
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  const claims = await loadClaims();
  const idWidth = Math.max(...claims.map((c) => c.id.length));
  const sectionWidth = Math.min(48, Math.max(...claims.map((c) => c.section.length)));
  for (const claim of claims) out(listLine(claim, idWidth, sectionWidth));
}
