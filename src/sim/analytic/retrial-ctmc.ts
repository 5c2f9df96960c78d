/**
 * The hotline with redials (the model of retrial.ts) solved exactly as a 2-D continuous-time
 * Markov chain: for small systems, and to check the fixed-point approximation.
 *
 * State (n, m): n callers with an agent or waiting, m callers in orbit (waiting to redial).
 * From (n, m): fresh call → (n+1, m) at λ0; service → (n−1, m) at min(n, c)·μ; abandonment
 * at (n − c)⁺·θ, to (n−1, m+1) with probability p and to (n−1, m) otherwise; redial →
 * (n+1, m−1) at m·δ. Truncation n <= N, m <= M: at n = N fresh calls are lost and redials
 * wait on; at m = M an abandoner who would redial leaves. By default N and M start from the
 * fixed point (Erlang A's tail for n; for m the mean R/δ plus 11 sd, the variance from the
 * linearised orbit balance) and grow, warm-started, until the mass on each boundary line
 * extrapolated geometrically past it, P(N)/(1 − P(N)/P(N−1)) and the same for M, is
 * <= 1e-12 (reported, with the boundary masses, in `truncation`). That is an estimate, not
 * a bound: in n the ratio keeps falling (deaths grow linearly), but in m it can creep up
 * towards p past the boundary, so the mass cut off may be a few times larger; still far
 * below 1e-10, and the tests check that doubling N and M moves the measures by < 1e-11.
 *
 * How it is solved: iterative aggregation–disaggregation (IAD). One iteration is
 * - a symmetric block Gauss–Seidel sweep over the orbit levels, m = 0..M and back. Level m
 *   only moves n by ±1, so its block is tridiagonal; it is solved, given the inflow from
 *   levels m ± 1, by a Thomas-type elimination that like GTH only adds, multiplies and
 *   divides positive numbers: the pivot is D_n = u_n + E_n, with E_n = e_n +
 *   d_n·E_{n−1}/D_{n−1} the rate of leaving the eliminated states for good, so there is no
 *   cancellation however small the exits e_n from the level are;
 * - aggregation steps, one for each way of lumping the grid into lines that the chain
 *   crosses one line at a time: by m (redials), by s = n + m (fresh calls, services, final
 *   abandonments) and by n. Each lumped chain is a birth–death chain, solved exactly (in
 *   logarithms) with rates from the current conditional law on each line, and each line is
 *   rescaled to its weight. The m-lines carry the slow orbit (small δ), the s-lines the slow
 *   total (fast redials, near-critical load). But lumping by m can overshoot: its weights are
 *   products of hundreds of nearly balanced ratios, and in an overloaded hall with slow
 *   redials the plain IAD was seen to cycle for ever between two states. So the m-step is
 *   tried at full, half (weights^½) and no strength, and the first candidate that lowers
 *   the residual is kept, else the best; this converged in every case tried;
 * - the residual, Σ|πQ|/Σπ(s)q(s) (flow imbalance over total flow); the iteration stops at
 *   <= 1e-13 and throws a RangeError after 3000 iterations (never seen).
 * Cost: O(N·M) per iteration, ~100 ns per state; 15–30 iterations for the c = 5 tests,
 * 60–200 for 10^4–2·10^5 states (10^5 states: ~0.7 s; 2·10^5 in overload: ~5 s; a
 * near-critical p = 1 hall with geometric tails needing 4·10^5 states: ~40 s). With p = 0
 * (or M = 0, or N = c) the orbit is never entered and level 0 is summed directly.
 *
 * Measures. Fresh calls see the stationary law π (PASTA); redials leave state (n, m) at
 * rate m·δ, so they see π weighted by m. An attempt therefore finds state (n, m) with
 * probability π(n, m)·(λ0 + m·δ)/Λ, Λ = λ0 + R, R = δ·E[m; n < N] the redial rate (a fresh
 * call that finds n = N is lost: it counts as an attempt that waits and is not answered).
 * Its chance of being answered within T depends on that state only through j = n − c, the
 * callers waiting ahead of it: while it waits all agents are busy (FCFS, no idle agent with
 * a queue); it moves up when an agent frees (rate cμ) or one of those ahead abandons (θ
 * each); later callers, fresh or redialling, join behind it and the orbit only feeds the
 * back of the queue, so nothing overtakes it; and its own patience is a fresh Exp(θ) on
 * every attempt. That is the tagged customer of erlang-a.ts, whose P(served, W <= T | j) =
 * cμ/(cμ + (j+1)θ)·P(NB(cμ/θ + 1, 1 − e^{−θT}) >= j + 1) is replicated below (erlang-a.ts
 * exposes only its average over Erlang A's law; the tests check that the two agree at
 * p = 0, and that at T → ∞ the attempt-weighted P(served | j) gives back 1 − θ·Lq/Λ).
 */
import { ParameterError, integer, positive } from '../errors.ts';
import { erlangA } from './erlang-a.ts';
import { checkRedialInput, emptyHall, totalAttemptRate } from './retrial.ts';
import type { ErlangARedialInput, RedialModel, RedialResult } from './retrial.ts';

/** The hotline model plus the redial delay and, optionally, the truncation. */
export interface ErlangARedialCtmcInput extends ErlangARedialInput {
  /** δ, the rate at which each caller in orbit redials (1/mean delay), finite and > 0. */
  readonly delta: number;
  /** N, the largest n kept, an integer >= servers; default: grown (module comment). */
  readonly maxInSystem?: number;
  /** M, the largest orbit kept, an integer >= 0; default: grown (module comment). */
  readonly maxInOrbit?: number;
}

/** The exact measures, with the orbit and what the numerical solution did. */
export interface RedialCtmcResult extends RedialResult {
  /** E[m], the mean number of callers in orbit (= R/δ, Little's law). */
  readonly meanOrbit: number;
  /** The truncation used and how much it cuts off (the masses are 0 for an unused side). */
  readonly truncation: {
    readonly maxInSystem: number;
    readonly maxInOrbit: number;
    /** P(n = N). */
    readonly massAtMaxInSystem: number;
    /** P(m = M). */
    readonly massAtMaxInOrbit: number;
    /** Σ over both boundaries of P(boundary)/(1 − r), r = P(boundary)/P(one inside): the mass
     * on and, extrapolated geometrically, beyond the boundaries (Infinity if an r >= 1). */
    readonly tailEstimate: number;
  };
  /** IAD iterations, over all the truncations tried. */
  readonly iterations: number;
  /** The relative residual reached, Σ|πQ|/Σπ(s)q(s). */
  readonly residual: number;
}

const RESIDUAL_TARGET = 1e-13;
const MAX_ITERATIONS = 3000;
const TAIL_TARGET = 1e-12;
const MAX_STATES = 4_000_000;

/**
 * The stationary law of the hotline's CTMC and its measures (module comment). Throws
 * ParameterError on any bad field, on `redialProbability` = 1 with freshRate >= servers·mu
 * (no steady state), and on `maxInSystem` when the truncation, given or grown by default,
 * would exceed 4·10^6 states; RangeError if the iteration does not converge (never seen).
 */
export function erlangARedialCtmc(input: ErlangARedialCtmcInput): RedialCtmcResult {
  const model = checkRedialInput(input);
  const delta = positive('delta', input.delta);
  const [fixedN, fixedM] = [input.maxInSystem !== undefined, input.maxInOrbit !== undefined];
  let N = fixedN ? integer('maxInSystem', input.maxInSystem as number, model.c) : model.c;
  let M = fixedM ? integer('maxInOrbit', input.maxInOrbit as number, 0) : 0;
  if (model.lambda0 === 0) {
    const truncation = { maxInSystem: N, maxInOrbit: M, massAtMaxInSystem: 0, massAtMaxInOrbit: 0, tailEstimate: 0 };
    return { ...emptyHall(model.targets), meanOrbit: 0, truncation, iterations: 0, residual: 0 };
  }
  if (!fixedN || !fixedM) {
    // First truncation from the fixed point. The orbit's variance from the linearised balance
    // dm/dt = p·g(λ0 + mδ) − mδ, g(λ) = λ·P_ab(λ): Var m ≈ (R/δ)/(1 − p·g'(λ)). The hall:
    // Erlang A's tail at λ, or at 3 sd of mδ above it when redials are slow (δ < θ).
    const { c, mu, theta, p } = model;
    const lambda = totalAttemptRate(model);
    const R = lambda - model.lambda0;
    const g = (x: number): number => x * erlangA(x, mu, c, theta).pAbandon;
    const slope = (g(lambda * 1.001) - g(lambda * 0.999)) / (lambda * 0.002);
    const sd = Math.sqrt(R / delta / Math.max(1 - p * slope, 1e-3));
    const busiest = lambda + (delta < theta ? 3 * delta * sd : 0);
    if (!fixedN) N = c + 2 + tailEnd((j) => busiest / (c * mu + j * theta));
    if (!fixedM) M = p === 0 ? 0 : Math.ceil(R / delta + 11 * sd + 10);
  }
  let [ch, pi, iterations] = [chain(model, delta, N, M), new Float64Array((N + 1) * (M + 1)).fill(1), 0];
  for (;;) {
    const solved = solve(ch, pi);
    iterations += solved.iterations;
    const [onN, onM] = marginals(ch, pi);
    const growN = !fixedN && tail(onN) > TAIL_TARGET;
    const growM = !fixedM && ch.p > 0 && tail(onM) > TAIL_TARGET;
    if (!growN && !growM) return measures(ch, pi, iterations, solved.residual);
    // To mean + 9 sd of the marginal as now solved, and by at least 10%; warm start.
    const [old, oldPi] = [ch, pi];
    if (growN) N = Math.max(meanPlus9Sd(onN), Math.ceil(1.1 * N) + 5);
    if (growM) M = Math.max(meanPlus9Sd(onM), Math.ceil(1.1 * M) + 5);
    [ch, pi] = [chain(model, delta, N, M), new Float64Array((N + 1) * (M + 1))];
    for (let m = 0; m <= old.M; m++) pi.set(oldPi.subarray(m * (old.N + 1), (m + 1) * (old.N + 1)), m * (N + 1));
  }
}

/** The model, the truncation and the rates by n: fresh calls, deaths that keep m (below M
 * and at M, where a would-be redialler leaves), and abandonments that redial. */
interface Chain extends RedialModel {
  readonly delta: number;
  readonly N: number;
  readonly M: number;
  readonly birth: Float64Array;
  readonly death: Float64Array;
  readonly deathTop: Float64Array;
  readonly redial: Float64Array;
}

function chain(model: RedialModel, delta: number, N: number, M: number): Chain {
  if ((N + 1) * (M + 1) > MAX_STATES) {
    throw new ParameterError(
      'maxInSystem',
      N,
      'small enough that (maxInSystem + 1)·(maxInOrbit + 1) <= 4·10^6 (give the truncation explicitly)',
      '足够小，使 (maxInSystem + 1)·(maxInOrbit + 1) <= 4·10^6（可显式给出截断）',
    );
  }
  const { c, mu, lambda0, theta, p } = model;
  const [birth, death, deathTop, redial] = [0, 1, 2, 3].map(() => new Float64Array(N + 1));
  for (let n = 0; n <= N; n++) {
    const abandon = Math.max(n - c, 0) * theta;
    birth[n] = n < N ? lambda0 : 0;
    deathTop[n] = Math.min(n, c) * mu + abandon;
    redial[n] = p * abandon;
    death[n] = Math.min(n, c) * mu + (1 - p) * abandon;
  }
  return { ...model, delta, N, M, birth, death, deathTop, redial };
}

/** IAD (module comment) on `pi` in place; leaves it normalised. */
function solve(ch: Chain, pi: Float64Array): { iterations: number; residual: number } {
  const { N, M, delta, redial } = ch;
  const W = N + 1;
  if (ch.p === 0 || M === 0 || N === ch.c) {
    // The orbit is never entered: level 0 is a birth–death chain, summed in logarithms.
    const logQ = new Float64Array(W);
    for (let n = 1; n < W; n++) logQ[n] = logQ[n - 1] + Math.log(ch.lambda0 / ch.deathTop[n]);
    const top = logQ.reduce((a, x) => Math.max(a, x), -Infinity);
    pi.fill(0);
    for (let n = 0; n < W; n++) pi[n] = Math.exp(logQ[n] - top);
    scale(pi, 1 / pi.reduce((a, x) => a + x, 0));
    return { iterations: 0, residual: residualOf(ch, pi) };
  }
  const [b, D, swept, trial] = [W, W, pi.length, pi.length].map((k) => new Float64Array(k));
  const sweep = (m: number): void => {
    for (let n = 0; n < W; n++) {
      const fromBelow = m > 0 && n < N ? pi[(m - 1) * W + n + 1] * redial[n + 1] : 0;
      b[n] = fromBelow + (m < M && n > 0 ? pi[(m + 1) * W + n - 1] * (m + 1) * delta : 0);
    }
    solveLevel(ch, m, b, pi, D);
  };
  let [residual, iterations] = [Infinity, 0];
  while (!(residual <= RESIDUAL_TARGET)) {
    if (iterations++ === MAX_ITERATIONS) {
      throw new RangeError(`erlangARedialCtmc: residual ${residual} after ${MAX_ITERATIONS} iterations`);
    }
    for (let m = 0; m <= M; m++) sweep(m);
    for (let m = M; m >= 0; m--) sweep(m);
    // Lumping by m at full, half and no strength: the first candidate that lowers the
    // residual is kept, else the best of the three (module comment).
    swept.set(pi);
    const previous = residual;
    residual = Infinity;
    for (const omega of [1, 0.5, 0]) {
      trial.set(swept);
      if (omega > 0) aggregate(ch, trial, BY_M, omega);
      aggregate(ch, trial, BY_S, 1);
      aggregate(ch, trial, BY_N, 1);
      const candidate = residualOf(ch, trial);
      if (candidate < residual) {
        residual = candidate;
        pi.set(trial);
      }
      if (candidate < previous) break;
    }
  }
  scale(pi, 1 / pi.reduce((a, x) => a + x, 0));
  return { iterations, residual };
}

/** Solves level m in place given the inflow b (positive-only elimination, module comment). */
function solveLevel(ch: Chain, m: number, b: Float64Array, pi: Float64Array, D: Float64Array): void {
  const { N, delta, birth } = ch;
  const death = m === ch.M ? ch.deathTop : ch.death;
  const redial = m === ch.M ? 0 : 1;
  const at = m * (N + 1);
  let [E, beta] = [0, 0];
  for (let n = 0; n <= N; n++) {
    const exits = redial * ch.redial[n] + (n < N ? m * delta : 0);
    E = n > 0 ? exits + (death[n] * E) / D[n - 1] : exits;
    D[n] = birth[n] + E;
    beta = (b[n] + (n > 0 ? birth[n - 1] * beta : 0)) / D[n];
    pi[at + n] = beta;
  }
  for (let n = N - 1; n >= 0; n--) pi[at + n] += (death[n + 1] / D[n]) * pi[at + n + 1];
}

const [BY_M, BY_S, BY_N] = [0, 1, 2];

/** One aggregation step over the lines m, s = n + m or n, at strength ω (module comment). */
function aggregate(ch: Chain, pi: Float64Array, lines: number, omega: number): void {
  const { N, M, delta, birth } = ch;
  const L = lines === BY_M ? M + 1 : lines === BY_S ? N + M + 1 : N + 1;
  const [mass, up, down, logW] = [L, L, L, L].map((k) => new Float64Array(k));
  const lineOf = (n: number, m: number): number => (lines === BY_M ? m : lines === BY_S ? n + m : n);
  for (let m = 0; m <= M; m++) {
    const death = m === M ? ch.deathTop : ch.death;
    const redial = m === M ? 0 : 1;
    for (let n = 0; n <= N; n++) {
      const x = pi[m * (N + 1) + n];
      const k = lineOf(n, m);
      const back = n < N ? m * delta : 0;
      mass[k] += x;
      up[k] += x * (lines === BY_M ? redial * ch.redial[n] : lines === BY_S ? birth[n] : birth[n] + back);
      down[k] += x * (lines === BY_M ? back : lines === BY_S ? death[n] : ch.deathTop[n]);
    }
  }
  // The lumped birth–death chain in logarithms. Across a line with no mass (underflow)
  // nothing is known, so the current ratio of the masses is kept.
  let last = -1;
  for (let k = 0; k < L; k++) {
    if (!(mass[k] > 0)) {
      logW[k] = -Infinity;
      continue;
    }
    const step = last === k - 1 ? Math.log(up[k - 1] / mass[k - 1]) - Math.log(down[k] / mass[k]) : NaN;
    logW[k] = last < 0 ? 0 : Number.isFinite(step) ? logW[k - 1] + step : logW[last] + Math.log(mass[k] / mass[last]);
    last = k;
  }
  const top = logW.reduce((a, x) => Math.max(a, x), -Infinity);
  // The factor new/old weight, in logarithms (a line's mass may be subnormal), at most e^700.
  for (let k = 0; k < L; k++)
    logW[k] = mass[k] > 0 ? Math.exp(Math.min(700, omega * (logW[k] - top - Math.log(mass[k])))) : 0;
  for (let m = 0; m <= M; m++) for (let n = 0; n <= N; n++) pi[m * (N + 1) + n] *= logW[lineOf(n, m)];
}

/** Σ_s |(πQ)(s)| / Σ_s π(s)·q(s): the flow imbalance relative to the total flow. */
function residualOf(ch: Chain, pi: Float64Array): number {
  const { N, M, delta, birth, redial } = ch;
  const W = N + 1;
  let [imbalance, flow] = [0, 0];
  for (let m = 0; m <= M; m++) {
    const death = m === M ? ch.deathTop : ch.death;
    for (let n = 0; n < W; n++) {
      const i = m * W + n;
      const out = pi[i] * (birth[n] + death[n] + (m < M ? redial[n] : 0) + (n < N ? m * delta : 0));
      let into = n > 0 ? pi[i - 1] * birth[n - 1] : 0;
      if (n < N) into += pi[i + 1] * death[n + 1];
      if (m > 0 && n < N) into += pi[i - W + 1] * redial[n + 1];
      if (m < M && n > 0) into += pi[i + W - 1] * (m + 1) * delta;
      imbalance += Math.abs(into - out);
      flow += out;
    }
  }
  return flow > 0 ? imbalance / flow : 0;
}

function scale(pi: Float64Array, factor: number): void {
  for (let i = 0; i < pi.length; i++) pi[i] *= factor;
}

/** The marginal laws of n and of m. */
function marginals(ch: Chain, pi: Float64Array): [Float64Array, Float64Array] {
  const [onN, onM] = [new Float64Array(ch.N + 1), new Float64Array(ch.M + 1)];
  for (let m = 0; m <= ch.M; m++) {
    for (let n = 0; n <= ch.N; n++) {
      onN[n] += pi[m * (ch.N + 1) + n];
      onM[m] += pi[m * (ch.N + 1) + n];
    }
  }
  return [onN, onM];
}

/** P(last)/(1 − r), r = P(last)/P(last − 1): the mass on and geometrically beyond the end. */
function tail(marginal: Float64Array): number {
  const [at, inside] = [marginal[marginal.length - 1], marginal[marginal.length - 2] ?? 0];
  return at === 0 ? 0 : at < inside ? at / (1 - at / inside) : Infinity;
}

function meanPlus9Sd(marginal: Float64Array): number {
  let [s1, s2] = [0, 0];
  marginal.forEach((x, k) => ([s1, s2] = [s1 + x * k, s2 + x * k * k]));
  return Math.ceil(s1 + 9 * Math.sqrt(Math.max(s2 - s1 * s1, 0)));
}

/** The first j where the product of ratio(1..j) has fallen 1e-16 below its peak. */
function tailEnd(ratio: (j: number) => number): number {
  let [logQ, peak] = [0, 0];
  for (let j = 1; ; j++) {
    logQ += Math.log(ratio(j));
    peak = Math.max(peak, logQ);
    if (logQ < peak - 37 || j >= MAX_STATES) return j;
  }
}

/**
 * P(served and W <= T | j waiting ahead) for j = 0..J: the tagged customer of erlang-a.ts,
 * replicated (the same negative-binomial formula, built in log space the same way).
 */
function answeredWithinByPosition(c: number, mu: number, theta: number, T: number, J: number): Float64Array {
  const out = new Float64Array(J + 1);
  if (T === 0) return out;
  const cmu = c * mu;
  const logQ = Math.log(-Math.expm1(-theta * T));
  let [logPmf, cdf] = [-(cmu + theta) * T, 0];
  for (let j = 0; j <= J; j++) {
    if (j > 0) logPmf += Math.log1p(cmu / theta / j) + logQ;
    cdf += Math.exp(logPmf);
    out[j] = (cmu / (cmu + (j + 1) * theta)) * Math.max(0, 1 - cdf);
  }
  return out;
}

/** The measures of the module comment from the normalised law (λ0 > 0). */
function measures(ch: Chain, pi: Float64Array, iterations: number, residual: number): RedialCtmcResult {
  const { c, mu, lambda0, theta, p, N, M, delta } = ch;
  const within = ch.targets.map((T) => answeredWithinByPosition(c, mu, theta, T, N - c));
  const answered = ch.targets.map(() => 0);
  let [attempts, waiting, busy, queue, orbit, returns] = [0, 0, 0, 0, 0, 0];
  for (let m = 0; m <= M; m++) {
    for (let n = 0; n <= N; n++) {
      const x = pi[m * (N + 1) + n];
      const redials = n < N ? x * m * delta : 0;
      const seen = x * lambda0 + redials;
      attempts += seen;
      returns += redials;
      busy += x * Math.min(n, c);
      orbit += x * m;
      if (n >= c) waiting += seen;
      queue += x * Math.max(n - c, 0);
      // Fresh calls that find n = N are lost: never answered.
      if (n < N) for (let i = 0; i < answered.length; i++) answered[i] += seen * (n < c ? 1 : within[i][n - c]);
    }
  }
  const [onN, onM] = marginals(ch, pi);
  return {
    attemptRate: attempts,
    redialRate: returns,
    pWait: waiting / attempts,
    pAbandon: (theta * queue) / attempts,
    utilisation: busy / c,
    throughput: busy * mu,
    answeredWithin: answered.map((s) => Math.min(1, s / attempts)),
    servedShare: Math.min(1, (busy * mu) / lambda0),
    gaveUpShare: ((1 - p) * theta * queue) / lambda0,
    meanAttempts: attempts / lambda0,
    redialShare: returns / attempts,
    meanOrbit: orbit,
    truncation: {
      maxInSystem: N,
      maxInOrbit: M,
      massAtMaxInSystem: onN[N],
      massAtMaxInOrbit: p > 0 ? onM[M] : 0,
      tailEstimate: tail(onN) + (p > 0 ? tail(onM) : 0),
    },
    iterations,
    residual,
  };
}
