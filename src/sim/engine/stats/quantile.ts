import { ParameterError } from '../../errors.ts';

/**
 * The p-quantile of sorted values by linear interpolation between order statistics
 * (Hyndman & Fan type 7, the default of R and NumPy). p in [0, 1]; values non-empty.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new ParameterError('p', p, 'a number in [0, 1]', '0 到 1 之间的数值');
  const n = sorted.length;
  if (n === 0) throw new ParameterError('values', n, 'at least one value', '至少一个数值');
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
