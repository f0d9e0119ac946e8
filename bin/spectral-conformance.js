#!/usr/bin/env node
// Entry point of the `spectral-conformance` command: runs the compiled CLI (built by `npm run build`, which `npm install` runs as `prepare`).
import { main } from '../dist/cli/main.js';

// Output piped into a reader that stops early (`list | head`) ends the command quietly.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
process.exitCode = await main(process.argv.slice(2));
