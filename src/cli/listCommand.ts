import { anchorText } from '../catalogue/anchorText.js';
import type { Claim } from '../claims/claim.js';
import { loadClaims } from '../runner/loadClaims.js';
import { parseFlags, UsageError } from './flags.js';
import { PACK_OPTIONS, registriesFrom } from './packFlags.js';

export const LIST_USAGE = `spectral-conformance list [--pack P]… [--no-builtin]
  The registered claims, one a line: id, paper, where it is printed (anchor and lines), reading name,
  and the printed words (on one line).`;

/** One claim as a line of `list`, columns padded to the given widths; whitespace in the printed words collapsed. */
function listLine(claim: Pick<Claim, 'id' | 'paper' | 'printed' | 'readingName'>, idWidth: number, anchorWidth: number): string {
  const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
  const reading = claim.readingName ? ` [reading: ${claim.readingName}]` : '';
  return `${claim.id.padEnd(idWidth)}  ${claim.paper.padEnd(8)}  ${anchor(claim).padEnd(anchorWidth)}  ${oneLine(claim.printed.text)}${reading}`;
}

const anchor = (claim: Pick<Claim, 'printed'>) => anchorText(claim.printed);

/** `list`: print every registered claim in registry (= report) order. */
export async function listCommand(argv: string[], out: (line: string) => void): Promise<void> {
  const { values, positionals } = parseFlags(argv, { ...PACK_OPTIONS });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  let claims;
  try {
    claims = await loadClaims(registriesFrom(values).modules);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const idWidth = Math.max(...claims.map((c) => c.id.length));
  const anchorWidth = Math.min(48, Math.max(...claims.map((c) => anchor(c).length)));
  for (const claim of claims) out(listLine(claim, idWidth, anchorWidth));
}
