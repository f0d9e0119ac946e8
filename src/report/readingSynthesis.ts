import type { Verdict } from '../claims/claim.js';

/**
 * One line over the claims that check one printed statement under different readings: the verdict under
 * each reading, then what differs between the readings ("refuted under “uniformly in d”, holds under
 * “fixed d”; the difference is: …"). Readings with the same verdict are listed together.
 */
export function readingSynthesis(records: ReadonlyArray<{ readonly id: string; readonly readingName?: string; readonly verdict: Verdict }>, readingsDiffer?: string): string {
  const byVerdict = new Map<Verdict, string[]>();
  for (const r of records) byVerdict.set(r.verdict, [...(byVerdict.get(r.verdict) ?? []), `“${r.readingName ?? r.id}”`]);
  const parts = [...byVerdict].map(([verdict, names]) => `${verdict} under ${names.join(' and ')}`);
  return `${parts.join(', ')}${readingsDiffer ? `; the difference is: ${readingsDiffer}` : ''}`;
}
