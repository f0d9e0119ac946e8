import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A bad command line: the CLI prints the one-line message and exits with status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parse `--flag value` / `--flag=value` / `--switch` arguments strictly. A value that starts with a dash
 * (`--sphere-dim -1`) is taken as the value, so that range errors name it; any parse error becomes one
 * UsageError line listing the allowed flags.
 */
export function parseFlags<O extends Options>(argv: string[], options: O) {
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i]!.startsWith('--') ? argv[i]!.slice(2) : '';
    const next = argv[i + 1];
    if (options[name]?.type === 'string' && next !== undefined && next.startsWith('-') && !next.startsWith('--')) {
      joined.push(`--${name}=${next}`);
      i++;
    } else {
      joined.push(argv[i]!);
    }
  }
  try {
    return parseArgs({ args: joined, options, strict: true, allowPositionals: true });
  } catch (e) {
    const first = (e as Error).message.split(/\n|\. To specify/)[0];
    throw new UsageError(`${first} (allowed: ${Object.keys(options).map((o) => `--${o}`).join(', ')})`);
  }
}

/** Parse an integer flag value in [min, max], or throw a UsageError naming the flag and its range. */
export function integerFlag(flag: string, raw: string | undefined, min: number, max: number): number {
  if (raw === undefined) throw new UsageError(`--${flag} is required: an integer in [${min}, ${max}]`);
  const value = Number(raw);
  if (!/^[+-]?\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`--${flag} must be an integer in [${min}, ${max}], got ${JSON.stringify(raw)}`);
  }
  return value;
}
