/**
 * Erlang B, Erlang C, the M/M/c queue and square-root staffing.
 *
 * Notation: λ arrival rate, μ service rate per server, A = λ/μ offered load in Erlangs,
 * c servers. Every function checks its arguments and throws `ParameterError` naming the
 * parameter at fault.
 */
import { normalCdf } from '../math/normal.ts';
import { finite, integer, nonNegative, positive, probability } from '../errors.ts';

/**
 * Erlang B: the blocking probability of the M/M/c/c loss system (equivalently of any
 * M/G/c/c, by insensitivity) with `c` servers offered `A` Erlangs.
 *
 * Definition: B(c, A) = (A^c/c!) / Σ_{k=0..c} A^k/k!.
 *
 * Computed by the forward recursion B_0 = 1, B_k = A·B_{k−1} / (k + A·B_{k−1}); every
 * intermediate is in [0, 1], so nothing overflows, and the recursion is numerically stable
 * (relative error grows at most linearly in c). Cost O(c). Guarantees a value in [0, 1];
 * B(c, 0) = 0.
 *
 * @param c number of servers, an integer >= 1
 * @param A offered load in Erlangs, finite and >= 0
 */
export function erlangB(c: number, A: number): number {
  integer('c', c, 1);
  nonNegative('A', A);
  return erlangBUnchecked(c, A);
}

function erlangBUnchecked(c: number, A: number): number {
  let b = 1;
  for (let k = 1; k <= c; k++) {
    const ab = A * b;
    b = ab / (k + ab);
  }
  return b;
}

/**
 * Erlang C: the probability that an arrival to the M/M/c queue has to wait, P(Wq > 0).
 *
 * Definition (for A < c): C(c, A) = c·B / (c − A·(1 − B)) with B = B(c, A).
 *
 * For A >= c the queue has no steady state and every arrival eventually finds all servers
 * busy, so this returns 1. That convention keeps formulas of the form C/(cμ(…)) meaningful
 * at the boundary (see `priority.ts`); use `mmc()` to learn whether the queue is stable.
 * Guarantees a value in [0, 1].
 *
 * @param c number of servers, an integer >= 1
 * @param A offered load in Erlangs, finite and >= 0
 */
export function erlangC(c: number, A: number): number {
  integer('c', c, 1);
  nonNegative('A', A);
  return erlangCUnchecked(c, A);
}

function erlangCUnchecked(c: number, A: number): number {
  if (A >= c) return 1;
  const b = erlangBUnchecked(c, A);
  // Rounding can push the ratio a hair above 1 as A approaches c.
  return Math.min(1, (c * b) / (c - A * (1 - b)));
}

/** Steady-state measures of the M/M/c queue (FCFS, infinite waiting room, no abandonment). */
export interface MMcResult {
  /** True when A < c; only then do the means below exist (otherwise they are Infinity). */
  readonly stable: boolean;
  /** A = λ/μ, in Erlangs. */
  readonly offeredLoad: number;
  /** ρ = A/c. It is the share of time a server is busy when stable; it may exceed 1 when not. */
  readonly utilisation: number;
  /** P(Wq > 0), Erlang C; 1 when unstable. */
  readonly pWait: number;
  /** Wq = C/(cμ − λ), the mean wait in queue over all arrivals; Infinity when unstable. */
  readonly meanWait: number;
  /** Lq = λ·Wq; Infinity when unstable. */
  readonly meanQueue: number;
  /** W = Wq + 1/μ; Infinity when unstable. */
  readonly meanSojourn: number;
  /** L = λ·W = Lq + A; Infinity when unstable. */
  readonly meanInSystem: number;
  /**
   * P(Wq > t) = C·e^{−(cμ−λ)t} for t >= 0 (the wait is 0 with probability 1 − C and
   * otherwise exponential with rate cμ − λ); 1 when unstable.
   */
  waitExceeds(t: number): number;
  /**
   * The p-quantile of Wq: the least t >= 0 with P(Wq <= t) >= p. It is 0 when p <= 1 − C,
   * otherwise ln(C/(1 − p))/(cμ − λ), and Infinity for p = 1 (when C > 0). When unstable it
   * is Infinity for every p > 0 (and 0 for p = 0).
   */
  waitQuantile(p: number): number;
}

/**
 * The M/M/c queue in steady state, from Erlang C. Never returns NaN or a negative mean:
 * when A >= c the queue is unstable, `stable` is false, the means are Infinity, `pWait` and
 * `waitExceeds(t)` are 1.
 *
 * @param lambda arrival rate λ, finite and >= 0
 * @param mu service rate per server μ, finite and > 0 (same time unit as λ)
 * @param c number of servers, an integer >= 1
 */
export function mmc(lambda: number, mu: number, c: number): MMcResult {
  nonNegative('lambda', lambda);
  positive('mu', mu);
  integer('c', c, 1);
  const A = lambda / mu;
  // μ(c − A) rather than cμ − λ: it is positive whenever A < c is, so rounding cannot make
  // a queue we call stable have a negative drift.
  const drift = mu * (c - A);
  const stable = A < c && drift > 0;
  const utilisation = A / c;
  if (!stable) {
    return {
      stable: false,
      offeredLoad: A,
      utilisation,
      pWait: 1,
      meanWait: Infinity,
      meanQueue: Infinity,
      meanSojourn: Infinity,
      meanInSystem: Infinity,
      waitExceeds(t: number): number {
        nonNegative('t', t);
        return 1;
      },
      waitQuantile(p: number): number {
        probability('p', p);
        return p === 0 ? 0 : Infinity;
      },
    };
  }
  const C = erlangCUnchecked(c, A);
  const meanWait = C / drift;
  const meanQueue = lambda * meanWait;
  return {
    stable: true,
    offeredLoad: A,
    utilisation,
    pWait: C,
    meanWait,
    meanQueue,
    meanSojourn: meanWait + 1 / mu,
    meanInSystem: meanQueue + A,
    waitExceeds(t: number): number {
      nonNegative('t', t);
      return C * Math.exp(-drift * t);
    },
    waitQuantile(p: number): number {
      probability('p', p);
      if (p <= 1 - C) return 0;
      if (p === 1) return Infinity;
      // ln C − ln(1 − p) with log1p keeps precision for p close to 1 − C and to 1.
      return Math.max(0, (Math.log(C) - Math.log1p(-p)) / drift);
    },
  };
}

/**
 * Square-root staffing: c = ⌈A + β·√A⌉, at least 1.
 *
 * β > 0 is the quality-of-service parameter of the Halfin–Whitt (QED) regime; the delay
 * probability then tends to `halfinWhittDelay(β)` as A grows. For β > 0 the result is always
 * > A, so the M/M/c queue it staffs is stable. β <= 0 is accepted (it is meaningful for
 * queues with abandonment) but then c may be <= A.
 *
 * A + β√A within 1e-12 (relative) of an integer counts as that integer, so that rounding in
 * the sum cannot add a server (e.g. A = 100, β = 1 gives 110, not 111).
 *
 * @param A offered load in Erlangs, finite and >= 0
 * @param beta finite
 */
export function squareRootStaffing(A: number, beta: number): number {
  nonNegative('A', A);
  finite('beta', beta);
  const target = A + beta * Math.sqrt(A);
  let c = Math.ceil(target - 1e-12 * Math.max(1, Math.abs(target)));
  if (beta > 0 && c <= A) c = Math.floor(A) + 1;
  return Math.max(1, c);
}

/**
 * The Halfin–Whitt limit of the M/M/c delay probability: with c = A + β√A servers,
 * C(c, A) → [1 + β·Φ(β)/φ(β)]⁻¹ as A → ∞ (β > 0 fixed). Returns 1 at β = 0 (the limit of
 * the formula, and of Erlang C as β ↓ 0). Accuracy is that of `normalCdf` (about 1e-15),
 * not that of the approximation itself, whose error for finite A is O(1/√A).
 *
 * @param beta finite and >= 0
 */
export function halfinWhittDelay(beta: number): number {
  nonNegative('beta', beta);
  if (beta === 0) return 1;
  // Φ(β)/φ(β) = Φ(β)·√(2π)·e^{β²/2}; for large β the exponential overflows to Infinity
  // and the result correctly becomes 0.
  const millsLike = normalCdf(beta) * Math.sqrt(2 * Math.PI) * Math.exp((beta * beta) / 2);
  return 1 / (1 + beta * millsLike);
}
