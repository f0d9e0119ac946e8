/**
 * The part of the global `WebAssembly` object the kernels use. The project compiles against `lib:
 * ES2022` and @types/node 20, neither of which declares `WebAssembly`, so it is typed here locally
 * (the runtime object is Node's own, WebAssembly JS API §4).
 */
export interface WasmMemory {
  readonly buffer: ArrayBuffer | SharedArrayBuffer;
}

interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, Record<string, unknown>>) => { readonly exports: unknown };
  Memory: new (descriptor: { initial: number; maximum?: number; shared?: boolean }) => WasmMemory;
}

export const webAssembly = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;
