import { currentBackend, initBackend } from '../networks/backend.js';
import type { Claim } from './claim.js';

/**
 * A claim whose cases run tfjs networks: its check first initialises the backend (`initBackend`, which
 * honours SPECTRAL_BACKEND), then runs as usual; every case records the backend in its row.
 */
export function withBackend<C extends Claim>(claim: C): C {
  return {
    ...claim,
    async check(ctx) {
      await initBackend();
      return claim.check(ctx);
    },
  };
}

/** `wasm+simd`, `wasm`, `cpu` or `node`: the backend the current process computes on. */
export function backendLabel(): string {
  const info = currentBackend();
  return info.name === 'wasm' && info.simd ? 'wasm+simd' : info.name;
}
