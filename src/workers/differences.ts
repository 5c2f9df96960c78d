/**
 * The difference between two runs of one measure ("now − was") with its confidence interval,
 * from the values of each replication:
 *
 *  - paired, when both runs used the same seeds (common random numbers: replication r of each
 *    saw the same taxpayers arrive): the Student-t interval of the per-replication differences,
 *    which leaves out the noise both runs share, so small effects show;
 *  - unpaired (Welch), when they did not: the two runs are independent samples and the interval
 *    is wider.
 *
 * Two kinds of measure: a mean of one value per replication (the mean wait of a replication,
 * its utilisation …), and a ratio pooled over replications (Σ within / Σ joined: the whole
 * period's share served within the target, exactly as merge-group-load.ts estimates it), whose
 * interval comes from the delta method, as there.
 *
 * Guarantees: identical inputs give a difference of exactly 0 with a half-width of exactly 0;
 * `was` and `now` are the estimates each run shows on its own (same formula, same summing order).
 */
import { tCritical, tHalfWidth } from '../sim/math/student-t.ts';

export interface Difference {
  /** The measure in the earlier and the later run. */
  was: number;
  now: number;
  /** now − was (the mean of the paired differences when paired). */
  mean: number;
  /** Half-width of its confidence interval; null with too few replications to tell. */
  halfWidth: number | null;
  /** Replications paired (paired), or the smaller of the two runs' counts (unpaired). */
  n: number;
}

/** Per replication: the numerator and denominator of a pooled ratio (within, joined). */
export interface RatioSample {
  num: readonly number[];
  den: readonly number[];
}

const sum = (xs: readonly number[]): number => xs.reduce((a, x) => a + x, 0);
const mean = (xs: readonly number[]): number => sum(xs) / xs.length;

/** Mean and Student-t half-width of a sample (null below two values). The Compare tab's formula. */
export function meanInterval(
  d: readonly number[],
  level: number,
): { mean: number; halfWidth: number | null; n: number } {
  const m = mean(d);
  if (d.length < 2) return { mean: m, halfWidth: null, n: d.length };
  const sd = Math.sqrt(d.reduce((a, x) => a + (x - m) ** 2, 0) / (d.length - 1));
  return { mean: m, halfWidth: tHalfWidth(level, d.length, sd), n: d.length };
}

/** Sample variance of the mean (s² / n), or null below two values. */
function varianceOfMean(xs: readonly number[]): number | null {
  if (xs.length < 2) return null;
  const m = mean(xs);
  return xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1) / xs.length;
}

/** Welch's half-width from the two variances of the means and the sample sizes. */
function welchHalfWidth(v0: number, n0: number, v1: number, n1: number, level: number): number {
  const v = v0 + v1;
  if (v === 0) return 0; // both runs gave the same value in every replication
  const df = (v * v) / ((v0 * v0) / (n0 - 1) + (v1 * v1) / (n1 - 1));
  return tCritical(level, df) * Math.sqrt(v);
}

/** `was[r]` and `now[r]` come from the same seed (the same replication number). */
export function pairedMean(was: readonly number[], now: readonly number[], level = 0.95): Difference {
  if (was.length !== now.length || was.length === 0)
    throw new RangeError(`paired samples need the same, non-zero length (${was.length}, ${now.length})`);
  const d = meanInterval(
    was.map((w, r) => now[r] - w),
    level,
  );
  return { was: mean(was), now: mean(now), ...d };
}

export function unpairedMean(was: readonly number[], now: readonly number[], level = 0.95): Difference {
  if (was.length === 0 || now.length === 0) throw new RangeError('unpaired samples need at least one value each');
  const v0 = varianceOfMean(was);
  const v1 = varianceOfMean(now);
  const w = mean(was);
  const x = mean(now);
  return {
    was: w,
    now: x,
    mean: x - w,
    halfWidth: v0 === null || v1 === null ? null : welchHalfWidth(v0, was.length, v1, now.length, level),
    n: Math.min(was.length, now.length),
  };
}

/**
 * The pooled ratio Σ num / Σ den (1 when the denominator is 0, as merge-group-load.ts has it)
 * and each replication's linearised deviation (num − R·den) / mean(den): its mean is 0 and its
 * variance of the mean is the delta-method variance of R.
 */
function linearised(s: RatioSample): { ratio: number; z: number[] } {
  const n = s.num.length;
  const sn = sum(s.num);
  const sd = sum(s.den);
  if (sd === 0) return { ratio: 1, z: new Array<number>(n).fill(0) };
  const R = sn / sd;
  const dbar = sd / n;
  return { ratio: R, z: s.num.map((x, r) => (x - R * s.den[r]) / dbar) };
}

export function pairedRatio(was: RatioSample, now: RatioSample, level = 0.95): Difference {
  const n = was.num.length;
  if (n === 0 || now.num.length !== n || was.den.length !== n || now.den.length !== n)
    throw new RangeError('paired ratio samples need the same, non-zero length');
  const a = linearised(was);
  const b = linearised(now);
  const d = meanInterval(
    b.z.map((z, r) => z - a.z[r]),
    level,
  );
  return { was: a.ratio, now: b.ratio, mean: b.ratio - a.ratio, halfWidth: d.halfWidth, n };
}

export function unpairedRatio(was: RatioSample, now: RatioSample, level = 0.95): Difference {
  if (was.num.length === 0 || now.num.length === 0)
    throw new RangeError('unpaired ratio samples need at least one replication each');
  const a = linearised(was);
  const b = linearised(now);
  const v0 = varianceOfMean(a.z);
  const v1 = varianceOfMean(b.z);
  return {
    was: a.ratio,
    now: b.ratio,
    mean: b.ratio - a.ratio,
    halfWidth: v0 === null || v1 === null ? null : welchHalfWidth(v0, a.z.length, v1, b.z.length, level),
    n: Math.min(a.z.length, b.z.length),
  };
}
