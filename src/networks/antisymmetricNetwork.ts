import { signedCombination, type FullyConnectedNetwork, type FullyConnectedOptions } from './fullyConnectedNetwork.js';

/**
 * The antisymmetric initialisation trick (Zhang et al. 2020) as Bowman & Montúfar §2.3 state it:
 *
 *   f_ASI(x; θ̃) = (1/√2)·f(x; θ) − (1/√2)·f(x; θ'),   θ̃ = (θ, θ'),   θ̃₀ = (θ₀, θ₀),  θ₀ ∼ N(0, I),
 *
 * with θ and θ' then optimised freely. So f_ASI(·; θ̃₀) ≡ 0, and the NTK at initialisation is unchanged:
 * ∇_θ f_ASI = ∇f(θ)/√2, ∇_θ' f_ASI = −∇f(θ')/√2, hence K_ASI = ½K(θ₀) + ½K(θ₀) = K(θ₀) (per layer too).
 * Any fully connected network (any depth, width, activation, trained layer) can be wrapped.
 */
export function antisymmetricNetwork(options: FullyConnectedOptions): FullyConnectedNetwork {
  return signedCombination(options, [Math.SQRT1_2, -Math.SQRT1_2]);
}
