import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs';

/**
 * The one place that chooses the TensorFlow.js backend every network computation runs on.
 *
 * Order of preference: `@tensorflow/tfjs-node` when it is installed and loads (native libtensorflow),
 * else the WebAssembly backend (XNNPACK kernels; SIMD when the engine supports it, which Node ≥ 16 does;
 * single-threaded in Node), else the pure-JavaScript CPU backend. An explicit choice — the argument, or
 * the environment variable `SPECTRAL_BACKEND` (wasm | cpu | node) — is honoured or fails loudly: it
 * never falls back silently, so a report's backend line is the one that ran.
 *
 * All three compute in float32.
 */
export type BackendChoice = 'wasm' | 'cpu' | 'node';
export const BACKEND_CHOICES: readonly BackendChoice[] = ['wasm', 'cpu', 'node'];

/** What ran: the tfjs backend name and, for wasm, whether the SIMD build was loaded. */
export interface BackendInfo {
  readonly name: BackendChoice;
  readonly simd: boolean;
}

const require = createRequire(import.meta.url);

/** Directory holding tfjs-backend-wasm's .wasm binaries (Node cannot fetch them over http). */
function wasmDirectory(): string {
  return `${join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist')}/`;
}

async function loadWasm(): Promise<BackendInfo> {
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  wasm.setWasmPaths(wasmDirectory());
  if (!(await tf.setBackend('wasm'))) throw new Error('the tfjs wasm backend failed to initialise');
  await tf.ready();
  const simd = (await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')) === true;
  return { name: 'wasm', simd };
}

async function loadNode(): Promise<BackendInfo> {
  const pkg = '@tensorflow/tfjs-node';
  try {
    // A variable specifier keeps TypeScript from requiring the (optional) package's types.
    await import(pkg);
  } catch (e) {
    throw new Error(`backend 'node' needs the package ${pkg}, which is not installed or failed to load: ${(e as Error).message}`);
  }
  if (!(await tf.setBackend('tensorflow'))) throw new Error(`${pkg} loaded but its 'tensorflow' backend failed to initialise`);
  await tf.ready();
  return { name: 'node', simd: false };
}

async function loadCpu(): Promise<BackendInfo> {
  if (!(await tf.setBackend('cpu'))) throw new Error('the tfjs cpu backend failed to initialise');
  await tf.ready();
  return { name: 'cpu', simd: false };
}

const LOADERS: Readonly<Record<BackendChoice, () => Promise<BackendInfo>>> = { wasm: loadWasm, cpu: loadCpu, node: loadNode };

let current: BackendInfo | undefined;

/** Parse a backend name (from a flag or the environment), or throw a RangeError naming `name`. */
export function parseBackendChoice(name: string, value: string): BackendChoice {
  if (!(BACKEND_CHOICES as readonly string[]).includes(value)) {
    throw new RangeError(`${name} must be one of ${BACKEND_CHOICES.join(', ')}; got '${value}'`);
  }
  return value as BackendChoice;
}

/**
 * Initialise the backend and return what ran. `choice` wins over `SPECTRAL_BACKEND`; with neither, try
 * node → wasm → cpu. Calling again with the same (or no) choice is free; a different choice switches.
 */
export async function initBackend(choice?: BackendChoice): Promise<BackendInfo> {
  const env = process.env.SPECTRAL_BACKEND;
  const wanted = choice ?? (env ? parseBackendChoice('SPECTRAL_BACKEND', env) : undefined);
  if (current && (wanted === undefined || wanted === current.name) && tf.getBackend() === backendKey(current.name)) return current;
  if (wanted) {
    current = await LOADERS[wanted]();
    return current;
  }
  const failures: string[] = [];
  for (const name of ['node', 'wasm', 'cpu'] as const) {
    try {
      current = await LOADERS[name]();
      return current;
    } catch (e) {
      failures.push(`${name}: ${(e as Error).message}`);
    }
  }
  throw new Error(`no tfjs backend could be initialised (${failures.join('; ')})`);
}

/** The backend initialised by `initBackend`, or a clear error when it has not been called. */
export function currentBackend(): BackendInfo {
  if (!current) throw new Error('no backend initialised: await initBackend() first');
  return current;
}

/** tfjs's registry name for each choice (tfjs-node registers itself as 'tensorflow'). */
function backendKey(name: BackendChoice): string {
  return name === 'node' ? 'tensorflow' : name;
}
