/**
 * Across replications: point estimates and Student-t confidence intervals, and a merge that
 * gives bit-identical results whatever the order in which replications arrive.
 *
 * Independent replications give i.i.d. observations of a measure (one per replication), so the
 * interval mean ± t(1 − (1 − level)/2, n − 1)·s/√n has the stated coverage when the per-replication
 * values are close to normal (they are means over many taxpayers).
 *
 * Order independence: floating-point addition is not associative, so summing values in arrival
 * order would make a result depend on which worker finished first. `ReplicationSeries` keeps
 * each value under its replication number and always computes in replication order.
 */
import { ParameterError, integer } from '../../errors.ts';
import { tHalfWidth } from '../../math/student-t.ts';

export interface Estimate {
  /** Mean over replications. */
  mean: number;
  /** Half-width of the confidence interval. */
  halfWidth: number;
  lower: number;
  upper: number;
  /** Standard deviation across replications. */
  sd: number;
  /** Number of replications. */
  n: number;
  /** Confidence level, e.g. 0.95. */
  level: number;
}

/** Mean and Student-t confidence interval of per-replication values (at least 2, all finite). */
export function estimate(values: ArrayLike<number>, level = 0.95): Estimate {
  if (!(level > 0 && level < 1))
    throw new ParameterError('level', level, 'a number in (0, 1)', '0 到 1 之间（不含端点）的数值');
  const n = values.length;
  if (n < 2)
    throw new ParameterError(
      'replications',
      n,
      'at least 2 replications for a confidence interval',
      '至少 2 次重复运行才能给出置信区间',
    );
  let mean = 0;
  for (let i = 0; i < n; i++) {
    const x = values[i];
    if (x - x !== 0) throw new ParameterError(`values[${i}]`, x, 'a finite number', '有限数值');
    mean += (x - mean) / (i + 1);
  }
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - mean) ** 2;
  const sd = Math.sqrt(ss / (n - 1));
  const halfWidth = tHalfWidth(level, n, sd);
  return { mean, halfWidth, lower: mean - halfWidth, upper: mean + halfWidth, sd, n, level };
}

/** Whether `value` lies inside the interval (inclusive). */
export function covers(e: Estimate, value: number): boolean {
  return value >= e.lower && value <= e.upper;
}

/** Per-replication values of one measure, keyed by replication number. */
export class ReplicationSeries {
  private readonly byRep = new Map<number, number>();

  /** Records the value of replication `rep`; a replication can be recorded once. */
  add(rep: number, value: number): void {
    integer('replication', rep, 0);
    if (value - value !== 0)
      throw new ParameterError(`value (replication ${rep})`, value, 'a finite number', '有限数值');
    if (this.byRep.has(rep))
      throw new ParameterError('replication', rep, 'a replication not recorded yet', '尚未记录的重复编号');
    this.byRep.set(rep, value);
  }

  get size(): number {
    return this.byRep.size;
  }

  /** A new series holding both (replication numbers must not overlap). */
  merge(other: ReplicationSeries): ReplicationSeries {
    const out = new ReplicationSeries();
    for (const [r, v] of this.byRep) out.add(r, v);
    for (const [r, v] of other.byRep) out.add(r, v);
    return out;
  }

  /** Values in replication order. */
  values(): Float64Array {
    const reps = [...this.byRep.keys()].sort((a, b) => a - b);
    return Float64Array.from(reps, (r) => this.byRep.get(r)!);
  }

  estimate(level = 0.95): Estimate {
    return estimate(this.values(), level);
  }
}
