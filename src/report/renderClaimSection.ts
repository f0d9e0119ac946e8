import type { ClaimRecord } from '../runner/runResults.js';
import { differsFromExpectation } from '../runner/runResults.js';
import { anchorText } from '../catalogue/anchorText.js';
import { chartColours } from './chartColours.js';
import { escapeHtml } from './escapeHtml.js';
import { escapeProse } from './escapeProse.js';
import { formatDuration } from './formatDuration.js';
import { renderCounterexample } from './renderCounterexample.js';
import { formatScalar } from './formatScalar.js';
import { MARGIN_COLOURS, marginChart } from './marginChart.js';
import { renderMeasurements } from './renderMeasurements.js';
import { renderPower } from './renderPower.js';
import { renderPrinted } from './renderPrinted.js';
import { svgChart } from './svgChart.js';
import { verdictBadge } from './verdictBadge.js';

/** The anchor of a claim's section (the summary table links to it). */
export function claimAnchor(id: string): string {
  return `claim-${id}`;
}

/**
 * One claim's section: the verdict and why (the finding, and the kind of refutation) — expected vs
 * measured when they differ — the statement as printed and how it is read, how it was tested (domain,
 * cases, decision rule, tolerance and its source, time against budget), whether it could have failed
 * (decided cases, margins, worst case), the error, the counterexample with its replay command, the
 * measured tightest form, the charts, and the table of measured cases. `index` makes chart ids unique in the page.
 */
export function renderClaimSection(r: ClaimRecord, index: number): string {
  const e = escapeHtml;
  const out: string[] = [];
  out.push(`<section class="claim${differsFromExpectation(r) ? ' differs' : ''}" id="${e(claimAnchor(r.id))}" data-claim-id="${e(r.id)}">`);
  out.push(`<h2><a class="permalink" href="#${e(claimAnchor(r.id))}" title="link to this claim">¶</a> <span class="claim-id">${e(r.id)}</span> ${verdictBadge(r.verdict, r.timedOut)} <a class="to-top" href="#top">top ↑</a></h2>`);
  out.push(`<p class="where">${e(r.paper)}, ${e(anchorText(r.printed))}${r.readingName ? ` · reading “${e(r.readingName)}”` : ''}</p>`);
  if (differsFromExpectation(r)) {
    out.push(`<p class="mismatch">Differs from its expectation: expected ${verdictBadge(r.expected)}, measured ${verdictBadge(r.verdict, r.timedOut)}.</p>`);
  }
  out.push(`<p class="reason"><strong>Verdict ${e(r.verdict)}:</strong> ${escapeProse(r.reason)}</p>`);
  if (r.refutation) out.push(`<p class="refutation"><strong>Kind of refutation: ${e(r.refutation.kind)}.</strong> ${escapeProse(r.refutation.evidence)}</p>`);
  out.push(renderPrinted(r.printed, r.reading, r.readingName));
  // <dt>/<dd> without end tags here and in the power and glossary lists (HTML closes them at the next <dt>, <dd> or </dl>).
  out.push('<h3>How it was tested</h3><dl class="method">');
  out.push(`<dt>Domain<dd>${escapeProse(r.domain)}`);
  out.push(`<dt>Cases<dd>${r.cases} at scale ${e(r.scale)}, seed ${r.seed}`);
  out.push(`<dt>Decision rule<dd>${escapeProse(r.rule)}`);
  out.push(`<dt>Tolerance<dd>${escapeProse(r.tolerance)}`);
  // The recorded reason is repeated only when it says something the verdict line above does not.
  const recorded = !r.expectedReason ? ' — none recorded' : r.expectedReason === r.reason ? ' — recorded from an earlier run, with the same reason as this run' : ` — recorded from an earlier run: ${escapeProse(r.expectedReason)}`;
  out.push(`<dt>Expectation<dd>${verdictBadge(r.expected)}${recorded}`);
  out.push(`<dt>Time<dd>${formatDuration(r.durationMs)} of a ${formatDuration(r.budgetMs)} budget`);
  if (!r.counterexample) out.push(`<dt>Replay<dd><code class="command">${e(r.replay)}</code>`);
  out.push('</dl>');
  if (r.glossary) {
    out.push(`<h3>Symbols and columns</h3><dl class="method glossary">${Object.entries(r.glossary).map(([k, v]) => `<dt>${escapeProse(k)}<dd>${escapeProse(v)}`).join('')}</dl>`);
  }
  out.push(renderPower(r.power, r.cases, r.worst));
  if (r.error) out.push(`<h3>Error</h3><pre class="stack">${e(r.error.stack || r.error.message)}</pre>`);
  if (r.counterexample) out.push(renderCounterexample(r.counterexample, r.replay));
  if (r.tightest) {
    out.push('<h3>Tightest form every sampled case satisfies</h3>');
    out.push(`<p class="measured-form">${escapeProse(r.tightest.statement)} <span class="value">(value ${e(formatScalar(r.tightest.value))})</span> — <em>measured, not a theorem</em></p>`);
  }
  // A claim without charts of its own gets the chart of its decision: the margins of its cases.
  const margins = r.charts.length === 0 ? marginChart(r.measurements, r.power) : undefined;
  const charts = margins ? [margins] : r.charts;
  const colours = margins ? MARGIN_COLOURS : chartColours(charts);
  charts.forEach((chart, i) => out.push(svgChart(chart, `chart-${index}-${i}`, colours)));
  out.push(`<h3>Measurements</h3>${renderMeasurements(r.measurements, r.id)}`);
  out.push('</section>');
  return out.join('\n');
}
