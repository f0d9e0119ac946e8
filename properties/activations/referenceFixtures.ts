import { readFileSync } from 'node:fs';
import type { ActivationName } from '../../src/activations/activation.js';

/** fixtures/hermite-reference.json, written by fixtures/hermite_reference.py (mpmath, 40/25 digits). */
export interface HermiteReference {
  readonly maxDegree: number;
  readonly coefficients: Record<ActivationName, Record<'sigma' | 'sigmaPrime', CoefficientReference>>;
  readonly dualKernels: { readonly u: number[] } & Record<ActivationName, KernelReference>;
  readonly covariances: { readonly triples: { q1: number; q2: number; c: number }[] } & Record<ActivationName, KernelReference>;
  /** Per activation: the 24-point rule's error, estimated as the square of the 12- vs 24-point difference. */
  readonly estimatedError: Record<'coefficients' | 'kernels', Record<ActivationName, number>>;
}

export interface CoefficientReference {
  readonly orthonormal: number[];
  readonly paper: number[];
  /** E[f(w)²], w ∼ N(0, 1). */
  readonly secondMoment: number;
}

export interface KernelReference {
  readonly psi0: number[];
  readonly psi1: number[];
}

/** fixtures/error-function-reference.json, written by fixtures/error_function_reference.py. */
export interface ErrorFunctionReference {
  readonly rows: [x: number, erf: number, erfc: number, phi: number][];
}

function readFixture<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8')) as T;
}

export const hermiteReference = (): HermiteReference => readFixture('hermite-reference.json');
export const errorFunctionReference = (): ErrorFunctionReference => readFixture('error-function-reference.json');
