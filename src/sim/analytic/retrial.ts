/**
 * Erlang A with redials (the 12366 hotline): the fixed-point approximation of Aguir,
 * Karaesmen, Akşin and Chauvet, "The impact of retrials on call center performance",
 * OR Spectrum 26 (2004) 353–376.
 *
 * Model. Fresh calls arrive as a Poisson stream of rate λ0 at c servers (service rate μ
 * each, FCFS queue). Every attempt has an Exp(θ) patience; a caller whose patience runs out
 * while waiting redials with probability p after an Exp(δ) delay (the "orbit") and gives up
 * for good otherwise. With p = 0 this is Erlang A. The exact model is the 2-D Markov chain
 * of `erlangARedialCtmc` (retrial-ctmc.ts).
 *
 * The approximation treats the merged stream of fresh calls and redials as one Poisson
 * stream of rate λ, independent of the state of the queue, so the hall is Erlang A at rate
 * λ, and asks the redial flow to balance: λ = λ0 + p·g(λ) with g(λ) = λ·P_ab(λ) = θ·Lq(λ)
 * the abandonment rate of Erlang A. It does not need δ: the redial delay only moves the
 * orbit's mean size (R/δ by Little's law, R = λ − λ0).
 *
 * When it is good. Redials arrive at rate m·δ with m the orbit size, not as a Poisson stream.
 * As δ → 0 with everything else fixed, the orbit holds about R/δ callers, and its size moves
 * by O(1) per unit time while the hall mixes in O(1): m·δ equals R up to fluctuations of
 * O(√δ) that barely change while the hall mixes and barely depend on its current state. The
 * redial stream tends to a Poisson stream of rate R independent of the hall, so the
 * approximation is exact in the limit of slow redials (in steady state: the orbit takes a
 * time of order 1/δ to settle, which matters when the load changes within the day). It is
 * at its worst as δ → ∞: a redial then comes right after an abandonment, i.e. exactly when
 * every agent is busy (the hall tends to Erlang A at rate λ0 with patience rate (1 − p)θ).
 * The CTMC confirms both ends and a monotone error in between; for c = 5, μ = 1, λ0 = 5.5,
 * θ = 0.5, p = 0.5 the share of fresh callers served is overstated by 0.0003 at δ = 0.01,
 * 0.0014 at δ = 0.05, 0.010 at δ = 1, 0.015 at δ = 20 and 0.0155 in the limit, and P_ab per
 * attempt understated by 0.8% (δ = 0.05) to 8% (δ = 20) of its value; the error is about
 * linear in δ for small δ (table in retrial-ctmc.test.ts).
 *
 * Existence and uniqueness. Let X(λ) = λ − g(λ) = μ·E[min(N, c)] be the throughput of
 * Erlang A. The stationary law p_k ∝ λ^k/Π d_i has likelihood ratio p_k(λ')/p_k(λ) ∝
 * (λ'/λ)^k increasing in k for λ' > λ, so N increases strictly in the stochastic order; as
 * (k − c)⁺ and min(k, c) are nondecreasing and not constant on the support, both g and X are
 * continuous and strictly increasing. (That g increases makes the map λ ↦ λ0 + p·g(λ)
 * monotone, but alone it would allow several roots were g to rise faster than 1/p; what
 * settles uniqueness is that X = λ − g increases, i.e. g' < 1 <= 1/p.) The equation reads
 * F(λ) = (1 − p)·λ + p·X(λ) = λ0 with F strictly increasing, so there is at most one root,
 * and F(λ0) <= λ0 because X(λ0) <= λ0. Bounds:
 * - p < 1: F(λ) → ∞. At λ_hi = (λ0 − p·X(λ0))/(1 − p) >= λ0, F(λ_hi) = λ0 + p·(X(λ_hi) −
 *   X(λ0)) >= λ0, so the root lies in [λ0, λ_hi] ⊂ [λ0, λ0/(1 − p)]. Equivalently
 *   λ = λ0/(1 − p·P_ab(λ)) with P_ab < 1: what keeps the fixed point finite as p·P_ab
 *   approaches 1 is that the abandonment probability stays below 1 (the throughput, not the
 *   abandonment rate, is what is bounded: X < cμ while g(λ) ≈ λ − cμ grows without bound).
 * - p = 1: F = X increases to cμ, so a root exists iff λ0 < cμ; otherwise no fresh caller
 *   ever gives up, the orbit grows without bound, and a ParameterError names
 *   `redialProbability`.
 *
 * How it is solved. The bracket [λ0, hi] is found by doubling from λ0 (hi capped at λ_hi
 * when p < 1), so F is never evaluated beyond twice the root. Then Illinois regula falsi,
 * which moves both ends, with a bisection whenever the bracket failed to halve over two
 * steps, until the bracket is within 1e-13 relative: 3 to 30 Erlang A evaluations in the
 * cases tried, about 10 typically. Each F is one `erlangA` call, so the root is as accurate
 * as Erlang A allows; if the total rate needs more than 10^7 queue states, Erlang A's error
 * is turned into a ParameterError on `redialProbability`.
 *
 * Guarantees: finite values in their natural ranges; with p = 0 the per-attempt measures
 * are exactly `erlangA(λ0, …)`'s; with λ0 = 0 the hall is empty (shares of fresh callers
 * are then their λ0 → 0 limits: all served at once, one attempt each).
 */
import { ParameterError, integer, nonNegative, positive, probability } from '../errors.ts';
import { answeredWithin, erlangA } from './erlang-a.ts';

/** The hotline: c servers, Erlang A patience, redials after abandonment. */
export interface ErlangARedialInput {
  /** c, the number of agents, an integer >= 1. */
  readonly servers: number;
  /** μ, service rate per agent, finite and > 0. */
  readonly mu: number;
  /** λ0, the rate of fresh (first) calls, finite and >= 0. */
  readonly freshRate: number;
  /** θ, patience rate per waiting attempt (1/mean patience), finite and > 0. */
  readonly theta: number;
  /** p, the probability that a caller who abandons redials, in [0, 1]. */
  readonly redialProbability: number;
  /** Target waits T (finite, >= 0) for the service level `answeredWithin`; default none. */
  readonly answerWithin?: readonly number[];
}

/** Steady-state measures of the hotline. Rates share one time unit. */
export interface RedialResult {
  /** λ, the rate of all attempts, fresh and redials. */
  readonly attemptRate: number;
  /** R = λ − λ0, the rate of redial attempts. */
  readonly redialRate: number;
  /** Per attempt: P(the attempt must wait). */
  readonly pWait: number;
  /** Per attempt: P(the attempt abandons) = abandonment rate/λ. */
  readonly pAbandon: number;
  /** Mean busy agents/c. */
  readonly utilisation: number;
  /** Rate of answered calls. */
  readonly throughput: number;
  /** Per attempt, in the order of `answerWithin`: P(answered with wait <= T). */
  readonly answeredWithin: readonly number[];
  /** Per fresh caller: share eventually answered, throughput/λ0. */
  readonly servedShare: number;
  /** Per fresh caller: share who give up for good, (1 − p)·abandonment rate/λ0. */
  readonly gaveUpShare: number;
  /** Per fresh caller: mean number of attempts, λ/λ0. */
  readonly meanAttempts: number;
  /** Share of attempts that are redials, R/λ. */
  readonly redialShare: number;
}

/** The checked model, in the notation of the module comment. */
export interface RedialModel {
  readonly c: number;
  readonly mu: number;
  readonly lambda0: number;
  readonly theta: number;
  readonly p: number;
  readonly targets: readonly number[];
}

/** Checks the input fields (shared with retrial-ctmc.ts); throws ParameterError naming the field. */
export function checkRedialInput(input: ErlangARedialInput): RedialModel {
  if (typeof input !== 'object' || input === null) {
    throw new ParameterError(
      'input',
      input,
      'an object { servers, mu, freshRate, theta, redialProbability }',
      '对象 { servers, mu, freshRate, theta, redialProbability }',
    );
  }
  const c = integer('servers', input.servers, 1);
  const mu = positive('mu', input.mu);
  const lambda0 = nonNegative('freshRate', input.freshRate);
  const theta = positive('theta', input.theta);
  const p = probability('redialProbability', input.redialProbability);
  const raw = input.answerWithin ?? [];
  if (!Array.isArray(raw)) throw new ParameterError('answerWithin', raw, 'an array of waits', '等待时间数组');
  const targets = raw.map((T, i) => nonNegative(`answerWithin[${i}]`, T));
  if (p === 1 && lambda0 >= c * mu) throw unstable(p);
  return { c, mu, lambda0, theta, p, targets };
}

function unstable(p: number): ParameterError {
  return new ParameterError(
    'redialProbability',
    p,
    'a number in [0, 1), or 1 only when freshRate < servers·mu (else the orbit grows without bound)',
    '[0, 1) 之间的数值；仅当 freshRate < servers·mu 时可取 1（否则重拨队列无限增长）',
  );
}

const RELATIVE_TOLERANCE = 1e-13;
const MAX_STEPS = 200;

/**
 * The fixed-point approximation (module comment): the hall is Erlang A at the total attempt
 * rate λ solving λ = λ0 + p·λ·P_ab(λ), found by a safeguarded bracketing method to 1e-13
 * relative. Per-attempt measures are Erlang A's at λ (by PASTA, as the merged stream is
 * taken to be Poisson); per-fresh-caller measures follow by flow balance. Throws
 * ParameterError naming the field at fault, on `redialProbability` = 1 with freshRate >=
 * servers·mu (no steady state), and on `redialProbability` when λ is beyond Erlang A's range.
 */
export function erlangARedial(input: ErlangARedialInput): RedialResult {
  const model = checkRedialInput(input);
  const { c, mu, lambda0, theta, p, targets } = model;
  if (lambda0 === 0) return emptyHall(targets);
  const lambda = totalAttemptRate(model);
  const a = erlangA(lambda, mu, c, theta);
  // p·g(λ) rather than λ − λ0, which would lose the digits of a small redial rate.
  const redialRate = p * lambda * a.pAbandon;
  return {
    attemptRate: lambda,
    redialRate,
    pWait: a.pWait,
    pAbandon: a.pAbandon,
    utilisation: a.utilisation,
    throughput: a.throughput,
    answeredWithin: targets.map((T) => answeredWithin(lambda, mu, c, theta, T).ofAll),
    servedShare: Math.min(1, a.throughput / lambda0),
    gaveUpShare: (lambda * a.pAbandon * (1 - p)) / lambda0,
    meanAttempts: lambda / lambda0,
    redialShare: redialRate / lambda,
  };
}

/** The measures without calls: the λ0 → 0 limits (all served at once, one attempt each). */
export function emptyHall(targets: readonly number[]): RedialResult {
  return {
    attemptRate: 0,
    redialRate: 0,
    pWait: 0,
    pAbandon: 0,
    utilisation: 0,
    throughput: 0,
    answeredWithin: targets.map(() => 1),
    servedShare: 1,
    gaveUpShare: 0,
    meanAttempts: 1,
    redialShare: 0,
  };
}

/** The root of F(λ) = λ(1 − p·P_ab(λ)) = λ0 (module comment); exported for retrial-ctmc.ts. */
export function totalAttemptRate(model: RedialModel): number {
  const { c, mu, lambda0, theta, p } = model;
  if (p === 0 || lambda0 === 0) return lambda0;
  const F = (lambda: number): number => {
    try {
      return lambda * (1 - p * erlangA(lambda, mu, c, theta).pAbandon) - lambda0;
    } catch (error) {
      if (error instanceof ParameterError) throw tooLarge(p);
      throw error;
    }
  };
  // Bracket: F(λ0) <= 0; double until F >= 0, never past λ_hi (where F >= 0 is known).
  let lo = lambda0;
  let fLo = F(lo);
  if (fLo >= 0) return lo;
  const cap = p < 1 ? (lambda0 - p * erlangA(lambda0, mu, c, theta).throughput) / (1 - p) : Infinity;
  let hi = Math.min(2 * lo, cap);
  let fHi = F(hi);
  while (fHi < 0) {
    if (hi >= cap) return hi; // F(cap) < 0 only by rounding: the root is cap.
    lo = hi;
    fLo = fHi;
    hi = Math.min(2 * hi, cap);
    fHi = F(hi);
  }
  // Illinois regula falsi with a bisection when the bracket does not halve in two steps.
  let side = 0;
  let widthBefore = hi - lo;
  for (let step = 0; step < MAX_STEPS && hi - lo > RELATIVE_TOLERANCE * hi; step++) {
    let x = (lo * fHi - hi * fLo) / (fHi - fLo);
    if (step % 2 === 1) {
      if (hi - lo > 0.5 * widthBefore) x = 0.5 * (lo + hi);
      widthBefore = hi - lo;
    }
    if (!(x > lo && x < hi)) x = 0.5 * (lo + hi);
    const fx = F(x);
    if (fx === 0) return x;
    if (fx < 0) {
      lo = x;
      fLo = fx;
      if (side === -1) fHi /= 2;
      side = -1;
    } else {
      hi = x;
      fHi = fx;
      if (side === 1) fLo /= 2;
      side = 1;
    }
  }
  return -fLo <= fHi ? lo : hi;
}

function tooLarge(p: number): ParameterError {
  return new ParameterError(
    'redialProbability',
    p,
    'small enough that the total attempt rate λ keeps Erlang A under 10^7 queue states ((λ − cμ)/θ < 10^7)',
    '足够小，使总呼叫率 λ 下 Erlang A 的排队状态数少于 10^7（(λ − cμ)/θ < 10^7）',
  );
}
