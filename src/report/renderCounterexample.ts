import type { Counterexample } from '../claims/claim.js';
import { escapeHtml } from './escapeHtml.js';
import { escapeProse } from './escapeProse.js';
import { formatScalar } from './formatScalar.js';

/**
 * The shrunk counterexample of a refuted claim: its parameters, the measured value against the bound (4
 * significant digits; full precision in results.json), and the command that replays exactly that case.
 */
export function renderCounterexample(cx: Counterexample, replay: string): string {
  const params = Object.entries(cx.params).map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeProse(formatScalar(v))}</td></tr>`);
  return [
    '<h3>Counterexample (shrunk by fast-check)</h3>',
    `<table class="counterexample"><tbody>${params.join('')}`,
    `<tr class="violation"><th scope="row">measured</th><td>${escapeHtml(formatScalar(cx.measured))}</td></tr>`,
    `<tr><th scope="row">bound</th><td>${escapeHtml(formatScalar(cx.bound))}</td></tr>`,
    `<tr><th scope="row">seed</th><td>${escapeHtml(String(cx.seed))}</td></tr>`,
    `<tr><th scope="row">path</th><td>${escapeHtml(cx.path || '—')}</td></tr>`,
    '</tbody></table>',
    `<p>Replay exactly this case: <code class="command">${escapeHtml(replay)}</code></p>`,
  ].join('');
}
