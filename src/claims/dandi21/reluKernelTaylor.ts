/**
 * Taylor coefficients of relu's two layer-wise kernels (Dandi & Jacot eqs. (8)–(9) with σ = relu, unit
 * pre-activation variance) in closed form, independent of any Hermite expansion:
 *
 *   ψ₁(u) = E[σ'σ'] = (π − arccos u)/(2π) = 1/4 + arcsin(u)/(2π),
 *   ψ₀(u) = E[σσ]  = (√(1 − u²) + πu/2 + u·arcsin u)/(2π),
 *
 * with arcsin u = Σ_k s_k u^{2k+1}, s_k = (2k)!/(4^k (k!)² (2k + 1)), and √(1 − u²) = Σ_k b_k u^{2k},
 * b_k = (−1)^k·C(1/2, k). Hence κ⁽⁰⁾ = u·ψ₁ has c⁽⁰⁾_1 = 1/4, c⁽⁰⁾_{2k+2} = s_k/(2π), and κ⁽¹⁾ = ψ₀ has
 * c⁽¹⁾_0 = 1/(2π), c⁽¹⁾_1 = 1/4, c⁽¹⁾_{2k+2} = (b_{k+1} + s_k)/(2π); odd powers ≥ 3 vanish in both.
 * Each coefficient is a product of ≤ 2k + 4 rationals: relative rounding ≤ (4k + 8)ε.
 * Returns [c⁽⁰⁾_i, c⁽¹⁾_i].
 */
export function reluKernelTaylor(i: number): readonly [number, number] {
  if (i === 0) return [0, 1 / (2 * Math.PI)];
  if (i === 1) return [0.25, 0.25];
  if (i % 2 === 1) return [0, 0];
  const k = (i - 2) / 2;
  let s = 1; // s_k·(2k + 1) = (2k)!/(4^k (k!)²), built as a product
  for (let j = 1; j <= k; j++) s *= (2 * j - 1) / (2 * j);
  let b = 1; // b_{k+1} = (−1)^{k+1}·C(1/2, k + 1) = Π_{j≤k} (j − 1/2)/(j + 1)
  for (let j = 0; j <= k; j++) b *= (j - 0.5) / (j + 1);
  const sk = s / (2 * k + 1);
  return [sk / (2 * Math.PI), (b + sk) / (2 * Math.PI)];
}
