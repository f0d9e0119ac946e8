import type { ClaimRecord } from '../runner/runResults.js';
import { differsFromExpectation } from '../runner/runResults.js';
import { escapeHtml } from './escapeHtml.js';
import { formatDuration } from './formatDuration.js';
import { renderCounterexample } from './renderCounterexample.js';
import { renderMeasurements } from './renderMeasurements.js';
import { svgChart } from './svgChart.js';
import { verdictBadge } from './verdictBadge.js';

/** The anchor of a claim's section (the summary table links to it). */
export function claimAnchor(id: string): string {
  return `claim-${id}`;
}

/**
 * One claim's section: the statement as printed, how it was tested (domain, cases, decision rule,
 * tolerance and its source, time against budget), the verdict and why — expected vs measured when they
 * differ — the error, the counterexample with its replay command, the measured tightest form, the
 * charts, and the table of measured cases. `index` makes chart ids unique in the page.
 */
export function renderClaimSection(r: ClaimRecord, index: number): string {
  const e = escapeHtml;
  const out: string[] = [];
  out.push(`<section class="claim${differsFromExpectation(r) ? ' differs' : ''}" id="${e(claimAnchor(r.id))}" data-claim-id="${e(r.id)}">`);
  out.push(`<h2><span class="claim-id">${e(r.id)}</span> ${verdictBadge(r.verdict, r.timedOut)}</h2>`);
  out.push(`<p class="where">${e(r.paper)}, ${e(r.section)}</p>`);
  if (differsFromExpectation(r)) {
    out.push(`<p class="mismatch">Differs from its expectation: expected ${verdictBadge(r.expected)}, measured ${verdictBadge(r.verdict, r.timedOut)}.</p>`);
  }
  out.push(`<blockquote class="statement">${e(r.statement)}</blockquote>`);
  out.push(`<p class="reason"><strong>Verdict ${e(r.verdict)}:</strong> ${e(r.reason)}</p>`);
  out.push('<h3>How it was tested</h3><dl class="method">');
  out.push(`<dt>Domain</dt><dd>${e(r.domain)}</dd>`);
  out.push(`<dt>Cases</dt><dd>${r.cases} at scale ${e(r.scale)}, seed ${r.seed}</dd>`);
  out.push(`<dt>Decision rule</dt><dd>${e(r.rule)}</dd>`);
  out.push(`<dt>Tolerance</dt><dd>${e(r.tolerance)}</dd>`);
  out.push(`<dt>Time</dt><dd>${formatDuration(r.durationMs)} of a ${formatDuration(r.budgetMs)} budget</dd>`);
  if (!r.counterexample) out.push(`<dt>Replay</dt><dd><code class="command">${e(r.replay)}</code></dd>`);
  out.push('</dl>');
  if (r.error) out.push(`<h3>Error</h3><pre class="stack">${e(r.error.stack || r.error.message)}</pre>`);
  if (r.counterexample) out.push(renderCounterexample(r.counterexample, r.replay));
  if (r.tightest) {
    out.push('<h3>Tightest form every sampled case satisfies</h3>');
    out.push(`<p class="measured-form">${e(r.tightest.statement)} <span class="value">(value ${e(String(r.tightest.value))})</span> — <em>measured, not a theorem</em></p>`);
  }
  r.charts.forEach((chart, i) => out.push(svgChart(chart, `chart-${index}-${i}`)));
  out.push(`<h3>Measurements</h3>${renderMeasurements(r.measurements)}`);
  out.push('</section>');
  return out.join('\n');
}
