/**
 * The M/G/1 queue (FCFS) by the Pollaczek–Khinchine formula, and M/D/1 as its special case.
 */
import { nonNegative, positive } from '../errors.ts';

/** Steady-state means of M/G/1. Times are in the unit of `meanService`, λ in its inverse. */
export interface MG1Result {
  /** True when ρ = λ·E[S] < 1; otherwise the means are Infinity. */
  readonly stable: boolean;
  /** ρ = λ·E[S]: the busy share of the server when stable; may exceed 1 when not. */
  readonly utilisation: number;
  /** Wq = λ·E[S²]/(2(1 − ρ)), E[S²] = E[S]²(1 + scv). */
  readonly meanWait: number;
  /** Lq = λ·Wq. */
  readonly meanQueue: number;
  /** W = Wq + E[S]. */
  readonly meanSojourn: number;
  /** L = λ·W = Lq + ρ. */
  readonly meanInSystem: number;
}

/**
 * M/G/1 by Pollaczek–Khinchine: Wq = λ·E[S²]/(2(1 − ρ)) with E[S²] = E[S]²·(1 + scv).
 * Only the first two moments of the service time matter. When ρ >= 1, `stable` is false and
 * every mean is Infinity (never negative or NaN).
 *
 * @param lambda arrival rate λ, finite and >= 0
 * @param meanService mean service time E[S], finite and > 0
 * @param scv squared coefficient of variation of S, Var[S]/E[S]², finite and >= 0
 *   (0 deterministic, 1 exponential)
 */
export function mg1(lambda: number, meanService: number, scv: number): MG1Result {
  nonNegative('lambda', lambda);
  positive('meanService', meanService);
  nonNegative('scv', scv);
  const rho = lambda * meanService;
  if (!(rho < 1)) {
    return {
      stable: false,
      utilisation: rho,
      meanWait: Infinity,
      meanQueue: Infinity,
      meanSojourn: Infinity,
      meanInSystem: Infinity,
    };
  }
  // ρ·E[S]·(1 + scv)/2 is λ·E[S²]/2 written so that E[S]² cannot overflow on its own.
  const meanWait = (rho * meanService * (1 + scv)) / (2 * (1 - rho));
  const meanQueue = lambda * meanWait;
  return {
    stable: true,
    utilisation: rho,
    meanWait,
    meanQueue,
    meanSojourn: meanWait + meanService,
    meanInSystem: meanQueue + rho,
  };
}

/**
 * M/D/1 (constant service time): `mg1(lambda, serviceTime, 0)`, so Wq = ρ·D/(2(1 − ρ)).
 *
 * @param lambda arrival rate λ, finite and >= 0
 * @param serviceTime the constant service time D, finite and > 0
 */
export function md1(lambda: number, serviceTime: number): MG1Result {
  nonNegative('lambda', lambda);
  positive('serviceTime', serviceTime);
  return mg1(lambda, serviceTime, 0);
}
