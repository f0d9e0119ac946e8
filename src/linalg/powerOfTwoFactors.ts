/**
 * Two factors f₁ = 2^⌊e/2⌋ and f₂ = 2^(e − ⌊e/2⌋) with x·f₁·f₂ = x·2^e, exact whenever the result is a
 * normal double. A single factor 2^e would overflow for e ≥ 1024 (e.g. scaling a matrix of subnormal
 * entries up to unit size) or underflow for e < −1074; the two halves are representable for |e| ≤ 2098.
 */
export function powerOfTwoFactors(e: number): readonly [number, number] {
  const half = Math.floor(e / 2);
  return [2 ** half, 2 ** (e - half)];
}
