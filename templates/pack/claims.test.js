// Each claim of the pack as a test: the suite fails when a measured verdict differs from expectations.json.
import { claimTest } from 'spectral-conformance/vitest';
import { claims } from './index.js';

for (const claim of claims) claimTest(claim, { pack: new URL('./index.js', import.meta.url).href });
