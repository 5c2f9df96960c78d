/**
 * Arrival processes: non-homogeneous Poisson arrivals against a piecewise-constant rate, and
 * batches.
 *
 * The rate is given as breakpoints t0 < t1 < ... with rate r_i on [t_i, t_{i+1}); before t0 the
 * rate is 0 and after the last breakpoint the last rate continues (0 ends the process).
 *
 * Generation is by inversion of the cumulative rate: draw a unit exponential E and find the
 * first time s with Λ(s) − Λ(now) = E, walking the pieces. This is exact at rate changes (no
 * discretisation, no thinning rejections) and costs one uniform per arrival, so two scenarios
 * that share a stream see arrivals that move smoothly when the rate changes (good for common
 * random numbers). Zero-rate pieces (lunch break, night) are skipped without drawing.
 */
import { ParameterError, finite, integer, nonNegative, positive } from '../errors.ts';
import type { Rng } from './rng.ts';

export class PiecewiseRate {
  readonly times: Float64Array;
  readonly rates: Float64Array;

  /** `times` strictly increasing and finite; `rates` finite and >= 0, one per breakpoint. */
  constructor(times: ArrayLike<number>, rates: ArrayLike<number>, path = 'rate') {
    if (!times || !rates || times.length === 0 || times.length !== rates.length) {
      throw new ParameterError(
        `${path}.times`,
        times?.length,
        `a non-empty list of breakpoints, as many as rates (${rates?.length})`,
        `非空的分段起点列表，数量与速率相同（${rates?.length}）`,
      );
    }
    this.times = new Float64Array(times.length);
    this.rates = new Float64Array(rates.length);
    for (let i = 0; i < times.length; i++) {
      const t = finite(`${path}.times[${i}]`, times[i]);
      if (i > 0 && !(t > this.times[i - 1])) {
        throw new ParameterError(
          `${path}.times[${i}]`,
          t,
          `a time > the previous breakpoint (${this.times[i - 1]})`,
          `大于前一分段起点（${this.times[i - 1]}）的时间`,
        );
      }
      this.times[i] = t;
      this.rates[i] = nonNegative(`${path}.rates[${i}]`, rates[i]);
    }
  }

  /** A constant rate from time 0. */
  static constant(rate: number, path = 'rate'): PiecewiseRate {
    return new PiecewiseRate([0], [rate], path);
  }

  /** Index of the piece containing t (−1 before the first breakpoint). */
  pieceAt(t: number): number {
    const times = this.times;
    let lo = -1;
    let hi = times.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (times[mid] <= t) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  rateAt(t: number): number {
    const i = this.pieceAt(t);
    return i < 0 ? 0 : this.rates[i];
  }

  /** ∫ rate over [a, b]: the expected number of arrivals. Infinity if unbounded. */
  integral(a: number, b: number): number {
    if (b <= a) return 0;
    let total = 0;
    let i = Math.max(0, this.pieceAt(a));
    let t = Math.max(a, this.times[0]);
    while (t < b) {
      const end = i + 1 < this.times.length ? Math.min(this.times[i + 1], b) : b;
      total += this.rates[i] * (end - t);
      t = end;
      i++;
    }
    return total;
  }
}

/** Poisson arrivals (homogeneous or not) drawn from one random stream. */
export class PoissonArrivals {
  private piece = 0;
  /** The rate when it is one constant piece > 0 (from `start` on), else 0. */
  private readonly constant: number = 0;
  private readonly start: number = 0;
  /** The time `next` works on, in and out (see `next`). */
  private at = 0;
  constructor(
    readonly rate: PiecewiseRate,
    private readonly rng: Rng,
  ) {
    this.constant = rate.times.length === 1 ? rate.rates[0] : 0;
    this.start = rate.times[0];
  }

  /** Time of the next arrival after `now` (>= now); Infinity when no arrival remains. */
  next(now: number): number {
    // Called once per arrival from a model's handler, so shaped for V8: a double passed to or
    // returned from a call that V8 did not inline is boxed (a heap allocation), and V8 inlines
    // only so much into one function. This wrapper is small enough to be inlined always, and
    // the time goes in and out of the work through a field, not arguments.
    this.at = now;
    this.advance();
    return this.at;
  }

  /** Moves `at` to the next arrival after it (Infinity when none remains). */
  private advance(): void {
    // A constant rate (one piece, already started): the common case, no walk needed.
    const r = this.constant;
    const now = this.at;
    if (r > 0 && now >= this.start) this.at = now - Math.log(this.rng.nextOpen()) / r;
    else this.walk();
  }

  /** `advance` across the pieces of a rate that changes (or for a constant rate of 0). */
  private walk(): void {
    const now = this.at;
    const times = this.rate.times;
    const rates = this.rate.rates;
    const n = times.length;
    if (n === 1 && now >= times[0]) {
      this.at = Infinity; // constant, and 0: no draw
      return;
    }
    let i = this.piece;
    // The cached piece is right unless time went backwards (a new replication reuses the object).
    if (i >= n || times[i] > now || (i + 1 < n && times[i + 1] <= now)) i = this.rate.pieceAt(now);
    let t = now;
    if (i < 0) {
      i = 0;
      t = times[0];
    }
    let e = -Math.log(this.rng.nextOpen());
    for (;;) {
      const r = rates[i];
      const end = i + 1 < n ? times[i + 1] : Infinity;
      if (r > 0) {
        const dt = e / r;
        if (t + dt < end) {
          this.piece = i;
          this.at = t + dt;
          return;
        }
        e -= r * (end - t);
      }
      if (end === Infinity) {
        this.piece = i;
        this.at = Infinity;
        return;
      }
      t = end;
      i++;
    }
  }
}

/** Batch (group) sizes: how many taxpayers arrive together. */
export type BatchSpec =
  | { kind: 'fixed'; size: number }
  /** Geometric on {1, 2, ...} with the given mean (>= 1). */
  | { kind: 'geometric'; mean: number }
  /** Sizes `values` (integers >= 1) with relative `weights`. */
  | { kind: 'discrete'; values: number[]; weights: number[] };

export interface BatchSize {
  readonly mean: number;
  sample(rng: Rng): number;
}

export function batchSize(spec: BatchSpec, path = 'batch'): BatchSize {
  if (spec === null || typeof spec !== 'object') {
    throw new ParameterError(path, spec, 'a batch object with a "kind"', '带有 kind 字段的批量对象');
  }
  switch (spec.kind) {
    case 'fixed': {
      const size = integer(`${path}.size`, spec.size, 1);
      return { mean: size, sample: () => size };
    }
    case 'geometric': {
      const mean = finite(`${path}.mean`, spec.mean);
      if (mean < 1) throw new ParameterError(`${path}.mean`, mean, 'a number >= 1', '不小于 1 的数值');
      if (mean === 1) return { mean, sample: () => 1 };
      const logQ = Math.log(1 - 1 / mean); // log of the continuation probability
      return { mean, sample: (rng) => 1 + Math.floor(Math.log(rng.nextOpen()) / logQ) };
    }
    case 'discrete': {
      const { values, weights } = spec;
      if (
        !Array.isArray(values) ||
        values.length === 0 ||
        !Array.isArray(weights) ||
        weights.length !== values.length
      ) {
        throw new ParameterError(
          `${path}.weights`,
          weights,
          `one weight per value (${values?.length} values)`,
          `每个取值一个权重（共 ${values?.length} 个取值）`,
        );
      }
      const sizes = values.map((v, i) => integer(`${path}.values[${i}]`, v, 1));
      const w = weights.map((v, i) => nonNegative(`${path}.weights[${i}]`, v));
      const total = positive(
        `${path}.weights (sum)`,
        w.reduce((s, x) => s + x, 0),
      );
      const cumulative = new Float64Array(w.length);
      let acc = 0;
      let mean = 0;
      w.forEach((x, i) => {
        acc += x / total;
        cumulative[i] = acc;
        mean += (x / total) * sizes[i];
      });
      cumulative[w.length - 1] = 1;
      return {
        mean,
        sample: (rng) => {
          const u = rng.next();
          let i = 0;
          while (u >= cumulative[i]) i++;
          return sizes[i];
        },
      };
    }
    default:
      throw new ParameterError(
        `${path}.kind`,
        (spec as { kind: unknown }).kind,
        'one of fixed, geometric, discrete',
        'fixed、geometric、discrete 之一',
      );
  }
}

/** Arrival epochs of groups: Poisson epochs, each bringing `batch.sample()` taxpayers. */
export class BatchArrivals {
  private readonly poisson: PoissonArrivals;
  constructor(
    rate: PiecewiseRate,
    private readonly batch: BatchSize,
    epochRng: Rng,
    private readonly sizeRng: Rng,
  ) {
    this.poisson = new PoissonArrivals(rate, epochRng);
  }
  /** Time of the next group (Infinity when none). */
  next(now: number): number {
    return this.poisson.next(now);
  }
  /** Size of the group arriving now (>= 1). */
  size(): number {
    return this.batch.sample(this.sizeRng);
  }
}
