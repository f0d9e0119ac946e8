import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { currentBackend, initBackend, parseBackendChoice } from '../../src/networks/backend.js';

describe('backend choice', () => {
  it('initialises wasm (SIMD) by default here, or what SPECTRAL_BACKEND asks for, and reports what ran', async () => {
    const info = await initBackend();
    const wanted = process.env.SPECTRAL_BACKEND;
    // tfjs-node cannot be installed on this machine, so the default order node → wasm lands on wasm.
    expect(info.name).toBe(wanted ?? 'wasm');
    expect(tf.getBackend()).toBe(info.name);
    if (info.name === 'wasm') expect(info.simd).toBe(true);
    expect(currentBackend()).toEqual(info);
  });

  it("an explicit 'node' fails loudly naming the missing package and leaves the current backend in place", async () => {
    const before = await initBackend();
    await expect(initBackend('node')).rejects.toThrow(/@tensorflow\/tfjs-node/);
    expect(currentBackend()).toEqual(before);
    expect(tf.getBackend()).toBe(before.name);
  });

  it('switches to the cpu backend on request and back', async () => {
    const before = await initBackend();
    expect((await initBackend('cpu')).name).toBe('cpu');
    expect(tf.getBackend()).toBe('cpu');
    expect((await initBackend(before.name)).name).toBe(before.name);
  });

  it('rejects an unknown backend name, naming the argument', () => {
    expect(() => parseBackendChoice('SPECTRAL_BACKEND', 'webgpu')).toThrow(/SPECTRAL_BACKEND must be one of wasm, cpu, node/);
  });
});
