/**
 * How many of n independent confidence intervals at `level` must cover the truth before a test
 * calls the intervals too narrow: the smallest m with P(Binomial(n, level) < m) < alpha. Tests of
 * the history fit assert counts against this instead of choosing seeds that happen to pass.
 */
export function minCovered(n: number, level = 0.95, alpha = 0.001): number {
  // P(X = k) for X ~ Binomial(n, level), summed from k = 0 upwards.
  let below = 0;
  for (let m = 0; m <= n; m++) {
    const p = Math.exp(logChoose(n, m) + m * Math.log(level) + (n - m) * Math.log1p(-level));
    if (below + p >= alpha) return m;
    below += p;
  }
  return n;
}

function logChoose(n: number, k: number): number {
  let s = 0;
  for (let i = 1; i <= k; i++) s += Math.log((n - k + i) / i);
  return s;
}

/** Whether x lies inside a parameter's interval. */
export function covers(ci: { lower: number; upper: number } | null, x: number): boolean {
  return ci !== null && ci.lower <= x && x <= ci.upper;
}
