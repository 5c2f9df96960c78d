/**
 * Small statistics the history fit needs and src/sim/math does not have: confidence intervals
 * (Wilson for shares, Student t for means, Wald on the log scale), the gamma and lognormal
 * distribution functions, digamma and trigamma, the Kolmogorov–Smirnov distance of sorted data
 * from a distribution function (continuous, or for data rounded to whole minutes), the inverse
 * of a small symmetric matrix, and shares rounded so they still sum to 1. Pure functions, no
 * allocation on the hot paths.
 */
import { normalCdf, normalQuantile } from '../math/normal.ts';
import { logGamma, tHalfWidth } from '../math/student-t.ts';

export interface Interval {
  lower: number;
  upper: number;
}

/** The two-sided standard normal quantile of a confidence level (1.96 for 0.95). */
export function zOf(level: number): number {
  return normalQuantile(1 - (1 - level) / 2);
}

/** Wilson score interval of a binomial share k/n (n > 0). */
export function wilson(k: number, n: number, level: number): Interval {
  if (!(n > 0)) return { lower: 0, upper: 1 };
  const z = zOf(level);
  const p = k / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n))) / (1 + z2n);
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

/** Student t interval of a mean from its sample standard deviation (n >= 2). */
export function tInterval(mean: number, sd: number, n: number, level: number): Interval {
  if (n < 2) return { lower: -Infinity, upper: Infinity };
  const h = tHalfWidth(level, n, sd);
  return { lower: mean - h, upper: mean + h };
}

/** Wald interval exp(log x ± z·se), for a positive estimate with the standard error of its log. */
export function logInterval(estimate: number, seLog: number, level: number): Interval {
  const z = zOf(level);
  return { lower: estimate * Math.exp(-z * seLog), upper: estimate * Math.exp(z * seLog) };
}

/** The regularised lower incomplete gamma function P(a, x) (series, or Lentz's continued fraction). */
export function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  if (x === Infinity) return 1;
  const front = Math.exp(a * Math.log(x) - x - logGamma(a));
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 1000; n++) {
      term *= x / (a + n);
      sum += term;
      if (term < sum * 1e-15) break;
    }
    return Math.min(1, sum * front);
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return Math.max(0, 1 - front * h);
}

/** P(X <= x) for X gamma with this shape and scale. */
export function gammaCdf(x: number, shape: number, scale: number): number {
  return gammaP(shape, x / scale);
}

/** P(X <= x) for X lognormal with log-mean mu and log-sd sigma. */
export function lognormalCdf(x: number, mu: number, sigma: number): number {
  return x > 0 ? normalCdf((Math.log(x) - mu) / sigma) : 0;
}

/** ψ(x), the digamma function, x > 0 (recurrence up to 10, then the asymptotic series). */
export function digamma(x: number): number {
  let r = 0;
  while (x < 10) {
    r -= 1 / x;
    x += 1;
  }
  const f = 1 / (x * x);
  return r + Math.log(x) - 0.5 / x - f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f / 132))));
}

/** ψ′(x), the trigamma function, x > 0. */
export function trigamma(x: number): number {
  let r = 0;
  while (x < 10) {
    r += 1 / (x * x);
    x += 1;
  }
  const f = 1 / (x * x);
  return r + 1 / x + f / 2 + (f / x) * (1 / 6 - f * (1 / 30 - f * (1 / 42 - f / 30)));
}

/**
 * Kolmogorov–Smirnov distance sup |F_n − F| of sorted data from `cdf`. With `step` (data rounded
 * to multiples of it, e.g. whole minutes), the rounded model is compared instead: a value k·step
 * stands for [(k − ½)·step, (k + ½)·step), so the empirical distribution function at each distinct
 * value is compared with F((k + ½)·step) and just below it with F((k − ½)·step).
 */
export function ksDistance(sorted: Float64Array, cdf: (x: number) => number, step = 0): number {
  const n = sorted.length;
  let d = 0;
  let i = 0;
  while (i < n) {
    const x = sorted[i];
    let j = i;
    while (j < n && sorted[j] === x) j++;
    const below = i / n;
    const at = j / n;
    const lo = cdf(step > 0 ? Math.max(0, x - step / 2) : x);
    const hi = step > 0 ? cdf(x + step / 2) : lo;
    d = Math.max(d, Math.abs(at - hi), Math.abs(lo - below));
    i = j;
  }
  return d;
}

/** The 5% critical value of the KS distance for a fully specified distribution (Stephens 1974). */
export function ksCritical(n: number): number {
  const r = Math.sqrt(n);
  return 1.358 / (r + 0.12 + 0.11 / r);
}

/** Inverse of a small symmetric positive definite matrix (row-major n × n), by Gauss–Jordan; null when singular. */
export function invert(a: Float64Array, n: number): Float64Array | null {
  const m = Float64Array.from(a);
  const inv = new Float64Array(n * n);
  for (let i = 0; i < n; i++) inv[i * n + i] = 1;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r * n + col]) > Math.abs(m[pivot * n + col])) pivot = r;
    const p = m[pivot * n + col];
    if (!(Math.abs(p) > 1e-300)) return null;
    if (pivot !== col) {
      for (let k = 0; k < n; k++) {
        [m[col * n + k], m[pivot * n + k]] = [m[pivot * n + k], m[col * n + k]];
        [inv[col * n + k], inv[pivot * n + k]] = [inv[pivot * n + k], inv[col * n + k]];
      }
    }
    for (let k = 0; k < n; k++) {
      m[col * n + k] /= p;
      inv[col * n + k] /= p;
    }
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r * n + col];
      if (f === 0) continue;
      for (let k = 0; k < n; k++) {
        m[r * n + k] -= f * m[col * n + k];
        inv[r * n + k] -= f * inv[col * n + k];
      }
    }
  }
  return inv;
}

/** Mean, standard deviation (n − 1) and the third and fourth central moments (n) of values. */
export function moments(values: Float64Array): { n: number; mean: number; sd: number; m3: number; m4: number } {
  const n = values.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += values[i];
  const mean = n > 0 ? s / n : NaN;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - mean;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  return { n, mean, sd: n > 1 ? Math.sqrt(m2 / (n - 1)) : 0, m3: m3 / n, m4: m4 / n };
}

/** Rounds shares to 6 decimals, the residual going to the largest, so they sum to 1 exactly enough. */
export function roundShares(shares: number[]): number[] {
  const out = shares.map((x) => Math.round(x * 1e6) / 1e6);
  const rest = 1 - out.reduce((a, x) => a + x, 0);
  let big = 0;
  for (let i = 1; i < out.length; i++) if (out[i] > out[big]) big = i;
  out[big] = Math.round((out[big] + rest) * 1e9) / 1e9;
  return out;
}
