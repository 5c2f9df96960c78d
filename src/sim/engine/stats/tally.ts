/**
 * Tally: running count, mean, variance (Welford's algorithm), minimum and maximum of
 * observations such as waiting times, with an optional copy of every value for exact quantiles.
 *
 * Guarantees: a NaN or infinite observation is rejected with a ParameterError before it can
 * corrupt the statistic (so no NaN ever reaches a result); an empty tally reports `null` rather
 * than a made-up number; `merge` combines two tallies with Chan et al.'s parallel formulas.
 */
import { ParameterError } from '../../errors.ts';
import { quantileSorted } from './quantile.ts';

export class Tally {
  count = 0;
  private m = 0;
  private m2 = 0;
  private lo = Infinity;
  private hi = -Infinity;
  private kept: number[] | null;

  /** `keepValues`: store every observation so that `quantile` is exact (memory grows with n). */
  constructor(
    readonly name = 'tally',
    keepValues = false,
  ) {
    this.kept = keepValues ? [] : null;
  }

  add(x: number): void {
    // x - x is 0 for every finite x and NaN for NaN and ±Infinity: one cheap test for both.
    if (x - x !== 0) this.reject(x);
    const n = ++this.count;
    const d = x - this.m;
    this.m += d / n;
    this.m2 += d * (x - this.m);
    if (x < this.lo) this.lo = x;
    if (x > this.hi) this.hi = x;
    if (this.kept !== null) this.kept.push(x);
  }

  private reject(x: number): never {
    throw new ParameterError(this.name, x, 'a finite observation', '有限的观测值');
  }

  get mean(): number | null {
    return this.count > 0 ? this.m : null;
  }

  /** Sum of the observations. */
  get sum(): number {
    return this.m * this.count;
  }

  /** Sample variance (n − 1 denominator); null with fewer than two observations. */
  get variance(): number | null {
    return this.count > 1 ? this.m2 / (this.count - 1) : null;
  }

  get sd(): number | null {
    const v = this.variance;
    return v === null ? null : Math.sqrt(v);
  }

  get min(): number | null {
    return this.count > 0 ? this.lo : null;
  }

  get max(): number | null {
    return this.count > 0 ? this.hi : null;
  }

  /** Exact p-quantile (linear interpolation, Hyndman–Fan type 7); needs `keepValues`. */
  quantile(p: number): number | null {
    if (this.kept === null) {
      throw new ParameterError(
        `${this.name}.quantile`,
        p,
        'a tally created with keepValues = true',
        '创建时设置 keepValues = true 的统计量',
      );
    }
    if (this.kept.length === 0) return null;
    const sorted = Float64Array.from(this.kept).sort();
    return quantileSorted(sorted, p);
  }

  /** Forgets every observation (used at the end of a warm-up). */
  reset(): void {
    this.count = 0;
    this.m = 0;
    this.m2 = 0;
    this.lo = Infinity;
    this.hi = -Infinity;
    if (this.kept !== null) this.kept = [];
  }

  /** Adds another tally's observations to this one. */
  merge(other: Tally): void {
    if (other.count === 0) return;
    const n = this.count + other.count;
    const d = other.m - this.m;
    this.m2 += other.m2 + (d * d * this.count * other.count) / n;
    this.m += (d * other.count) / n;
    this.count = n;
    if (other.lo < this.lo) this.lo = other.lo;
    if (other.hi > this.hi) this.hi = other.hi;
    if (this.kept !== null && other.kept !== null) this.kept.push(...other.kept);
  }
}
