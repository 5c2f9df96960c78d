/**
 * The waits of one replication: every counted taxpayer who started service at a window (and
 * every one who gave up), with when the ticket was taken and by which type, channel and group,
 * so that exact quantiles can be taken per category and per interval at the end.
 *
 * Definitions (stated in the results too):
 *  - a wait runs from the ticket (or the appointment's check-in, not before its slot) to the
 *    start of service at a window;
 *  - mean and quantiles are over served taxpayers (Hyndman–Fan type 7 quantiles);
 *  - "within target" is the share served within T minutes among those who joined a window line
 *    (served + abandoned): giving up counts as a failure.
 */
import { quantileSorted } from '../engine/stats/quantile.ts';

export interface WaitStats {
  n: number;
  mean: number;
  p50: number;
  p90: number;
  p95: number;
  withinTarget: number;
}

class Column {
  data: Float64Array;
  constructor(n = 1024) {
    this.data = new Float64Array(n);
  }
  set(i: number, v: number): void {
    if (i >= this.data.length) {
      const d = new Float64Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[i] = v;
  }
}

/** Sorts waits whose first `zeros` entries are 0 and the rest positive (sorting only the rest). */
function sortPositives(xs: Float64Array, zeros: number): Float64Array {
  xs.subarray(zeros).sort();
  return xs;
}

/** Stats of sorted waits; `abandoned` joined the same lines and gave up. */
function summarize(sorted: Float64Array, target: number, abandoned: number): WaitStats {
  const m = sorted.length;
  let sum = 0;
  let within = 0;
  for (let i = 0; i < m; i++) {
    sum += sorted[i];
    if (sorted[i] <= target) within++;
  }
  return {
    n: m,
    mean: sum / m,
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    p95: quantileSorted(sorted, 0.95),
    withinTarget: within / (m + abandoned),
  };
}

export class WaitRecords {
  n = 0;
  private readonly ticket = new Column();
  private readonly wait = new Column();
  private readonly type = new Column();
  private readonly channel = new Column();
  private readonly group = new Column();
  /** Abandonments: count per category key, for the within-target denominators. */
  abandonedAll = 0;
  readonly abandonedBy = new Map<string, number>();
  /** Abandonments by ticket interval. */
  readonly abandonTimes: number[] = [];

  add(ticket: number, wait: number, type: number, channel: number, group: number): void {
    const i = this.n++;
    this.ticket.set(i, ticket);
    this.wait.set(i, wait);
    this.type.set(i, type);
    this.channel.set(i, channel);
    this.group.set(i, group);
  }

  abandon(ticket: number, type: number, channel: number, group: number): void {
    this.abandonedAll++;
    for (const k of [`t${type}`, `c${channel}`, `g${group}`]) this.abandonedBy.set(k, (this.abandonedBy.get(k) ?? 0) + 1);
    this.abandonTimes.push(ticket);
  }

  /** Stats of all records. */
  statsAll(target: number): WaitStats | null {
    if (this.n === 0) return null;
    const w = this.wait.data;
    const xs = new Float64Array(this.n);
    let zeros = 0;
    let top = this.n;
    for (let i = 0; i < this.n; i++) {
      if (w[i] === 0) zeros++;
      else xs[--top] = w[i];
    }
    return summarize(sortPositives(xs, zeros), target, this.abandonedAll);
  }

  /**
   * Stats per category of `field` (values 0..categories−1): the records are bucketed by
   * category in one pass (counting sort), then each bucket is sorted on its own.
   */
  statsBy(field: 'type' | 'channel' | 'group', categories: number, target: number): (WaitStats | null)[] {
    const col = this[field].data;
    const w = this.wait.data;
    const start = new Int32Array(categories + 1);
    for (let i = 0; i < this.n; i++) start[col[i] + 1]++;
    for (let k = 0; k < categories; k++) start[k + 1] += start[k];
    // Zeros (no wait at all: common) go to the front of each bucket and need no sorting.
    const low = start.slice(0, categories);
    const high = start.slice(1);
    const grouped = new Float64Array(this.n);
    for (let i = 0; i < this.n; i++) {
      const k = col[i];
      if (w[i] === 0) grouped[low[k]++] = 0;
      else grouped[--high[k]] = w[i];
    }
    const prefix = field === 'type' ? 't' : field === 'channel' ? 'c' : 'g';
    const out: (WaitStats | null)[] = [];
    for (let k = 0; k < categories; k++) {
      if (start[k + 1] === start[k]) {
        out.push(null);
        continue;
      }
      const part = sortPositives(grouped.subarray(start[k], start[k + 1]), low[k] - start[k]);
      out.push(summarize(part, target, this.abandonedBy.get(`${prefix}${k}`) ?? 0));
    }
    return out;
  }

  /**
   * Mean and p90 wait and count by the interval of the ticket, over `cells` intervals of
   * `width` minutes, and the same by day.
   */
  byInterval(width: number, cells: number): { mean: Float64Array; p90: Float64Array; count: Float64Array } {
    const mean = new Float64Array(cells);
    const p90 = new Float64Array(cells);
    const count = new Float64Array(cells);
    const cell = new Int32Array(this.n);
    const t = this.ticket.data;
    const w = this.wait.data;
    for (let i = 0; i < this.n; i++) {
      const c = Math.min(cells - 1, Math.floor(t[i] / width));
      cell[i] = c;
      count[c]++;
      mean[c] += w[i];
    }
    // Group waits by cell (counting sort), then take each cell's p90.
    const start = new Int32Array(cells + 1);
    for (let c = 0; c < cells; c++) start[c + 1] = start[c] + count[c];
    const fill = start.slice(0, cells);
    const grouped = new Float64Array(this.n);
    for (let i = 0; i < this.n; i++) grouped[fill[cell[i]]++] = w[i];
    for (let c = 0; c < cells; c++) {
      if (count[c] === 0) continue;
      mean[c] /= count[c];
      const part = grouped.subarray(start[c], start[c + 1]).sort();
      p90[c] = quantileSorted(part, 0.9);
    }
    return { mean, p90, count };
  }
}
