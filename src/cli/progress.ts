import type { ClaimRecord } from '../runner/runResults.js';
import { differsFromExpectation } from '../runner/runResults.js';
import { formatDuration } from '../report/formatDuration.js';

/** Where progress goes: stderr, or anything with its shape. */
export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Progress of a verify run, told claim by claim. */
export interface Progress {
  started(id: string): void;
  finished(record: ClaimRecord): void;
  /** Clear the live bar (if any) and stop its clock. */
  done(): void;
}

/**
 * The one-line account of a finished claim, plus an indented line with the counterexample's seed, path
 * and replay command, or the error message.
 */
function claimLine(record: ClaimRecord, position: number, total: number): string {
  const verdict = `${record.verdict}${record.timedOut ? ' (time budget)' : ''}`;
  const differs = differsFromExpectation(record) ? `  ≠ expected ${record.expected ?? 'none (no expectation)'}` : '';
  const lines = [`[${position}/${total}] ${verdict.padEnd(12)} ${record.id}  ${formatDuration(record.durationMs)}${differs}`];
  const cx = record.counterexample;
  if (cx) lines.push(`      counterexample: seed ${cx.seed}, path ${JSON.stringify(cx.path)}; replay: ${record.replay}`);
  if (record.verdict === 'error') lines.push(`      error: ${record.reason}`);
  return lines.join('\n');
}

/**
 * Progress on `stream`: one line per finished claim; on a terminal also a live bar under those lines
 * with the claims running now and the elapsed time (redrawn twice a second). CI logs get only the lines.
 */
export function createProgress(stream: ProgressStream, total: number): Progress {
  const running = new Set<string>();
  let finishedCount = 0;
  const start = performance.now();
  const live = stream.isTTY === true;
  const bar = () => {
    const width = 24;
    const filled = total === 0 ? width : Math.round((finishedCount / total) * width);
    const text = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${finishedCount}/${total}  ${formatDuration(performance.now() - start)}  ${[...running].join(', ')}`;
    return text.slice(0, Math.max(10, (stream.columns || 80) - 1));
  };
  const redraw = () => stream.write(`\r\x1b[2K${bar()}`);
  const clock = live ? setInterval(redraw, 500).unref() : undefined;
  return {
    started(id) {
      running.add(id);
      if (live) redraw();
    },
    finished(record) {
      running.delete(record.id);
      finishedCount++;
      stream.write(`${live ? '\r\x1b[2K' : ''}${claimLine(record, finishedCount, total)}\n`);
      if (live) redraw();
    },
    done() {
      clearInterval(clock);
      if (live) stream.write('\r\x1b[2K');
    },
  };
}
