import { EXPECTATIONS_USAGE, expectationsCommand } from './expectationsCommand.js';
import { INIT_USAGE, initCommand } from './initCommand.js';
import { UsageError } from './flags.js';
import { processIo, type Io } from './io.js';
import { LIST_USAGE, listCommand } from './listCommand.js';
import { MERGE_USAGE, mergeCommand } from './mergeCommand.js';
import { SPECTRUM_USAGE, spectrumCommand } from './spectrumCommand.js';
import { verifyCommand } from './verifyCommand.js';
import { VERIFY_USAGE } from './verifyFlags.js';

const USAGE = `usage: spectral-conformance <command> [flags]
commands:
  verify     check the claims and write the conformance report (index.html, results.json, junit.xml)
  list       the registered claims
  merge      combine the outputs of sharded verify runs into one report
  spectrum   exact Mercer eigenvalues of the arc-cosine / ReLU NTK kernels
  expectations  record a run's measured verdicts as the expected ones
  init       scaffold a claim pack (your own paper's claims) in a new folder
  help       this text

${VERIFY_USAGE}

${LIST_USAGE}

${MERGE_USAGE}

${SPECTRUM_USAGE}

${EXPECTATIONS_USAGE}

${INIT_USAGE}`;

/**
 * The command-line tool. Returns the exit status: 0 success, 1 a verdict differs from its expectation,
 * 2 a usage error (one line on stderr naming the flag and its allowed range).
 */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'verify':
        return await verifyCommand(rest, io);
      case 'list':
        await listCommand(rest, io.out);
        return 0;
      case 'merge':
        return await mergeCommand(rest, io.out);
      case 'spectrum':
        spectrumCommand(rest, io.out);
        return 0;
      case 'expectations':
        if (rest.includes('--help')) {
          io.out(EXPECTATIONS_USAGE);
          return 0;
        }
        return expectationsCommand(rest, io.out);
      case 'init':
        return initCommand(rest, io.out);
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return 0;
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command ?? '')}: expected one of verify, list, merge, spectrum, expectations, init, help`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`spectral-conformance: ${(e as Error).message}`);
      return 2;
    }
    throw e;
  }
}
