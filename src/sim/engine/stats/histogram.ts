/**
 * A mergeable histogram of non-negative values (waiting times) with a stated error, for
 * quantiles such as the p90 wait without keeping every value.
 *
 * Buckets are logarithmic (the DDSketch layout of Masson, Rim & Lee, 2019): bucket i holds
 * values in (γ^(i−1), γ^i] with γ = (1 + α)/(1 − α). Reporting a bucket by 2γ^i/(γ + 1) gives a
 * relative error of at most α for every value in [minValue, maxValue]. Values below minValue
 * (including exact zeros: most taxpayers at a quiet hour do not wait) are counted in a zero
 * bucket and reported as 0, an absolute error below minValue. Values above maxValue are counted
 * in the top bucket and reported as maxValue (the count of them is `overflow`).
 *
 * Defaults: α = 0.5 %, minValue = 1e-4 and maxValue = 1e6 (in minutes: from 6 ms to 1.9 years),
 * which takes 2,304 buckets (18 kB). Merging adds counts: exact, associative and commutative.
 */
import { ParameterError, positive } from '../../errors.ts';

export class LogHistogram {
  readonly relativeError: number;
  readonly minValue: number;
  readonly maxValue: number;
  private readonly logGamma: number;
  private readonly gamma: number;
  private readonly offset: number;
  readonly counts: Float64Array;
  zeroCount = 0;
  overflow = 0;
  count = 0;

  constructor(relativeError = 0.005, minValue = 1e-4, maxValue = 1e6) {
    this.relativeError = positive('relativeError', relativeError);
    if (relativeError >= 0.5)
      throw new ParameterError('relativeError', relativeError, 'a number in (0, 0.5)', '0 到 0.5 之间的数值');
    this.minValue = positive('minValue', minValue);
    this.maxValue = positive('maxValue', maxValue);
    if (!(maxValue > minValue))
      throw new ParameterError(
        'maxValue',
        maxValue,
        `a number > minValue (${minValue})`,
        `大于 minValue（${minValue}）的数值`,
      );
    this.gamma = (1 + relativeError) / (1 - relativeError);
    this.logGamma = Math.log(this.gamma);
    this.offset = Math.ceil(Math.log(minValue) / this.logGamma);
    const top = Math.ceil(Math.log(maxValue) / this.logGamma);
    this.counts = new Float64Array(top - this.offset + 1);
  }

  add(x: number, weight = 1): void {
    if (!(x >= 0) || x === Infinity)
      throw new ParameterError('value', x, 'a finite number >= 0', '不小于 0 的有限数值');
    this.count += weight;
    if (x < this.minValue) {
      this.zeroCount += weight;
      return;
    }
    let i = Math.ceil(Math.log(x) / this.logGamma) - this.offset;
    if (i >= this.counts.length) {
      i = this.counts.length - 1;
      this.overflow += weight;
    } else if (i < 0) {
      i = 0;
    }
    this.counts[i] += weight;
  }

  /** The p-quantile (lower quantile: the smallest value with at least p·n values at or below). */
  quantile(p: number): number | null {
    if (!(p >= 0 && p <= 1)) throw new ParameterError('p', p, 'a number in [0, 1]', '0 到 1 之间的数值');
    if (this.count === 0) return null;
    const rank = p * (this.count - 1);
    let seen = this.zeroCount;
    if (seen > rank) return 0;
    const counts = this.counts;
    for (let i = 0; i < counts.length; i++) {
      seen += counts[i];
      if (seen > rank) {
        if (i === counts.length - 1 && this.overflow > 0 && seen - this.overflow <= rank) return this.maxValue;
        return (2 * Math.pow(this.gamma, i + this.offset)) / (this.gamma + 1);
      }
    }
    return this.maxValue;
  }

  /** Share of values above t (bucket resolution: exact when t falls on a bucket edge). */
  fractionAbove(t: number): number | null {
    if (this.count === 0) return null;
    if (t < this.minValue) return (this.count - this.zeroCount) / this.count;
    const edge = Math.ceil(Math.log(t) / this.logGamma) - this.offset;
    let above = 0;
    for (let i = Math.max(0, edge + 1); i < this.counts.length; i++) above += this.counts[i];
    return above / this.count;
  }

  /** Adds another histogram with the same layout. */
  merge(other: LogHistogram): void {
    if (
      other.counts.length !== this.counts.length ||
      other.relativeError !== this.relativeError ||
      other.minValue !== this.minValue
    ) {
      throw new ParameterError(
        'histogram',
        other.relativeError,
        `the same layout (α = ${this.relativeError}, min = ${this.minValue})`,
        '相同的分桶设置',
      );
    }
    for (let i = 0; i < this.counts.length; i++) this.counts[i] += other.counts[i];
    this.zeroCount += other.zeroCount;
    this.overflow += other.overflow;
    this.count += other.count;
  }

  reset(): void {
    this.counts.fill(0);
    this.zeroCount = 0;
    this.overflow = 0;
    this.count = 0;
  }
}
