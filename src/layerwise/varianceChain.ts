import type { Activation } from '../activations/activation.js';
import { requireFinite, requireInteger } from '../numerics/validate.js';

/**
 * The diagonal of the covariance recursion of `layerwiseNtkEntry`: Σ⁽1⁾(x, x) = ‖x‖² and
 * Σ⁽ℓ+1⁾(x, x) = E[σ(z)²], z ∼ N(0, Σ⁽ℓ⁾(x, x)), for ℓ = 1..L−2. Returns Σ⁽ℓ⁾(x, x), ℓ = 1..L−1 (index
 * ℓ − 1). On the unit sphere it is the same for every x, which makes every Θ⁽ℓ⁾ a dot-product kernel.
 */
export function varianceChain(activation: Activation, depth: number, squaredNorm: number): Float64Array {
  requireInteger('depth', depth, 2, 64);
  requireFinite('squaredNorm', squaredNorm, Number.MIN_VALUE);
  const q = new Float64Array(depth - 1);
  q[0] = squaredNorm;
  for (let l = 1; l < depth - 1; l++) {
    const prev = q[l - 1]!;
    q[l] = activation.psi0Covariance(prev, prev, prev);
    if (!(q[l]! > 0)) throw new RangeError(`the layer-${l + 1} variance vanished (σ ≡ 0 on the support?): got ${q[l]}`);
  }
  return q;
}
