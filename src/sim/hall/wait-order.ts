/**
 * The hall's waits in increasing order, and exact type-7 quantiles (Hyndman & Fan; R's and
 * NumPy's default) of many cells from that one order, with every buffer kept for the next
 * replication.
 *
 * Why not the kernel's `sortOrder`/`groupQuantiles` (engine/stats/order.ts): the hall sorts the
 * same kind of data every replication and wants no garbage per call. More than half of the waits
 * are exactly 0 (served at once), so the zeros are set aside first (already in index order);
 * the rest are sorted by an LSD radix sort on their IEEE-754 bits (for non-negative doubles the
 * bit patterns sort like the numbers), 11 bits a pass, moving the key words with the indices so
 * that each pass reads its input in sequence, all six digit counts taken in one reading, and a
 * pass skipped when every value has the same digit. The order is stable (ties by index), as the
 * kernel's is; for quantiles any order of equal values gives the same numbers anyway.
 */

import { ParameterError } from '../errors.ts';

const BITS = 11;
const BUCKETS = 1 << BITS;
const MASK = BUCKETS - 1;
const PASSES = 6; // 6 × 11 bits ≥ 64

/** Digit `p` (0 = least significant) of the double whose low and high words are lo, hi. */
function digit(lo: number, hi: number, p: number): number {
  switch (p) {
    case 0:
      return lo & MASK;
    case 1:
      return (lo >>> 11) & MASK;
    case 2:
      return ((lo >>> 22) | (hi << 10)) & MASK;
    case 3:
      return (hi >>> 1) & MASK;
    case 4:
      return (hi >>> 12) & MASK;
    default:
      return hi >>> 23;
  }
}

/** Kept out of the sorting loop (a cold function keeps the hot one small). */
function rejectWait(i: number, value: number): never {
  throw new ParameterError(`waits[${i}]`, value, 'a finite number >= 0', '不小于 0 的有限数值');
}

export class WaitOrder {
  /** Indices in increasing order of value (the first `n` entries after `sort`). */
  order = new Uint32Array(0);
  private index = [new Uint32Array(0), new Uint32Array(0)];
  private low = [new Uint32Array(0), new Uint32Array(0)];
  private high = [new Uint32Array(0), new Uint32Array(0)];
  private readonly counts = new Uint32Array(PASSES * BUCKETS);
  // For `quantiles`: where each cell's values end, and the values dealt out to their cells.
  private end = new Int32Array(0);
  private dealt = new Float64Array(0);

  /** Orders values[0..n−1] (finite, >= 0: waits). */
  sort(values: Float64Array, n: number): Uint32Array {
    if (this.order.length < n) {
      const size = Math.max(n, this.order.length * 2);
      this.order = new Uint32Array(size);
      this.index = [new Uint32Array(size), new Uint32Array(size)];
      this.low = [new Uint32Array(size), new Uint32Array(size)];
      this.high = [new Uint32Array(size), new Uint32Array(size)];
    }
    // Little-endian, as on every platform we run: word 2i is the low half of values[i].
    const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
    const out = this.order;
    const counts = this.counts;
    counts.fill(0);
    let idx = this.index[0];
    let lo = this.low[0];
    let hi = this.high[0];
    let zeros = 0;
    let m = 0;
    for (let i = 0; i < n; i++) {
      const l = words[2 * i];
      const h = words[2 * i + 1];
      // Negative (sign bit), infinite or NaN (all exponent bits): not a wait.
      if (h >= 0x7ff00000) rejectWait(i, values[i]);
      if (l === 0 && h === 0) {
        out[zeros++] = i;
        continue;
      }
      idx[m] = i;
      lo[m] = l;
      hi[m] = h;
      m++;
      counts[l & MASK]++;
      counts[BUCKETS + ((l >>> 11) & MASK)]++;
      counts[2 * BUCKETS + (((l >>> 22) | (h << 10)) & MASK)]++;
      counts[3 * BUCKETS + ((h >>> 1) & MASK)]++;
      counts[4 * BUCKETS + ((h >>> 12) & MASK)]++;
      counts[5 * BUCKETS + (h >>> 23)]++;
    }
    let from = 0;
    for (let p = 0; p < PASSES && m > 0; p++) {
      const base = p * BUCKETS;
      if (counts[base + digit(lo[0], hi[0], p)] === m) continue; // one digit for all: nothing to do
      let sum = 0;
      for (let b = base; b < base + BUCKETS; b++) {
        const c = counts[b];
        counts[b] = sum;
        sum += c;
      }
      const to = 1 - from;
      const idx2 = this.index[to];
      const lo2 = this.low[to];
      const hi2 = this.high[to];
      for (let k = 0; k < m; k++) {
        const l = lo[k];
        const h = hi[k];
        const at = counts[base + digit(l, h, p)]++;
        idx2[at] = idx[k];
        lo2[at] = l;
        hi2[at] = h;
      }
      from = to;
      idx = idx2;
      lo = lo2;
      hi = hi2;
    }
    out.set(idx.subarray(0, m), zeros);
    return out;
  }

  /**
   * Type-7 quantiles by cell, from the last `sort` of `values` (n records): out[c · ps.length + j]
   * is the ps[j]-quantile of the values of the records i with cell[i] = c (records with cell −1
   * belong to none), 0 for an empty cell. `size[c]` is the number of records in cell c.
   *
   * The sorted values are dealt out to their cells in order (a counting sort by cell that keeps
   * each cell sorted); the two order statistics of each quantile are then read directly.
   */
  quantiles(
    values: Float64Array,
    n: number,
    cell: Int32Array,
    size: Float64Array,
    cells: number,
    ps: readonly number[],
    out: Float64Array,
  ): void {
    if (this.end.length < cells) this.end = new Int32Array(Math.max(cells, this.end.length * 2));
    if (this.dealt.length < n) this.dealt = new Float64Array(Math.max(n, this.dealt.length * 2));
    const end = this.end;
    const dealt = this.dealt;
    let at = 0;
    for (let c = 0; c < cells; c++) {
      end[c] = at;
      at += size[c];
    }
    const order = this.order;
    for (let k = 0; k < n; k++) {
      const i = order[k];
      const c = cell[i];
      if (c >= 0) dealt[end[c]++] = values[i];
    }
    const q = ps.length;
    for (let c = 0; c < cells; c++) {
      const s = size[c];
      const from = end[c] - s;
      for (let j = 0; j < q; j++) {
        if (s === 0) {
          out[c * q + j] = 0;
          continue;
        }
        const h = (s - 1) * ps[j];
        const lo = Math.floor(h);
        const v = dealt[from + lo];
        out[c * q + j] = lo + 1 < s ? v + (h - lo) * (dealt[from + lo + 1] - v) : v;
      }
    }
  }
}

/**
 * The k-th smallest of a[0..n−1] (0-based), as `a.subarray(0, n).sort()[k]` gives for waits (no
 * NaN, no −0), in linear expected time: Hoare's FIND, as Wirth writes it; it reorders `a`. One
 * order statistic needs no full sort (the kiosk sites' p90: thousands of waits, most of them 0,
 * which this partitioning takes in halves).
 */
export function selectKth(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    do {
      while (a[i] < pivot) i++;
      while (pivot < a[j]) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    } while (i <= j);
    if (j < k) lo = i;
    if (k < i) hi = j;
  }
  return a[k];
}
