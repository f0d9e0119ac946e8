import { cpus } from 'node:os';
import type { BenchCase } from './benchCase.js';
import { benches as bowman22 } from './cases/bowman22.js';
import { benches as eigh } from './cases/eigh.js';
import { benches as mercerSpectrum } from './cases/mercerSpectrum.js';
import { benches as networks } from './cases/networks.js';
import { benches as verifyPaper } from './cases/verifyPaper.js';

/** Every benchmark, by area. Adding one: a file in cases/ and a line here. */
const suites: BenchCase[][] = [mercerSpectrum, eigh, networks, bowman22, verifyPaper];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * `npm run bench [-- --json] [-- --filter NAME]`: time every case (one warm-up call, then `runs` timed
 * calls) and print the median wall time and the median CPU time of this process (every thread: the
 * eigensolver's helper thread counts). With --json, one object per line: {name, params, medianMs, cpuMs,
 * runs}. Cases marked optIn (verify-paper) run only when named by --filter.
 */
async function main(argv: string[]): Promise<void> {
  const json = argv.includes('--json');
  const at = argv.indexOf('--filter');
  const filter = at >= 0 ? argv[at + 1] : undefined;
  if (!json) console.log(`# ${cpus()[0]?.model ?? 'unknown cpu'} × ${cpus().length}, node ${process.version}`);
  for (const bench of suites.flat()) {
    if (filter ? bench.name !== filter : bench.optIn) continue;
    const prepared = await bench.prepare();
    if (prepared.run === undefined) {
      if (json) console.log(JSON.stringify({ name: bench.name, params: bench.params, skipped: prepared.skipped }));
      else console.log(`${bench.name.padEnd(28)} ${JSON.stringify(bench.params).padEnd(44)} skipped: ${prepared.skipped}`);
      continue;
    }
    const { run, dispose } = prepared;
    if (!bench.noWarmup) await run();
    const runs = bench.runs ?? 5;
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const startCpu = process.cpuUsage();
      await run();
      const used = process.cpuUsage(startCpu);
      times.push(performance.now() - start);
      cpu.push((used.user + used.system) / 1000);
    }
    dispose?.();
    const medianMs = median(times);
    const cpuMs = median(cpu);
    if (json) console.log(JSON.stringify({ name: bench.name, params: bench.params, medianMs, cpuMs, runs }));
    else console.log(`${bench.name.padEnd(28)} ${JSON.stringify(bench.params).padEnd(44)} median ${medianMs.toFixed(3)} ms (CPU ${cpuMs.toFixed(0)} ms, all threads of this process) over ${runs} runs`);
  }
}

await main(process.argv.slice(2));
