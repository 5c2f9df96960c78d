/**
 * Helpers for tests that compare simulation output with theory: a sample mean's confidence
 * interval and normal quantiles. Tests assert that the exact value lies inside the interval.
 */
import quantile from '@stdlib/stats-base-dists-normal-quantile';
import { estimate, type Estimate } from '../../src/sim/engine/index.ts';

/** Standard normal quantile. */
export function normalQuantile(p: number): number {
  return quantile(p, 0, 1);
}

/** Student-t confidence interval of the mean of i.i.d. values. */
export function meanCi(values: ArrayLike<number>, level = 0.99): Estimate {
  return estimate(values, level);
}

/** Formats an estimate for failure messages. */
export function show(e: Estimate): string {
  return `${e.mean.toPrecision(6)} ± ${e.halfWidth.toPrecision(3)} (n=${e.n}, ${e.level * 100}%)`;
}
