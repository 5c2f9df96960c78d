/**
 * Erlang A: the M/M/c+M queue (FCFS, c servers, exponential patience with rate θ > 0).
 *
 * The number in system is a birth–death chain with birth rate λ and death rate
 * d_k = min(k, c)·μ + max(k − c, 0)·θ in state k. For θ = 0 use `mmc()` instead.
 *
 * How the chain is summed (shared by `erlangA` and `answeredWithin`):
 * - Probabilities are kept relative to state c (q_c = 1). The states below c are not
 *   summed one by one: their mass is Σ_{k<c} q_k = (1 − B)/B with B = Erlang B(c, A),
 *   because B is exactly p_c/Σ_{k≤c} p_k of the same product form.
 * - Queue states c + j are summed upward with q_{c+j+1} = q_{c+j}·λ/(cμ + (j+1)θ). When a
 *   value passes 1e200 everything accumulated is multiplied by 1e-200, so nothing overflows
 *   however large λ/θ is; tiny values may underflow to 0, which is harmless as they are
 *   negligible next to q_c or the mode.
 * - Truncation: the ratios λ/d_k strictly decrease, so past the mode (ratio r < 1) the
 *   remaining states are bounded by a geometric series. The sum stops at the first queue
 *   length j where both the bound on the remaining mass, q·r/(1 − r), is <= 1e-15 of the
 *   accumulated mass and the bound on the remaining first moment,
 *   q·(j·r/(1 − r) + r/(1 − r)²), is <= 1e-15 of the accumulated Σ j·q. Cost O(length of
 *   the queue up to that point); more than 10^7 queue states (e.g. (λ − cμ)/θ >= 10^7) is
 *   refused with a ParameterError on `theta`.
 *
 * The tagged customer. An arrival that finds all servers busy and j others waiting moves up
 * when a server frees (rate cμ) or someone ahead abandons (rate iθ with i ahead), and leaves
 * itself at rate θ. Its own patience clock does not affect anyone ahead, so its wait to reach
 * a server, ignoring its own patience, is W' = Σ_{i=0..j} Exp(cμ + iθ), and it is served iff
 * its patience exceeds W':
 * - P(served | j) = E[e^{−θW'}] = Π_{i=0..j} (cμ + iθ)/(cμ + (i+1)θ) = cμ/(cμ + (j+1)θ).
 * - Given served, exponential tilting by e^{−θx} turns each Exp(cμ + iθ) into
 *   Exp(cμ + (i+1)θ), so E[W | served, j] = Σ_{i=1..j+1} 1/(cμ + iθ).
 * - With a = cμ/θ, W' = −ln(X)/θ for X ~ Beta(a, j+1) (a product of independent
 *   Beta(a+i, 1) variables), hence P(served, W <= T | j) = E[X; X >= e^{−θT}]
 *   = a/(a+j+1)·P(Beta(a+1, j+1) >= e^{−θT}) = cμ/(cμ + (j+1)θ)·P(M >= j+1), where
 *   M ~ NegativeBinomial(a + 1, q = 1 − e^{−θT}) counts the births by time T of a pure-birth
 *   chain with rates θ(a+1+m): P(M = m) = Γ(a+1+m)/(Γ(a+1)·m!)·(1 − q)^{a+1}·q^m.
 *   This is the exact transient solution of the tagged-customer chain (no uniformisation
 *   error); the NB probabilities are built in log space so e^{−(cμ+θ)T} cannot underflow
 *   the whole sum.
 * Arrivals in state k < c are served at once (W = 0), and by PASTA arrivals see the
 * stationary distribution.
 */
import { ParameterError, integer, nonNegative, positive } from '../errors.ts';
import { erlangB } from './erlang.ts';

/** Steady-state measures of the Erlang A (M/M/c+M) queue. Rates share one time unit. */
export interface ErlangAResult {
  /** P(an arrival must wait) = Σ_{k>=c} p_k (PASTA). */
  readonly pWait: number;
  /** P(an arrival abandons) = θ·Lq/λ (summed as Σ_j p_{c+j}·(j+1)θ/(cμ + (j+1)θ), the same number). */
  readonly pAbandon: number;
  /** Lq, the mean number waiting. */
  readonly meanQueue: number;
  /** Lq/λ: mean time in queue over all arrivals, counting abandoners up to when they leave. */
  readonly meanWaitAll: number;
  /** E[W | served]: mean wait of the arrivals that are eventually served (0 for no-waits). */
  readonly meanWaitServed: number;
  /** Mean busy servers / c = λ(1 − pAbandon)/(cμ), by flow balance. */
  readonly utilisation: number;
  /** Rate of served customers, λ(1 − pAbandon). */
  readonly throughput: number;
}

/** Service levels of the Erlang A queue for a target wait T. */
export interface AnsweredWithin {
  /**
   * P(served and W <= T) over all arrivals: the share of all offered customers who reach a
   * server within T. Abandoners count as failures even if they left before T.
   */
  readonly ofAll: number;
  /** P(W <= T | served): the share of served customers whose wait was at most T. */
  readonly ofServed: number;
}

/** Queue states summed before giving up; see the truncation note at the top. */
const MAX_QUEUE_STATES = 10_000_000;
const TAIL_TOLERANCE = 1e-15;
const RESCALE_ABOVE = 1e200;
const RESCALE_BY = 1e-200;

/**
 * Steady state of the Erlang A queue by the birth–death chain (see the module comment for
 * the summation, the truncation rule and the tagged-customer derivation of
 * `meanWaitServed`). Guarantees finite values in their natural ranges; with λ = 0 all
 * measures are 0.
 *
 * @param lambda arrival rate λ, finite and >= 0
 * @param mu service rate per server μ, finite and > 0
 * @param c number of servers, an integer >= 1
 * @param theta abandonment rate θ = 1/mean patience, finite and > 0
 */
export function erlangA(lambda: number, mu: number, c: number, theta: number): ErlangAResult {
  checkArguments(lambda, mu, c, theta);
  if (lambda === 0) {
    return { pWait: 0, pAbandon: 0, meanQueue: 0, meanWaitAll: 0, meanWaitServed: 0, utilisation: 0, throughput: 0 };
  }
  const s = sumChain(lambda, mu, c, theta, undefined);
  const pAbandon = s.abandon / s.total;
  const served = 1 - pAbandon;
  const meanQueue = s.queue / s.total;
  const throughput = lambda * served;
  return {
    pWait: s.waiting / s.total,
    pAbandon,
    meanQueue,
    meanWaitAll: meanQueue / lambda,
    meanWaitServed: s.servedWait / s.total / served,
    // Flow balance can round a hair above 1 in overload.
    utilisation: Math.min(1, throughput / (c * mu)),
    throughput,
  };
}

/**
 * P(served and wait <= T) among all arrivals (`ofAll`) and P(wait <= T | served)
 * (`ofServed`) for the Erlang A queue, from the exact transient law of the tagged customer
 * (module comment). An arrival finding a free server counts as served with wait 0, so
 * T = 0 gives ofAll = 1 − pWait. Both values are in [0, 1]; with λ = 0 both are 1.
 *
 * @param lambda arrival rate λ, finite and >= 0
 * @param mu service rate per server μ, finite and > 0
 * @param c number of servers, an integer >= 1
 * @param theta abandonment rate θ, finite and > 0
 * @param T target wait, finite and >= 0 (same time unit as the rates)
 */
export function answeredWithin(lambda: number, mu: number, c: number, theta: number, T: number): AnsweredWithin {
  checkArguments(lambda, mu, c, theta);
  nonNegative('T', T);
  if (lambda === 0) return { ofAll: 1, ofServed: 1 };
  const s = sumChain(lambda, mu, c, theta, T);
  const pServed = 1 - s.abandon / s.total;
  // (1 − pWait) rather than (states below c)/total: that mass may be Infinity relative to q_c.
  const ofAll = Math.min(1, 1 - s.waiting / s.total + s.within / s.total);
  return { ofAll, ofServed: Math.min(1, ofAll / pServed) };
}

function checkArguments(lambda: number, mu: number, c: number, theta: number): void {
  nonNegative('lambda', lambda);
  positive('mu', mu);
  integer('c', c, 1);
  positive('theta', theta);
}

/** Unnormalised sums over the chain, all on the same scale (divide by `total`). */
interface ChainSums {
  total: number;
  waiting: number;
  queue: number;
  abandon: number;
  servedWait: number;
  within: number;
}

function tooManyStates(theta: number): ParameterError {
  return new ParameterError(
    'theta',
    theta,
    'large enough that the queue needs fewer than 10^7 states (e.g. (λ − cμ)/θ < 10^7); for θ → 0 use mmc',
    '足够大，使排队状态数少于 10^7（例如 (λ − cμ)/θ < 10^7）；θ 趋于 0 时请用 mmc',
  );
}

function sumChain(lambda: number, mu: number, c: number, theta: number, T: number | undefined): ChainSums {
  const cmu = c * mu;
  if (lambda > cmu && (lambda - cmu) / theta >= MAX_QUEUE_STATES) throw tooManyStates(theta);
  const B = erlangB(c, lambda / mu);
  const s: ChainSums = { total: (1 - B) / B, waiting: 0, queue: 0, abandon: 0, servedWait: 0, within: 0 };

  const a = cmu / theta;
  const wantWithin = T !== undefined && T > 0;
  // Negative binomial M ~ NB(a + 1, 1 − e^{−θT}), built in log space; see the module comment.
  const logQ = wantWithin ? Math.log(-Math.expm1(-theta * T)) : 0;
  let logPmf = wantWithin ? -(cmu + theta) * T : 0;
  let cdf = 0;

  let q = 1;
  let harmonic = 0;
  for (let j = 0; ; j++) {
    if (j >= MAX_QUEUE_STATES) throw tooManyStates(theta);
    const leave = cmu + (j + 1) * theta;
    const pServed = cmu / leave;
    harmonic += 1 / leave;
    s.total += q;
    s.waiting += q;
    s.queue += j * q;
    // (j+1)θ/leave rather than 1 − pServed, which would lose all digits when θ is tiny.
    s.abandon += (q * ((j + 1) * theta)) / leave;
    s.servedWait += q * pServed * harmonic;
    if (wantWithin) {
      if (j > 0) logPmf += Math.log1p(a / j) + logQ;
      cdf += Math.exp(logPmf);
      s.within += q * pServed * Math.max(0, 1 - cdf);
    }

    const r = lambda / leave;
    if (r < 1) {
      const tailMass = (q * r) / (1 - r);
      const tailMoment = q * ((j * r) / (1 - r) + r / ((1 - r) * (1 - r)));
      const momentSettled = tailMoment <= TAIL_TOLERANCE * s.queue || !(s.total < Infinity);
      if ((tailMass <= TAIL_TOLERANCE * s.total && momentSettled) || q === 0) break;
    }
    q *= r;
    if (q > RESCALE_ABOVE) {
      q *= RESCALE_BY;
      s.total *= RESCALE_BY;
      s.waiting *= RESCALE_BY;
      s.queue *= RESCALE_BY;
      s.abandon *= RESCALE_BY;
      s.servedWait *= RESCALE_BY;
      s.within *= RESCALE_BY;
    }
  }
  return s;
}
