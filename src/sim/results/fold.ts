/**
 * Statistics per cell that take replications one at a time and forget each once added, for
 * merging as results arrive (accumulate.ts): a cell's mean with its Student-t half-width, and a
 * ratio estimate Σ num / Σ den with its delta-method half-width.
 *
 * Means and ratios are plain sums in the order replications are added (replication order: the
 * accumulator sees to it) divided at the end: the same operations, so the same bits, as summing
 * a list of every replication. The spread cannot be had that way in one pass: Σ (x − mean)²
 * needs every x again once the mean is known, that is every replication's series kept to the
 * end, which is what merging as results arrive is for not doing. So it is Welford's update,
 * M2 += (x − mean before)·(x − mean after), with the means taken from the running sums; for a
 * ratio, the co-moments of num − pivot·den and den, around a pivot (the cell's first ratio) so
 * that the cancellation of Σ (w − R·j)² = Cvv − 2δCvj + δ²Cjj + n(v̄ − δj̄)² stays small when w
 * follows j closely. Both are the quantities two passes compute, rounded differently: means and
 * ratios are the same bits; half-widths agree with two passes to 1e-12 relative or better (the
 * worst seen, 5e-13, where the spread is 1e-5 of the mean, e.g. windows open that almost never
 * vary; merge-stream.test.ts checks it). Two passes are not exact either: neither is "the" value.
 */
import { tCritical } from '../math/student-t.ts';

/**
 * tCritical, remembered: a merged result asks for the same few (level, df) pairs for every
 * metric and series, and each costs a Newton solve (a tenth of a millisecond or more): hundreds
 * of them were most of the time a merge took.
 */
const critical = new Map<string, number>();
export function criticalT(level: number, df: number): number {
  const key = `${level}:${df}`;
  let q = critical.get(key);
  if (q === undefined) critical.set(key, (q = tCritical(level, df)));
  return q;
}

export interface MeanHalfWidth {
  mean: Float64Array;
  /** Confidence half-width per cell (0 where fewer than two replications had data). */
  halfWidth: Float64Array;
}

/** Cell-wise mean and Student-t half-width across replications. */
export class MeanFold {
  private readonly sum: Float64Array;
  private readonly m2: Float64Array;
  /** Replications with data, per cell; null when every replication counts in every cell. */
  private readonly count: Float64Array | null;
  private added = 0;

  constructor(cells: number, masked = false) {
    this.sum = new Float64Array(cells);
    this.m2 = new Float64Array(cells);
    this.count = masked ? new Float64Array(cells) : null;
  }

  /** Adds one replication's cells; with a mask, only the cells where `has[i] > 0`. */
  add(a: Float64Array, has?: ArrayLike<number>): void {
    const { sum, m2, count } = this;
    if (count && has) {
      for (let i = 0; i < a.length; i++) {
        if (!(has[i] > 0)) continue;
        const k = count[i];
        const s = sum[i];
        const x = a[i];
        const t = s + x;
        if (k > 0) m2[i] += (x - s / k) * (x - t / (k + 1));
        sum[i] = t;
        count[i] = k + 1;
      }
    } else {
      const k = this.added;
      for (let i = 0; i < a.length; i++) {
        const s = sum[i];
        const x = a[i];
        const t = s + x;
        if (k > 0) m2[i] += (x - s / k) * (x - t / (k + 1));
        sum[i] = t;
      }
    }
    this.added++;
  }

  /** The mean alone (sum / replications): the same bits as summing every replication's cells. */
  mean(): Float64Array {
    const out = new Float64Array(this.sum.length);
    for (let i = 0; i < out.length; i++) {
      const n = this.count ? this.count[i] : this.added;
      out[i] = n > 0 ? this.sum[i] / n : 0;
    }
    return out;
  }

  finish(level: number): MeanHalfWidth {
    const mean = this.mean();
    const halfWidth = new Float64Array(mean.length);
    let last = -1;
    let q = 0;
    for (let i = 0; i < mean.length; i++) {
      const m = this.count ? this.count[i] : this.added;
      if (m < 2) continue;
      if (m !== last) [last, q] = [m, criticalT(level, m - 1)];
      // Rounding can leave a spread of exactly equal values a hair below 0.
      halfWidth[i] = q * Math.sqrt(Math.max(0, this.m2[i]) / (m - 1) / m);
    }
    return { mean, halfWidth };
  }
}

/**
 * Ratio estimates Σ num / Σ den over replications for `cells` aggregates of base cells [0, base);
 * `key(c)` maps a base cell to its aggregate (or −1). Each replication's aggregates are summed
 * in base-cell order.
 */
export class RatioFold {
  private readonly sw: Float64Array;
  private readonly sj: Float64Array;
  private readonly pivot: Float64Array;
  private readonly sv: Float64Array;
  private readonly cvv: Float64Array;
  private readonly cvj: Float64Array;
  private readonly cjj: Float64Array;
  private readonly w: Float64Array;
  private readonly j: Float64Array;
  /**
   * `key` of every base cell, computed once: calling the key function per cell and replication
   * was a call through a closure that differs between folds (a megamorphic call site).
   */
  private readonly keys: Int32Array;
  private added = 0;

  constructor(
    private readonly cells: number,
    base: number,
    key: (c: number) => number,
  ) {
    this.keys = Int32Array.from({ length: base }, (_, c) => key(c));
    const f = () => new Float64Array(cells);
    [this.sw, this.sj, this.sv, this.cvv, this.cvj, this.cjj, this.w, this.j] = [
      f(),
      f(),
      f(),
      f(),
      f(),
      f(),
      f(),
      f(),
    ];
    this.pivot = new Float64Array(cells).fill(NaN);
  }

  add(num: Float64Array, den: Float64Array): void {
    const { w, j, sw, sj, sv, cvv, cvj, cjj, pivot, keys } = this;
    w.fill(0);
    j.fill(0);
    for (let c = 0; c < keys.length; c++) {
      const k = keys[c];
      if (k < 0) continue;
      w[k] += num[c];
      j[k] += den[c];
    }
    const n = this.added;
    for (let k = 0; k < this.cells; k++) {
      const W = w[k];
      const J = j[k];
      // Fixed at the first replication with a denominator: the ones before had J = 0, so their
      // v = W − pivot·J = W whatever the pivot.
      if (J !== 0 && Number.isNaN(pivot[k])) pivot[k] = W / J;
      const V = Number.isNaN(pivot[k]) ? W : W - pivot[k] * J;
      const v0 = sv[k];
      const j0 = sj[k];
      const v1 = v0 + V;
      const j1 = j0 + J;
      if (n > 0) {
        const dv = V - v0 / n;
        const dj = J - j0 / n;
        const ev = V - v1 / (n + 1);
        const ej = J - j1 / (n + 1);
        cvv[k] += dv * ev;
        cvj[k] += dv * ej;
        cjj[k] += dj * ej;
      }
      sv[k] = v1;
      sj[k] = j1;
      sw[k] += W;
    }
    this.added++;
  }

  /** `empty`: the estimate where the denominator is 0. */
  finish(level: number, empty: number): { mean: Float64Array; halfWidth: Float64Array; denominator: Float64Array } {
    const n = this.added;
    const mean = new Float64Array(this.cells);
    const halfWidth = new Float64Array(this.cells);
    const denominator = new Float64Array(this.cells);
    const q = n >= 2 ? criticalT(level, n - 1) : 0;
    for (let k = 0; k < this.cells; k++) {
      const sw = this.sw[k];
      const sj = this.sj[k];
      denominator[k] = sj / n;
      if (sj === 0) {
        mean[k] = empty;
        continue;
      }
      const R = sw / sj;
      mean[k] = R;
      if (n < 2) continue;
      // Σ (w − R·j)² = Σ (v − δ·j)² with v = w − pivot·j and δ = R − pivot.
      const d = R - this.pivot[k];
      const off = this.sv[k] / n - (d * sj) / n;
      const ss = this.cvv[k] - 2 * d * this.cvj[k] + d * d * this.cjj[k] + n * off * off;
      const jbar = sj / n;
      halfWidth[k] = (q * Math.sqrt(Math.max(0, ss) / (n - 1) / n)) / jbar;
    }
    return { mean, halfWidth, denominator };
  }
}
