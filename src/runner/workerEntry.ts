/**
 * A claim worker thread: loads the registry once, then runs one claim per `run` message and replies
 * with its ClaimResult as JSON. Anything thrown outside a check (an unknown id, a result that cannot be
 * serialized) escapes to the parent as the worker's `error` event, and the parent records it as `error`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runClaim } from '../claims/runClaim.js';
import { loadClaims } from './loadClaims.js';
import { nonFiniteAsString } from './nonFiniteAsString.js';
import type { RunMessage, WorkerMessage, WorkerSetup } from './workerProtocol.js';

if (!parentPort) throw new Error('workerEntry.js runs only as a worker thread');
const port = parentPort;
const setup = workerData as WorkerSetup;
const claims = await loadClaims(setup.registries);

async function run(message: RunMessage): Promise<WorkerMessage> {
  const claim = claims.find((c) => c.id === message.id);
  if (!claim) throw new Error(`claim ${message.id} is not in this worker's registry`);
  const result = await runClaim(claim, message.ctx, message.expected);
  return { type: 'result', id: message.id, json: JSON.stringify(result, nonFiniteAsString) };
}

// A rejection is left unhandled on purpose: Node makes it the worker's `error` event in the parent.
port.on('message', (message: RunMessage) => void run(message).then((reply) => port.postMessage(reply)));
port.postMessage({ type: 'ready' } satisfies WorkerMessage);
