import { spawn, spawnSync } from 'node:child_process';
import type { BenchCase, BenchRun } from '../benchCase.js';

/**
 * `empirical-ntk-numpy`: issue 12's reference for `empirical-ntk` — the same two float32 per-layer Grams
 * of the two-layer net, K₁ = (XXᵀ) ⊙ (ΔΔᵀ) and K₂ = m·AAᵀ (A = relu(XW₁ᵀ), Δ = step(XW₁ᵀ)·√m·W₂), as
 * numpy matrix products (OpenBLAS, free to use every core), timed in the same `npm run bench` run so
 * the two compare as a ratio. Python runs as one child process that computes on request ("run" on
 * stdin, "ok" on stdout), so the process start and numpy's import are not timed; the pipe round trip
 * (≈ 0.1 ms) is. Skipped, with the reason, where `python3` with numpy is not installed. The CPU time
 * printed for this case is Node's only (numpy's threads are another process).
 */
const SCRIPT = `
import sys, numpy as np
n, m, d = (int(v) for v in sys.argv[1:4])
rng = np.random.default_rng(1)
x = rng.standard_normal((n, d + 1)).astype(np.float32)
x /= np.linalg.norm(x, axis=1, keepdims=True)
w1 = (rng.standard_normal((m, d + 1)) * np.sqrt(2 / m)).astype(np.float32)
w2 = (rng.standard_normal((1, m)) / np.sqrt(m)).astype(np.float32)
for line in sys.stdin:
    h = x @ w1.T
    a = np.maximum(h, 0)
    delta = (h > 0).astype(np.float32) * (np.sqrt(m) * w2)
    k1 = (x @ x.T) * (delta @ delta.T)
    k2 = np.float32(m) * (a @ a.T)
    sys.stdout.write('ok %r\\n' % float(k1[0, 1] + k2[0, 1]))
    sys.stdout.flush()
`;

export function numpyReference(params: { n: number; m: number; d: number }): BenchCase {
  return {
    name: 'empirical-ntk-numpy',
    params,
    runs: 5,
    prepare(): BenchRun {
      const probe = spawnSync('python3', ['-c', 'import numpy'], { stdio: 'ignore' });
      if (probe.status !== 0) return { skipped: 'python3 with numpy is not installed' };
      const child = spawn('python3', ['-c', SCRIPT, String(params.n), String(params.m), String(params.d)], { stdio: ['pipe', 'pipe', 'inherit'] });
      let waiting: (() => void) | undefined;
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        for (const _ of chunk.match(/ok/g) ?? []) waiting?.();
      });
      return {
        run: () =>
          new Promise<void>((resolve) => {
            waiting = resolve;
            child.stdin.write('run\n');
          }),
        dispose: () => {
          child.stdin.end();
        },
      };
    },
  };
}
