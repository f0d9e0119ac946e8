import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root (the CLI runs from here, as after `npm install`). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/spectral-conformance.js', import.meta.url));

/** Fast claims (≈0.1 s each) for end-to-end runs of the real CLI. */
export const FAST_CLAIMS = ['cao21.thm3.3.low-positive', 'cao21.thm3.3.ordering', 'cao21.thm3.3.rate-d-large'];

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run the installed command (bin → dist/cli/main.js) as a user would, and collect its exit status and output. */
export function runCli(args: readonly string[]): Promise<CliRun> {
  if (!existsSync(new URL('../../dist/cli/main.js', import.meta.url))) throw new Error('dist/ is missing: run `npm run build` first');
  return new Promise((resolve, reject) => {
    // The tests' runs must not write into a CI job's summary.
    const { GITHUB_STEP_SUMMARY: _, ...env } = process.env;
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
