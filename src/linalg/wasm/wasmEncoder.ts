/**
 * A minimal WebAssembly binary encoder: just enough to emit the few numeric kernels of
 * `src/linalg` (loops over a linear memory with f64/f64x2 and f32/f32x4 arithmetic), so that the hot loops of
 * the eigensolver and of the float32 Gram products run as SIMD machine code without a native addon or a build step.
 *
 * Instructions are written in folded form: every helper returns the byte sequence that leaves its
 * result on the operand stack, e.g. `i32.add(get(i), i32.const(4))`. Encoding follows the WebAssembly
 * core specification 2.0, §5 (binary format), including the fixed-width SIMD instructions (§5.4.8).
 * The module imports one shared memory, `env.memory`; every function takes its arguments as parameters
 * and returns nothing.
 */

export type Code = readonly number[];
export type ValueType = 'i32' | 'f32' | 'f64' | 'v128';

const valueTypeByte: Record<ValueType, number> = { i32: 0x7f, f32: 0x7d, f64: 0x7c, v128: 0x7b };

/** Unsigned LEB128 (§5.2.2). */
function uleb(value: number): number[] {
  const out: number[] = [];
  let v = value >>> 0;
  do {
    const byte = v & 0x7f;
    v >>>= 7;
    out.push(v === 0 ? byte : byte | 0x80);
  } while (v !== 0);
  return out;
}

/** Signed LEB128 of a 32-bit integer (§5.2.2). */
function sleb(value: number): number[] {
  const out: number[] = [];
  let v = value | 0;
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    const done = (v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

const cat = (...parts: Code[]): number[] => parts.flat();
const vector = (items: Code[]): number[] => cat(uleb(items.length), ...items);
const name = (s: string): number[] => vector([...s].map((ch) => [ch.charCodeAt(0)]));
const section = (id: number, body: Code): number[] => cat([id], uleb(body.length), body);

/** A local variable or parameter, referred to by index. */
export interface Local {
  readonly index: number;
}

export const get = (x: Local): Code => [0x20, ...uleb(x.index)];
export const set = (x: Local, value: Code): Code => cat(value, [0x21], uleb(x.index));

/** 32-bit integer instructions. */
export const i32 = {
  const: (value: number): Code => cat([0x41], sleb(value)),
  add: (a: Code, b: Code): Code => cat(a, b, [0x6a]),
  sub: (a: Code, b: Code): Code => cat(a, b, [0x6b]),
  mul: (a: Code, b: Code): Code => cat(a, b, [0x6c]),
  and: (a: Code, b: Code): Code => cat(a, b, [0x71]),
  shl: (a: Code, b: Code): Code => cat(a, b, [0x74]),
  /** Unsigned a ≥ b, as 0 or 1 (indices and byte offsets are never negative). */
  geU: (a: Code, b: Code): Code => cat(a, b, [0x4f]),
  /** Unsigned a > b, as 0 or 1. */
  gtU: (a: Code, b: Code): Code => cat(a, b, [0x4b]),
  /** The byte at address + offset, zero-extended. */
  load8U: (address: Code, offset = 0): Code => cat(address, [0x2d], memarg(0, offset)),
  /** Store the low byte of value at address + offset. */
  store8: (address: Code, value: Code, offset = 0): Code => cat(address, value, [0x3a], memarg(0, offset)),
};

/** Alignment exponent and constant byte offset of a memory access (§5.4.6); alignment is only a hint. */
const memarg = (alignLog2: number, offset = 0): number[] => [alignLog2, ...uleb(offset)];

/** 32-bit float instructions. */
export const f32 = {
  load: (address: Code, offset = 0): Code => cat(address, [0x2a], memarg(2, offset)),
  store: (address: Code, value: Code, offset = 0): Code => cat(address, value, [0x38], memarg(2, offset)),
  add: (a: Code, b: Code): Code => cat(a, b, [0x92]),
  mul: (a: Code, b: Code): Code => cat(a, b, [0x94]),
};

/** 64-bit float instructions. */
export const f64 = {
  const: (value: number): Code => {
    const bytes = new DataView(new ArrayBuffer(8));
    bytes.setFloat64(0, value, true); // little-endian IEEE 754 (§5.2.3)
    return [0x44, ...new Uint8Array(bytes.buffer)];
  },
  load: (address: Code): Code => cat(address, [0x2b], memarg(3)),
  store: (address: Code, value: Code): Code => cat(address, value, [0x39], memarg(3)),
  add: (a: Code, b: Code): Code => cat(a, b, [0xa0]),
  mul: (a: Code, b: Code): Code => cat(a, b, [0xa2]),
};

const simd = (opcode: number): number[] => [0xfd, ...uleb(opcode)];

/** Two-lane f64 SIMD instructions (§5.4.8). */
export const f64x2 = {
  zero: (): Code => cat(simd(0x0c), new Array<number>(16).fill(0)),
  load: (address: Code): Code => cat(address, simd(0x00), memarg(3)),
  store: (address: Code, value: Code): Code => cat(address, value, simd(0x0b), memarg(3)),
  splat: (x: Code): Code => cat(x, simd(0x14)),
  lane: (v: Code, lane: 0 | 1): Code => cat(v, simd(0x21), [lane]),
  add: (a: Code, b: Code): Code => cat(a, b, simd(0xf0)),
  mul: (a: Code, b: Code): Code => cat(a, b, simd(0xf2)),
};

/** Four-lane f32 SIMD instructions (§5.4.8); loads and stores are those of any v128. */
export const f32x4 = {
  zero: f64x2.zero,
  load: (address: Code, offset = 0): Code => cat(address, simd(0x00), memarg(2, offset)),
  store: (address: Code, value: Code, offset = 0): Code => cat(address, value, simd(0x0b), memarg(2, offset)),
  splat: (x: Code): Code => cat(x, simd(0x13)),
  lane: (v: Code, lane: 0 | 1 | 2 | 3): Code => cat(v, simd(0x1f), [lane]),
  add: (a: Code, b: Code): Code => cat(a, b, simd(0xe4)),
  mul: (a: Code, b: Code): Code => cat(a, b, simd(0xe6)),
  /** Lane-wise max (NaN if either lane is NaN). */
  max: (a: Code, b: Code): Code => cat(a, b, simd(0xe9)),
  /** Lane-wise a > b as all-ones / all-zeros lanes. */
  gt: (a: Code, b: Code): Code => cat(a, b, simd(0x44)),
};

/** Bitwise v128 instructions and lane masks (§5.4.8). */
export const v128 = {
  and: (a: Code, b: Code): Code => cat(a, b, simd(0x4e)),
  /** The top bit of each 32-bit lane, as bits 0–3 of an i32. */
  bitmask32: (v: Code): Code => cat(v, simd(0xa4)),
};

/**
 * `while (!(exit)) { body }`, encoded as block { loop { br_if 1 (exit); body; br 0 } }; the body must
 * not branch.
 */
export function whileNot(exit: Code, body: Code[]): Code {
  return cat([0x02, 0x40, 0x03, 0x40], exit, [0x0d, 1], ...body, [0x0c, 0, 0x0b, 0x0b]);
}

/** `for (counter = start; !(exit); counter += step) { body }`. */
export function forLoop(counter: Local, start: Code, exit: Code, step: number, body: Code[]): Code {
  return cat(set(counter, start), whileNot(exit, [...body, set(counter, i32.add(get(counter), i32.const(step)))]));
}

/** `if (condition) { body }`. */
export function when(condition: Code, body: Code[]): Code {
  return cat(condition, [0x04, 0x40], ...body, [0x0b]);
}

/** Builder of one exported function: declare parameters first, then locals, then set the body. */
export class FunctionBuilder {
  private readonly params: ValueType[] = [];
  private readonly locals: ValueType[] = [];
  constructor(readonly name: string) {}

  param(type: ValueType): Local {
    if (this.locals.length > 0) throw new Error('parameters must be declared before locals');
    this.params.push(type);
    return { index: this.params.length - 1 };
  }

  local(type: ValueType): Local {
    this.locals.push(type);
    return { index: this.params.length + this.locals.length - 1 };
  }

  /** Function type (§5.3.6) and body (§5.5.13) for a body given as instructions. */
  encode(body: Code[]): { type: number[]; code: number[] } {
    const type = cat([0x60], vector(this.params.map((t) => [valueTypeByte[t]])), [0]);
    const localDecls = vector(this.locals.map((t) => [1, valueTypeByte[t]]));
    const func = cat(localDecls, ...body, [0x0b]);
    return { type, code: cat(uleb(func.length), func) };
  }
}

/** Largest memory a wasm32 module can address, in 64 KiB pages. */
export const MAX_MEMORY_PAGES = 65536;

/**
 * Encode a module whose functions import memory `env.memory` and are exported under their names. The
 * memory is declared shared (limits flag 0x03: shared, with a maximum; threads proposal, part of
 * WebAssembly 2.0's successors and enabled in Node ≥ 16), so that two threads can run kernels on it.
 */
export function encodeModule(functions: readonly { name: string; type: number[]; code: number[] }[]): Uint8Array {
  const memoryImport = cat(name('env'), name('memory'), [0x02, 0x03], uleb(1), uleb(MAX_MEMORY_PAGES));
  const bytes = cat(
    [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    section(1, vector(functions.map((f) => f.type))),
    section(2, vector([memoryImport])),
    section(3, vector(functions.map((_, i) => uleb(i)))),
    section(7, vector(functions.map((f, i) => cat(name(f.name), [0x00], uleb(i))))),
    section(10, vector(functions.map((f) => f.code))),
  );
  return new Uint8Array(bytes);
}
