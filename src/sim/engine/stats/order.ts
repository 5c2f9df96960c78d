/**
 * Exact quantiles of many groups at once: one sort of all values, then one pass per grouping.
 *
 * `sortOrder` orders non-negative doubles by an LSD radix sort on their IEEE-754 bits (for
 * non-negative doubles the bit patterns sort like the numbers), 11 bits a pass, skipping passes
 * whose digit is the same for every value: linear in n, no comparisons. `groupQuantiles` then
 * walks that order once and picks, for every group, the order statistics that type-7 quantiles
 * (Hyndman & Fan; R's and NumPy's default) interpolate between. Sorting each group on its own
 * would cost one sort per grouping (and per statistics interval); this costs one in all.
 */
import { ParameterError } from '../../errors.ts';

const BITS = 11;
const BUCKETS = 1 << BITS;

/** Indices 0..n−1 of `values` (all finite and >= 0) in increasing order of value, ties by index. */
export function sortOrder(values: Float64Array, n = values.length): Uint32Array {
  if (n === 0) return new Uint32Array(0);
  // Reads the doubles' bits through a 32-bit view: little-endian, as on every platform we run.
  const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    order[i] = i;
    if (!(values[i] >= 0) || values[i] === Infinity)
      throw new ParameterError(`values[${i}]`, values[i], 'a finite number >= 0', '不小于 0 的有限数值');
  }
  let next = new Uint32Array(n);
  const count = new Uint32Array(BUCKETS);
  // Little-endian: word 2i is the low half, 2i + 1 the high half. Digits from the least significant.
  for (let shift = 0; shift < 64; shift += BITS) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[digit(words, i, shift)]++;
    if (count[digit(words, 0, shift)] === n) continue; // every value has this digit: nothing to do
    let sum = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const c = count[b];
      count[b] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const i = order[k];
      next[count[digit(words, i, shift)]++] = i;
    }
    const t = order;
    order = next;
    next = t;
  }
  return order;
}

function digit(words: Uint32Array, i: number, shift: number): number {
  const lo = words[2 * i];
  const hi = words[2 * i + 1];
  if (shift + BITS <= 32) return (lo >>> shift) & (BUCKETS - 1);
  if (shift >= 32) return (hi >>> (shift - 32)) & (BUCKETS - 1);
  return ((lo >>> shift) | (hi << (32 - shift))) & (BUCKETS - 1);
}

/**
 * Type-7 quantiles of each group: out[g * ps.length + j] is the ps[j]-quantile of the values
 * whose group (`group[i]`, an integer in [0, groups)) is g; 0 for an empty group. `order` is
 * `sortOrder(values)`.
 */
export function groupQuantiles(
  values: Float64Array,
  order: Uint32Array,
  group: ArrayLike<number>,
  groups: number,
  ps: readonly number[],
): Float64Array {
  const n = order.length;
  const q = ps.length;
  const size = new Uint32Array(groups);
  for (let i = 0; i < n; i++) size[group[i]]++;
  // For each group and quantile, the two order statistics to interpolate between.
  const lowRank = new Float64Array(groups * q);
  const weight = new Float64Array(groups * q);
  for (let g = 0; g < groups; g++) {
    for (let j = 0; j < q; j++) {
      const h = (size[g] - 1) * ps[j];
      lowRank[g * q + j] = Math.floor(h);
      weight[g * q + j] = h - Math.floor(h);
    }
  }
  const out = new Float64Array(groups * q);
  const lowValue = new Float64Array(groups * q);
  const seen = new Uint32Array(groups);
  for (let k = 0; k < n; k++) {
    const i = order[k];
    const g = group[i];
    const r = seen[g]++;
    const v = values[i];
    for (let j = 0; j < q; j++) {
      const c = g * q + j;
      const lo = lowRank[c];
      if (r === lo) {
        lowValue[c] = v;
        out[c] = v; // final when the group ends here (lo + 1 does not exist) or weight is 0
      } else if (r === lo + 1) {
        out[c] = lowValue[c] + weight[c] * (v - lowValue[c]);
      }
    }
  }
  return out;
}
