import { claims } from './dist/claims/registry.js';
import { runClaim } from './dist/claims/runClaim.js';
import { initBackend } from './dist/networks/backend.js';
const id = process.argv[2];
const claim = claims.find((c) => c.id === id);
const t = performance.now(); const c0 = process.cpuUsage();
const r = await runClaim(claim, { seed: 42, scale: process.argv[3] ?? 'paper' }, null);
const cpu = process.cpuUsage(c0);
console.log(id, r.verdict, ((performance.now() - t) / 1000).toFixed(1), 's wall', ((cpu.user + cpu.system) / 1e6).toFixed(1), 's cpu');
