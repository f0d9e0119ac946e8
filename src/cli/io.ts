import type { ProgressStream } from './progress.js';

/** Where a command writes: result lines (stdout), messages (stderr), and the stream progress is drawn on. */
export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Progress of `verify`; process.stderr when not given. */
  readonly progress?: ProgressStream;
}

/** The process's own stdout and stderr. */
export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  progress: process.stderr,
};
