/**
 * What a joining taxpayer can expect, given how many are already in the group's system, if the
 * group had s windows: the step of the Iterative Staffing Algorithm that turns the simulated
 * distribution of "number in system found on joining" into a staffing level.
 *
 * A joiner who finds l in the system with s windows waits when l >= s, with j = l − s ahead in
 * the queue. With exponential handling (rate μ per window) and exponential patience (rate θ, or
 * none), as in Erlang A's tagged customer (src/sim/analytic/erlang-a.ts):
 *   P(served | j)             = sμ / (sμ + (j+1)θ)
 *   P(served, W <= T | j)     = sμ/(sμ + (j+1)θ) · P(M >= j+1),  M ~ NegBin(sμ/θ + 1, 1 − e^{−θT})
 *                               (θ = 0: P(Poisson(sμT) >= j+1))
 *   E[W | served, j]          = Σ_{i=1..j+1} 1 / (sμ + iθ)
 * The simulation supplies the distribution of l (measured over joiners, not over time: booked
 * arrivals are not Poisson); the formulas only say what one more or one fewer window would do to
 * each joiner. Handling and patience that are not exponential are taken at their means; the
 * simulation of the next iteration (and the trim and repair passes) measures the real effect.
 */

export interface JoinerMeasures {
  /** Share served within T among joiners. */
  within: number;
  /** Mean wait of those served, minutes. */
  meanWait: number;
  /** Share who give up. */
  abandon: number;
}

/** The measures for `s` windows, over a histogram `h` of the number in system found (h[l], l = 0 …). */
export function measuresFor(h: ArrayLike<number>, s: number, mu: number, theta: number, T: number): JoinerMeasures {
  let total = 0;
  for (let l = 0; l < h.length; l++) total += h[l];
  if (total === 0) return { within: 1, meanWait: 0, abandon: 0 };
  let within = 0;
  let servedWait = 0;
  let served = 0;
  let abandon = 0;
  // Below s: served at once.
  for (let l = 0; l < Math.min(s, h.length); l++) {
    within += h[l];
    served += h[l];
  }
  const maxJ = h.length - 1 - s;
  if (maxJ >= 0) {
    const rate = s * mu;
    const reach = reachWithin(maxJ, rate, theta, T);
    let harmonic = 0;
    for (let j = 0; j <= maxJ; j++) {
      const n = h[s + j];
      harmonic += 1 / (rate + (j + 1) * theta);
      if (n === 0) continue;
      const pServed = rate === 0 ? 0 : theta === 0 ? 1 : rate / (rate + (j + 1) * theta);
      within += n * pServed * reach[j];
      served += n * pServed;
      servedWait += n * pServed * (rate === 0 && theta === 0 ? Infinity : harmonic);
      abandon += n * (1 - pServed);
    }
  }
  return { within: within / total, meanWait: served > 0 ? servedWait / served : 0, abandon: abandon / total };
}

/**
 * P(M >= j+1) for j = 0 … maxJ: the chance that a joiner with j ahead reaches a window within T
 * (before the patience factor). θ = 0: M ~ Poisson(rate·T); θ > 0: M ~ NegBin(rate/θ + 1, 1 − e^{−θT}).
 */
function reachWithin(maxJ: number, rate: number, theta: number, T: number): Float64Array {
  const out = new Float64Array(maxJ + 1);
  if (rate === 0) return out; // no window: nobody is reached
  if (T === 0) return out; // with j >= 0 ahead, reaching a window takes time
  let cdf = 0;
  if (theta === 0) {
    const x = rate * T;
    let logPmf = -x; // log P(M = 0)
    for (let j = 0; j <= maxJ; j++) {
      cdf += Math.exp(logPmf);
      out[j] = Math.max(0, 1 - cdf);
      logPmf += Math.log(x) - Math.log(j + 1);
    }
    return out;
  }
  const a = rate / theta;
  const logQ = Math.log(-Math.expm1(-theta * T));
  let logPmf = -(rate + theta) * T; // (a + 1)·log(1 − q) = −(a + 1)θT
  for (let j = 0; j <= maxJ; j++) {
    cdf += Math.exp(logPmf);
    out[j] = Math.max(0, 1 - cdf);
    // P(M = m+1) / P(M = m) = (a + 1 + m)/(m + 1) · q
    logPmf += Math.log1p(a / (j + 1)) + logQ;
  }
  return out;
}
