import type * as tf from '@tensorflow/tfjs';
import { requireFinite } from '../numerics/validate.js';
import { clampUnit } from '../sphere/gegenbauer.js';
import type { Activation, ActivationName, HermiteConvention } from './activation.js';
import { hermiteInConvention } from './hermiteInConvention.js';

/** What one activation file supplies; `defineActivation` adds argument checks, clamping and caching. */
export interface ActivationDefinition {
  readonly name: ActivationName;
  readonly smooth: boolean;
  readonly sigma: (x: number) => number;
  readonly sigmaPrime: (x: number) => number;
  readonly tensor: (x: tf.Tensor) => tf.Tensor;
  readonly tensorPrime: (x: tf.Tensor) => tf.Tensor;
  /** Orthonormal Hermite coefficients h_0..h_60 of σ (called at most once). */
  readonly hermite: () => number[];
  /** Orthonormal Hermite coefficients h'_0..h'_60 of σ' (called at most once). */
  readonly hermitePrime: () => number[];
  /** E[σ(z₁)σ(z₂)] for z₁ = √q1·x, z₂ = √q2·(ρx + √(1 − ρ²)y); receives q1, q2 > 0 and ρ ∈ [−1, 1]. */
  readonly psi0: (q1: number, q2: number, rho: number) => number;
  /** The same expectation for σ'. */
  readonly psi1: (q1: number, q2: number, rho: number) => number;
}

function requireVariance(name: string, q: number): void {
  if (!(Number.isFinite(q) && q > 0)) throw new RangeError(`${name} must be a finite number > 0, got ${String(q)}`);
}

/** ρ = c/√(q1·q2) after checking q1, q2 > 0; |ρ| ≤ 1 + 1e−12 is clamped to [−1, 1], beyond is a RangeError. */
function correlation(q1: number, q2: number, c: number): number {
  requireVariance('q1', q1);
  requireVariance('q2', q2);
  requireFinite('c', c);
  return clampUnit('c/√(q1·q2)', c / Math.sqrt(q1 * q2));
}

/** Cache one coefficient vector per convention, frozen so no caller can corrupt the shared copy. */
function cachedHermite(compute: () => number[]): (convention: HermiteConvention) => readonly number[] {
  const cache = new Map<HermiteConvention, readonly number[]>();
  return (convention) => {
    const hit = cache.get(convention);
    if (hit) return hit;
    const orthonormal = cache.get('orthonormal') ?? Object.freeze(compute());
    cache.set('orthonormal', orthonormal);
    const result = convention === 'orthonormal' ? orthonormal : Object.freeze(hermiteInConvention(orthonormal, convention));
    cache.set(convention, result);
    return result;
  };
}

/** Build the `Activation` record from its definition. */
export function defineActivation(def: ActivationDefinition): Activation {
  return {
    name: def.name,
    smooth: def.smooth,
    sigma: def.sigma,
    sigmaPrime: def.sigmaPrime,
    tensor: def.tensor,
    tensorPrime: def.tensorPrime,
    hermite: cachedHermite(def.hermite),
    hermitePrime: cachedHermite(def.hermitePrime),
    psi0: (u) => def.psi0(1, 1, clampUnit('u', u)),
    psi1: (u) => def.psi1(1, 1, clampUnit('u', u)),
    psi0Covariance: (q1, q2, c) => def.psi0(q1, q2, correlation(q1, q2, c)),
    psi1Covariance: (q1, q2, c) => def.psi1(q1, q2, correlation(q1, q2, c)),
  };
}
