import type { CheckContext, Verdict } from '../claims/claim.js';
import type { Backend } from './runResults.js';

/**
 * The compiled worker entry. Workers always run the built JS (dist/), also when the runner itself is
 * loaded from src/ by the test runner: both src/runner and dist/runner sit two levels below the root.
 */
export const WORKER_ENTRY = new URL('../../dist/runner/workerEntry.js', import.meta.url);

/** `workerData` of a claim worker. */
export interface WorkerSetup {
  /** URLs of the registry modules (the built-in registry, claim packs; see loadClaims); undefined for the built-in registry alone. */
  readonly registries?: readonly string[];
  /** The tfjs backend, exported to the worker as SPECTRAL_BACKEND before any claim module loads. */
  readonly backend: Backend;
}

/** Parent → worker: run one claim. */
export interface RunMessage {
  readonly type: 'run';
  readonly id: string;
  readonly ctx: CheckContext;
  readonly expected: Verdict | null;
}

/** Worker → parent: the registry is loaded, or one claim's ClaimResult as JSON (see nonFiniteAsString). */
export type WorkerMessage = { readonly type: 'ready' } | { readonly type: 'result'; readonly id: string; readonly json: string };
