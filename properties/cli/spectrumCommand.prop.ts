import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

async function run(argv: string[]): Promise<{ status: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { status, out, err };
}

const base = { kernel: 'ntk', 'sphere-dim': '3', 'max-degree': '4' };
const argv = (over: Record<string, string | undefined>) =>
  ['spectrum', ...Object.entries({ ...base, ...over }).flatMap(([k, v]) => (v === undefined ? [] : [`--${k}`, v]))];

describe('spectral-conformance spectrum', () => {
  it('prints {kernel, sphereDim, eigenvalues[{degree, value, multiplicity}]} with exact multiplicities', async () => {
    const { status, out } = await run([...argv({ 'sphere-dim': '10000', 'max-degree': '200' }), '--json']);
    expect(status).toBe(0);
    const text = out.join('');
    const parsed = JSON.parse(text) as { kernel: string; sphereDim: number; eigenvalues: { degree: number; multiplicity: number }[] };
    expect(parsed.kernel).toBe('ntk');
    expect(parsed.sphereDim).toBe(10000);
    expect(parsed.eigenvalues).toHaveLength(201);
    // N(10000, 3) = C(10002, 3) − C(10000, 3) written as an exact integer literal.
    expect(text).toContain('"degree":3,"value":0,"log10":null,"multiplicity":166766675000}');
  });

  it('gives log10 μ_k that equals log10 of the value where it is representable and stays finite below the float64 range', async () => {
    const { status, out } = await run([...argv({ 'sphere-dim': '10000', 'max-degree': '1200' }), '--json']);
    expect(status).toBe(0);
    const even = (JSON.parse(out.join('')) as { eigenvalues: { degree: number; value: number; log10: number | null }[] }).eigenvalues.filter((e) => e.degree % 2 === 0);
    for (const e of even.filter((x) => x.value > 1e-300)) expect(Math.abs(e.log10! - Math.log10(e.value)), `degree ${e.degree}`).toBeLessThan(1e-12 * Math.max(1, Math.abs(e.log10!)));
    const underflowed = even.filter((e) => e.value === 0);
    expect(underflowed.length).toBeGreaterThan(0);
    // Below the float64 range the even eigenvalues keep decreasing in log10.
    for (const [i, e] of underflowed.entries()) {
      expect(e.log10!).toBeLessThan(-307);
      if (i > 0) expect(e.log10!).toBeLessThan(underflowed[i - 1]!.log10!);
    }
  });

  it('prints a readable table without --json', async () => {
    const { status, out } = await run(argv({}));
    expect(status).toBe(0);
    expect(out.length).toBe(7);
    expect(out[2]).toMatch(/^\s+0\s+\d\.\d{16}e-\d+\s+-?\d+\.\d{15}\s+1$/);
  });

  const badCases: [Record<string, string | undefined>, RegExp][] = [
    [{ kernel: undefined }, /^spectral-conformance: --kernel is required: one of ntk\|arccos0\|arccos1$/],
    [{ kernel: 'rbf' }, /^spectral-conformance: --kernel must be one of ntk\|arccos0\|arccos1, got "rbf"$/],
    [{ 'sphere-dim': undefined }, /^spectral-conformance: --sphere-dim is required: an integer in \[1, 10000\]$/],
    [{ 'sphere-dim': '-1' }, /^spectral-conformance: --sphere-dim must be an integer in \[1, 10000\], got "-1"$/],
    [{ 'sphere-dim': '2.5' }, /^spectral-conformance: --sphere-dim must be an integer in \[1, 10000\], got "2\.5"$/],
    [{ 'sphere-dim': '10001' }, /^spectral-conformance: --sphere-dim must be an integer in \[1, 10000\], got "10001"$/],
    [{ 'max-degree': '-3' }, /^spectral-conformance: --max-degree must be an integer in \[0, 10000\], got "-3"$/],
    [{ 'max-degree': 'ten' }, /^spectral-conformance: --max-degree must be an integer in \[0, 10000\], got "ten"$/],
  ];
  for (const [over, message] of badCases) {
    it(`exits 2 with one line naming the flag: ${JSON.stringify(over)}`, async () => {
      const { status, out, err } = await run(argv(over));
      expect(status).toBe(2);
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(message);
    });
  }

  test.prop([fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 10_001 }), fc.double({ noInteger: true, noNaN: true }))])('any out-of-range sphere dimension exits 2', async (d) => {
    const { status, err } = await run(argv({ 'sphere-dim': String(d) }));
    expect(status).toBe(2);
    expect(err[0]).toMatch(/--sphere-dim must be an integer in \[1, 10000\]/);
  });

  it('an unknown flag exits 2 and lists the allowed flags', async () => {
    const { status, err } = await run([...argv({}), '--bogus']);
    expect(status).toBe(2);
    expect(err).toEqual(["spectral-conformance: Unknown option '--bogus' (allowed: --kernel, --sphere-dim, --max-degree, --json)"]);
  });
});
