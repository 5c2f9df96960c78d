/**
 * The M/M/c/K queue: c servers, room for K customers in total (K − c waiting places);
 * arrivals who find K present are blocked and lost.
 */
import { integer, nonNegative, positive } from '../errors.ts';
import { erlangB } from './erlang.ts';

/** Steady-state measures of M/M/c/K. Rates share one time unit. */
export interface MMcKResult {
  /** P(N = K): by PASTA, the share of arrivals that are blocked. */
  readonly pBlock: number;
  /** L = E[N]. */
  readonly meanInSystem: number;
  /** Lq = E[(N − c)⁺]. */
  readonly meanQueue: number;
  /** Wq of admitted customers = Lq/(λ(1 − pBlock)) (Little's law). */
  readonly meanWait: number;
  /** P(an admitted arrival waits) = P(c <= N < K)/(1 − pBlock). */
  readonly pWait: number;
  /** Mean busy servers / c = λ(1 − pBlock)/(cμ). */
  readonly utilisation: number;
  /** Rate of admitted (= served) customers, λ(1 − pBlock). */
  readonly throughput: number;
}

/**
 * M/M/c/K in steady state. A finite system is always stable, so any λ >= 0 is allowed,
 * including ρ = λ/(cμ) >= 1; with λ = 0 all measures are 0. K = c is the Erlang loss system
 * (pBlock = Erlang B).
 *
 * Method (why it cannot overflow and costs O(c) whatever K is): probabilities are taken
 * relative to state c. The states below c have total mass (1 − B)/B with B = Erlang B(c, A)
 * — B is exactly p_c/Σ_{k<=c} p_k — and the waiting states c + j, j = 0..K−c, form a
 * geometric sequence ρ^j whose mass and mean index are summed in closed form by functions
 * of |ln ρ| that stay accurate as ρ → 1 (no 1 − ρ in a denominator). When ρ > 1 everything
 * is taken relative to state K instead, so ρ^(K−c) is never formed. Relative accuracy is a
 * few ulps times c (from the Erlang B recursion).
 *
 * @param lambda arrival rate λ, finite and >= 0
 * @param mu service rate per server μ, finite and > 0
 * @param c number of servers, an integer >= 1
 * @param K total capacity (in service plus waiting), an integer >= c
 */
export function mmck(lambda: number, mu: number, c: number, K: number): MMcKResult {
  nonNegative('lambda', lambda);
  positive('mu', mu);
  integer('c', c, 1);
  integer('K', K, c);
  if (lambda === 0) {
    return { pBlock: 0, meanInSystem: 0, meanQueue: 0, meanWait: 0, pWait: 0, utilisation: 0, throughput: 0 };
  }
  const A = lambda / mu;
  const rho = A / c;
  const n = K - c;
  // ρ − 1 is exact near 1, so log1p keeps ln ρ accurate where it matters most.
  const lnRho = Math.abs(rho - 1) < 0.5 ? Math.log1p(rho - 1) : Math.log(rho);
  const x = Math.abs(lnRho);
  const B = erlangB(c, A);
  const belowC = (1 - B) / B;

  // The waiting states c..K form a geometric run; it is read from its larger end (state c
  // when ρ <= 1, state K when ρ > 1) so that every weight is <= 1.
  const runMass = geometricMass(x, n);
  const runMeanDistance = geometricMeanIndex(x, n);
  // Waiting states other than K: summed directly, as 1 − pBlock would lose the digits that
  // matter when almost everyone is blocked.
  const runBeforeK = n === 0 ? 0 : geometricMass(x, n - 1);
  let below: number;
  let waitingAdmitted: number;
  let atK: number;
  let queueSum: number;
  if (lnRho <= 0) {
    below = belowC;
    waitingAdmitted = runBeforeK;
    atK = Math.exp(-n * x);
    queueSum = runMass * runMeanDistance;
  } else {
    // ρ > 1 implies B > 1 − 1/ρ > 0 (carried load A(1 − B) < c), so belowC is finite here.
    below = belowC * Math.exp(-n * x);
    waitingAdmitted = Math.exp(-x) * runBeforeK;
    atK = 1;
    queueSum = runMass * (n - runMeanDistance);
  }
  // B may underflow to 0 when A ≪ c: then the states below c hold all the mass.
  const finiteBelow = Number.isFinite(below);
  const total = below + waitingAdmitted + atK;
  const pBlock = atK / total;
  const admitted = finiteBelow ? (below + waitingAdmitted) / total : 1;
  const meanQueue = queueSum / total;
  const throughput = lambda * admitted;
  const meanBusy = A * admitted;
  return {
    pBlock,
    meanInSystem: meanBusy + meanQueue,
    meanQueue,
    meanWait: meanQueue / throughput,
    pWait: finiteBelow ? waitingAdmitted / (below + waitingAdmitted) : 0,
    utilisation: Math.min(1, meanBusy / c),
    throughput,
  };
}

/** Σ_{i=0..n} e^{−x·i} for x >= 0, accurate for x → 0. */
function geometricMass(x: number, n: number): number {
  if (x === 0) return n + 1;
  return Math.expm1(-(n + 1) * x) / Math.expm1(-x);
}

/**
 * Mean of i under weights e^{−x·i}, i = 0..n (x >= 0): 1/(e^x − 1) − (n+1)/(e^{(n+1)x} − 1).
 * For small (n+1)x those two terms nearly cancel, so there it is rewritten with
 * g(y) = 1/(e^y − 1) − 1/y + 1/2 as n/2 + g(x) − (n+1)·g((n+1)x), which has no cancellation.
 */
function geometricMeanIndex(x: number, n: number): number {
  if (x === 0 || n === 0) return n / 2;
  const y = (n + 1) * x;
  if (y <= 1) return n / 2 + bernoulliTail(x) - (n + 1) * bernoulliTail(y);
  return 1 / Math.expm1(x) - (n + 1) / Math.expm1(y);
}

/** g(y) = 1/(e^y − 1) − 1/y + 1/2 = y/12 − y³/720 + … (Bernoulli numbers), for y > 0. */
function bernoulliTail(y: number): number {
  if (y < 0.1) {
    const y2 = y * y;
    // Series truncation error below y¹¹/2·10⁹ < 1e-18 relative for y < 0.1.
    return y * (1 / 12 - y2 * (1 / 720 - y2 * (1 / 30240 - y2 * (1 / 1209600 - y2 / 47900160))));
  }
  return 1 / Math.expm1(y) - 1 / y + 0.5;
}
