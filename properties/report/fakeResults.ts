import { fc } from '@fast-check/vitest';
import type { Chart } from '../../src/claims/claim.js';
import { RESULTS_VERSION, type ClaimRecord, type RunResults } from '../../src/runner/runResults.js';

/** A plausible claim record (holds, one measured row, one log-log chart); override any field. */
export function fakeRecord(overrides: Partial<ClaimRecord> = {}): ClaimRecord {
  const id = overrides.id ?? 'fake.claim';
  return {
    id,
    paper: 'cao21',
    printed: { key: 'thm3.3', anchor: '§3.2, Theorem 3.3', lines: [140, 146], text: 'μ_k ≥ μ_{k+2}' },
    reading: [{ text: 'μ_k on S^d with the uniform probability measure', restsOn: 'L154' }],
    domain: 'd ∈ [1, 10]',
    rule: 'holds when every case satisfies the bound',
    tolerance: '4·K·ε',
    verdict: 'holds',
    expected: 'holds',
    seed: 42,
    scale: 'quick',
    durationMs: 12.5,
    replay: `npx spectral-conformance verify --claims ${id} --scale quick --seed 42`,
    reason: 'all 1 drawn cases satisfy the bound',
    cases: 1,
    measurements: { measuredLabel: 'ratio', boundLabel: '1 + accuracy', rows: [{ params: { d: 3, K: 10 }, measured: 0.25, bound: 1, ok: true, decided: true, margin: 0.6 }] },
    power: { reference: 'equal consecutive eigenvalues', marginLabel: 'log10(bound / measured)', decided: 1, undecided: 0, margins: { min: 0.6, median: 0.6, max: 0.6 } },
    charts: [fakeChart()],
    budgetMs: 120_000,
    timedOut: false,
    ...overrides,
  };
}

export function fakeChart(overrides: Partial<Chart> = {}): Chart {
  return {
    id: 'spectrum',
    title: 'μ_k against k',
    xLabel: 'k',
    yLabel: 'μ_k',
    xScale: 'log',
    yScale: 'log',
    series: [
      { name: 'measured', style: 'line', points: [[1, 1], [10, 1e-3], [100, 1e-6]] },
      { name: 'claimed k^{-3}', style: 'dashed', points: [[1, 2], [100, 2e-6]] },
    ],
    ...overrides,
  };
}

/** A run over the given records. */
export function fakeRun(claims: readonly ClaimRecord[], overrides: Partial<RunResults> = {}): RunResults {
  return {
    version: RESULTS_VERSION,
    startedAt: '2025-01-02T03:04:05.000Z',
    durationMs: 1234,
    environment: { node: 'v20.0.0', backend: 'wasm', cpus: 2 },
    seed: 42,
    scale: 'quick',
    claims,
    catalogues: [],
    ...overrides,
  };
}

/** Markup that would run or inject something if any renderer forgot to escape it. */
export const HOSTILE = ['<script>window.__pwned = 1</script>', '"><img src=x onerror="window.__pwned=1">', "' onmouseover='x", '</textarea></svg></table>&amp;&lt;', ']]><!--'];

/** Strings mixing hostile fragments with arbitrary text. */
export const hostileText = fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string()), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(''));
