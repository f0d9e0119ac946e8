import { SPECTRUM_USAGE, spectrumCommand } from './spectrumCommand.js';
import { UsageError } from './flags.js';

const USAGE = `usage: spectral-conformance <command> [flags]
commands:
  spectrum   exact Mercer eigenvalues of the arc-cosine / ReLU NTK kernels
  help       this text

${SPECTRUM_USAGE}`;

/**
 * The command-line tool. Returns the exit status: 0 success, 1 a verdict differs from its expectation,
 * 2 a usage error (one line on stderr naming the flag and its allowed range).
 */
export async function main(argv: string[], io = { out: (s: string) => process.stdout.write(`${s}\n`), err: (s: string) => process.stderr.write(`${s}\n`) }): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'spectrum':
        spectrumCommand(rest, io.out);
        return 0;
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return 0;
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command ?? '')}: expected one of spectrum, help`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`spectral-conformance: ${(e as Error).message}`);
      return 2;
    }
    throw e;
  }
}
