import { cpus } from 'node:os';
import type { BenchCase } from './benchCase.js';
import { benches as bowman22 } from './cases/bowman22.js';
import { benches as eigh } from './cases/eigh.js';
import { benches as mercerSpectrum } from './cases/mercerSpectrum.js';
import { benches as networks } from './cases/networks.js';

/** Every benchmark, by area. Adding one: a file in cases/ and a line here. */
const suites: BenchCase[][] = [mercerSpectrum, eigh, networks, bowman22];

/**
 * `npm run bench [-- --json] [-- --filter NAME]`: time every case (one warm-up call, then `runs` timed
 * calls) and print the median. With --json, one object per line: {name, params, medianMs, runs}.
 */
async function main(argv: string[]): Promise<void> {
  const json = argv.includes('--json');
  const at = argv.indexOf('--filter');
  const filter = at >= 0 ? argv[at + 1] : undefined;
  if (!json) console.log(`# ${cpus()[0]?.model ?? 'unknown cpu'} × ${cpus().length}, node ${process.version}`);
  for (const bench of suites.flat()) {
    if (filter && bench.name !== filter) continue;
    const { run, dispose } = await bench.prepare();
    await run();
    const runs = bench.runs ?? 5;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await run();
      times.push(performance.now() - start);
    }
    dispose?.();
    times.sort((a, b) => a - b);
    const medianMs = times[Math.floor(runs / 2)]!;
    if (json) console.log(JSON.stringify({ name: bench.name, params: bench.params, medianMs, runs }));
    else console.log(`${bench.name.padEnd(28)} ${JSON.stringify(bench.params).padEnd(44)} median ${medianMs.toFixed(3)} ms over ${runs} runs`);
  }
}

await main(process.argv.slice(2));
