import type { Verdict } from '../claims/claim.js';
import type { ClaimRecord } from '../runner/runResults.js';

/** The claims that check one printed statement (under one or several readings). */
export type StatementGroup = readonly ClaimRecord[];

/** A paper's part of the report: its claims grouped by printed statement, the findings first. */
export interface PaperPart {
  readonly paper: string;
  readonly groups: readonly StatementGroup[];
}

const RANK: Readonly<Record<Verdict, number>> = { refuted: 0, error: 1, inconclusive: 2, holds: 3 };

/**
 * The report's order: papers in order of first appearance; within a paper the claims grouped by the
 * printed statement they check (paper and catalogue key), groups with a refutation first, then errors,
 * then inconclusive, then holds — otherwise in registry order.
 */
export function reportOrder(claims: readonly ClaimRecord[]): PaperPart[] {
  const papers = new Map<string, Map<string, ClaimRecord[]>>();
  for (const c of claims) {
    const groups = papers.get(c.paper) ?? new Map<string, ClaimRecord[]>();
    papers.set(c.paper, groups);
    groups.set(c.printed.key, [...(groups.get(c.printed.key) ?? []), c]);
  }
  const rank = (g: StatementGroup) => Math.min(...g.map((c) => RANK[c.verdict]));
  return [...papers].map(([paper, groups]) => ({
    paper,
    groups: [...groups.values()].map((g, i) => ({ g, i })).sort((a, b) => rank(a.g) - rank(b.g) || a.i - b.i).map(({ g }) => g),
  }));
}
