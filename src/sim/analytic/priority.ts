/**
 * Non-preemptive priority queues by Cobham's formula: M/G/1 with per-class service times,
 * and M/M/c with one service rate for all classes. Class 1 (index 0) has the highest
 * priority; FCFS within a class.
 */
import { ParameterError, integer, nonNegative, positive } from '../errors.ts';
import { erlangC } from './erlang.ts';

/**
 * One class of an M/G/1 priority queue: its arrival rate, mean service time, and either the
 * squared coefficient of variation of its service time or its second moment E[S²].
 */
export type PriorityClassMG1 =
  | { readonly lambda: number; readonly meanService: number; readonly scv: number; readonly secondMoment?: undefined }
  | { readonly lambda: number; readonly meanService: number; readonly secondMoment: number; readonly scv?: undefined };

/** Steady-state means of one priority class. */
export interface PriorityClassResult {
  /** False when σ_k = ρ_1 + … + ρ_k >= 1: this class (and every lower one) starves. */
  readonly stable: boolean;
  /** ρ_k, this class's share of the capacity (λ_k·E[S_k], or λ_k/(cμ) for M/M/c). */
  readonly utilisation: number;
  /** Mean wait in queue W_k; Infinity when not stable. */
  readonly meanWait: number;
  /** W_k plus the class's mean service time; Infinity when not stable. */
  readonly meanSojourn: number;
}

/** Per-class results, in the order the classes were given (highest priority first). */
export interface PriorityResult {
  readonly classes: readonly PriorityClassResult[];
  /** ρ = Σ ρ_k (may exceed 1). */
  readonly utilisation: number;
  /** True when every class is stable (ρ < 1). */
  readonly allStable: boolean;
}

/**
 * Cobham's formula for the non-preemptive M/G/1 priority queue:
 * W_k = W0/((1 − σ_{k−1})(1 − σ_k)), σ_k = Σ_{i<=k} ρ_i, W0 = Σ_i λ_i·E[S_i²]/2 (the mean
 * residual work of the job in service seen by an arrival).
 *
 * When ρ >= 1, let m be the first class with σ_m >= 1. Classes k >= m get Infinity and
 * `stable: false`. Classes above m still have finite waits, but the server is then always
 * busy and serves class m only with the capacity left over, (1 − σ_{m−1}), and lower classes
 * never; so W0 is taken over the work actually served,
 * W0 = Σ_{i<m} λ_i·E[S_i²]/2 + (1 − σ_{m−1})·E[S_m²]/(2E[S_m]). This equals the usual W0 at
 * σ_m = 1, so the waits of the stable classes are continuous there and stay constant as the
 * overload grows.
 *
 * @param classes non-empty; each with lambda >= 0, meanService > 0, and either scv >= 0 or
 *   secondMoment >= meanService² (all finite)
 */
export function priorityMG1(classes: readonly PriorityClassMG1[]): PriorityResult {
  nonEmptyArray('classes', classes);
  const lambdas: number[] = [];
  const means: number[] = [];
  const second: number[] = [];
  classes.forEach((cls, i) => {
    const at = `classes[${i}]`;
    if (typeof cls !== 'object' || cls === null) {
      throw new ParameterError(
        at,
        cls,
        'an object { lambda, meanService, scv | secondMoment }',
        '对象 { lambda, meanService, scv 或 secondMoment }',
      );
    }
    lambdas.push(nonNegative(`${at}.lambda`, cls.lambda));
    const mean = positive(`${at}.meanService`, cls.meanService);
    means.push(mean);
    const hasScv = cls.scv !== undefined;
    const hasSecond = cls.secondMoment !== undefined;
    if (hasScv === hasSecond) {
      throw new ParameterError(
        at,
        cls,
        'exactly one of scv and secondMoment',
        'scv 与 secondMoment 必须且只能给出一个',
      );
    }
    if (hasScv) {
      second.push(mean * mean * (1 + nonNegative(`${at}.scv`, cls.scv as number)));
    } else {
      const m2 = cls.secondMoment as number;
      // E[S²] >= E[S]² for any distribution; the relative slack forgives rounding in callers.
      if (typeof m2 !== 'number' || !Number.isFinite(m2) || m2 < mean * mean * (1 - 1e-12)) {
        throw new ParameterError(
          `${at}.secondMoment`,
          m2,
          `a finite number >= meanService² (${mean * mean})`,
          `不小于 meanService² (${mean * mean}) 的有限数值`,
        );
      }
      second.push(m2);
    }
  });

  const rhos = lambdas.map((l, i) => l * means[i]);
  let residual = 0;
  let sigma = 0;
  for (let i = 0; i < rhos.length; i++) {
    if (sigma + rhos[i] >= 1) {
      residual += ((1 - sigma) * second[i]) / (2 * means[i]);
      break;
    }
    residual += (lambdas[i] * second[i]) / 2;
    sigma += rhos[i];
  }
  return cobham(rhos, residual, means);
}

/**
 * Non-preemptive priorities in M/M/c where every class has the same service rate μ:
 * W_k = C(c, A)/(cμ·(1 − σ_{k−1})(1 − σ_k)), A = Σ λ_i/μ, σ_k = Σ_{i<=k} λ_i/(cμ).
 * C/(cμ) is the mean time until some server frees for an arrival, and it is the same
 * whichever class is in service because service is exponential with one rate.
 *
 * Classes with σ_k >= 1 get Infinity and `stable: false`. When A >= c the higher classes
 * keep finite waits with C = 1 (all servers always busy), which is exactly what `erlangC`
 * returns there.
 *
 * @param lambdas arrival rate of each class, highest priority first; non-empty, finite, >= 0
 * @param mu common service rate per server, finite and > 0
 * @param c number of servers, an integer >= 1
 */
export function priorityMMc(lambdas: readonly number[], mu: number, c: number): PriorityResult {
  nonEmptyArray('lambdas', lambdas);
  lambdas.forEach((l, i) => nonNegative(`lambdas[${i}]`, l));
  positive('mu', mu);
  integer('c', c, 1);
  const capacity = c * mu;
  const A = lambdas.reduce((sum, l) => sum + l, 0) / mu;
  const residual = erlangC(c, A) / capacity;
  return cobham(
    lambdas.map((l) => l / capacity),
    residual,
    lambdas.map(() => 1 / mu),
  );
}

function cobham(rhos: readonly number[], residual: number, meanService: readonly number[]): PriorityResult {
  let sigma = 0;
  const classes = rhos.map((rho, i): PriorityClassResult => {
    const before = sigma;
    sigma += rho;
    if (!(sigma < 1)) {
      return { stable: false, utilisation: rho, meanWait: Infinity, meanSojourn: Infinity };
    }
    const meanWait = residual / ((1 - before) * (1 - sigma));
    return { stable: true, utilisation: rho, meanWait, meanSojourn: meanWait + meanService[i] };
  });
  return { classes, utilisation: sigma, allStable: sigma < 1 };
}

function nonEmptyArray(param: string, value: unknown): void {
  if (!Array.isArray(value) || value.length === 0) {
    throw new ParameterError(param, value, 'a non-empty array', '非空数组');
  }
}
