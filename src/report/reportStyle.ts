/**
 * The report's stylesheet, inlined in the page (nothing is fetched). System fonts only; verdict badges
 * carry a border and their word so they survive black-and-white printing; in print the scrolling
 * tables unfold and figures are not split across pages.
 */
export const REPORT_STYLE = `
:root { color-scheme: light; --holds: #1a7f37; --refuted: #cf222e; --inconclusive: #9a6700; --error: #8250df; --none: #57606a; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; margin: 0 auto; max-width: 1100px; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
h2 { font-size: 1.25rem; margin: 0 0 .2rem; display: flex; gap: .6rem; align-items: center; flex-wrap: wrap; }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
code, pre, .claim-id { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; }
.run { color: #57606a; margin: 0 0 1rem; }
.badge { display: inline-block; padding: 0 .5em; border: 1.5px solid; border-radius: 1em; font-size: .85rem; font-weight: 600; white-space: nowrap; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.badge-holds { color: var(--holds); background: #dafbe1; }
.badge-refuted { color: var(--refuted); background: #ffebe9; }
.badge-inconclusive { color: var(--inconclusive); background: #fff8c5; }
.badge-error { color: var(--error); background: #fbefff; }
.badge-none { color: var(--none); background: #f6f8fa; }
.counts { list-style: none; padding: 0; display: flex; gap: 1.2rem; flex-wrap: wrap; font-size: 1.05rem; }
.count { font-weight: 700; }
.expectations { padding: .6rem .9rem; border-radius: 6px; border: 2px solid; }
.expectations.all-equal { border-color: var(--holds); }
.expectations.differ { border-color: var(--refuted); background: #fff5f5; }
.expectations p { margin: 0; }
table { border-collapse: collapse; margin: .4rem 0; }
th, td { border: 1px solid #d0d7de; padding: .2rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #f6f8fa; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.summary-table { width: 100%; margin-top: 1rem; }
tr.differs td { background: #fff5f5; }
.ne { color: var(--refuted); }
.claim { border-top: 2px solid #d0d7de; margin-top: 2rem; padding-top: 1rem; }
.claim.differs { border-top-color: var(--refuted); }
.where { color: #57606a; margin: 0 0 .6rem; }
.mismatch { border-left: 4px solid var(--refuted); background: #fff5f5; padding: .4rem .7rem; font-weight: 600; }
.statement { margin: .6rem 0; padding: .5rem .9rem; border-left: 4px solid #8c959f; background: #f6f8fa; white-space: pre-wrap; font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; }
.about { color: #3d444d; }
.contents { margin: 1rem 0; }
.paper { border-top: 3px solid #1f2328; margin-top: 2.5rem; padding-top: .8rem; }
.paper h2 { font-size: 1.35rem; display: block; }
.permalink, .to-top { color: #8c959f; text-decoration: none; font-weight: 400; font-size: .85rem; }
.to-top { margin-left: auto; }
.reading-name { color: #57606a; font-size: .85em; }
.anchor { font-weight: 400; color: #57606a; }
.reading li { margin: .15rem 0; }
.rests-on { color: #57606a; font-size: .9em; white-space: nowrap; }
.refutation { border-left: 4px solid var(--refuted); padding: .3rem .7rem; background: #fff5f5; }
.statement-row th { background: #eef1f4; font-weight: 600; }
.synthesis { font-weight: 400; font-style: italic; }
.reason-cell { font-size: .9em; }
.printed-cell { font-family: Georgia, "Times New Roman", serif; font-size: .9em; max-width: 40rem; overflow-wrap: anywhere; }
.not-checkable { color: #57606a; }
.method { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
.method dt { font-weight: 600; }
.method dd { margin: 0; }
.command { background: #f6f8fa; padding: .1rem .3rem; border-radius: 4px; word-break: break-all; }
.stack { background: #fbefff; padding: .6rem; overflow-x: auto; white-space: pre-wrap; }
.measured-form { border-left: 4px solid var(--inconclusive); padding: .3rem .7rem; background: #fffbea; }
.table-scroll { max-height: 24rem; overflow: auto; border: 1px solid #d0d7de; }
.table-scroll table { margin: 0; }
.measurements td { font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.violation td, tr.violation th { background: #ffebe9; }
.empty { color: #57606a; font-style: italic; }
.same { color: #3d444d; margin: .3rem 0; }
.chart { margin: 1rem 0; break-inside: avoid; }
.chart figcaption { font-weight: 600; margin-bottom: .3rem; }
.chart svg { max-width: 100%; height: auto; font: 12px system-ui, sans-serif; }
.chart svg text { fill: #1f2328; }
.chart svg .grid { stroke: #e1e4e8; stroke-width: 1; }
.chart svg .minor { stroke: #57606a; stroke-width: 1; }
.chart svg .frame { fill: none; stroke: #57606a; stroke-width: 1; }
.chart svg .axis-label { font-size: 13px; }
.chart svg .axis-label, .chart svg .x-ticks { text-anchor: middle; }
.chart svg .y-ticks { text-anchor: end; }
.chart svg .y-ticks, .chart svg .legend text { dominant-baseline: central; }
.chart svg .line, .chart svg .dots, .chart svg .interval { fill: none; }
.chart svg .line { stroke-width: 2; }
.chart svg .line.predicted { stroke-dasharray: 7 4; }
.chart svg .line.bound { stroke-dasharray: 2 3; }
.chart svg .dots { stroke-width: 6; stroke-linecap: round; }
.chart svg .dots.lone { stroke-width: 5; }
.chart svg .interval { stroke-width: 1.5; }
.chart-note { color: #57606a; font-size: .9rem; margin: .2rem 0; }
footer { margin-top: 3rem; color: #57606a; font-size: .85rem; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
  .permalink, .to-top, .csv, .contents { display: none; }
  .table-scroll { max-height: none; overflow: visible; border: 0; }
  table { width: 100%; table-layout: fixed; font-size: 7.5pt; }
  th, td { overflow-wrap: anywhere; white-space: normal !important; padding: .1rem .25rem; }
  .summary-table th:nth-child(1) { width: 24%; }
  .summary-table th:nth-child(2) { width: 12%; }
  .summary-table th:nth-child(3), .summary-table th:nth-child(4) { width: 8%; }
  .chart svg { width: 100%; height: auto; }
  h2, h3 { break-after: avoid; }
  tr, .chart, blockquote { break-inside: avoid; }
}
`;
