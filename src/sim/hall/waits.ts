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
import { groupQuantiles, sortOrder } from '../engine/stats/order.ts';

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

/** Stats from a category's count, sum, waits within target, quantiles and abandonments. */
function stats(n: number, sum: number, within: number, q: Float64Array, at: number, abandoned: number): WaitStats {
  return { n, mean: sum / n, p50: q[at], p90: q[at + 1], p95: q[at + 2], withinTarget: within / (n + abandoned) };
}

const PS = [0.5, 0.9, 0.95] as const;

export class WaitRecords {
  n = 0;
  private readonly ticket: Column;
  private readonly wait: Column;
  private readonly type: Column;
  private readonly channel: Column;
  private readonly group: Column;

  /** `expected`: about how many waits will be recorded (sizes the columns once). */
  constructor(expected = 1024) {
    const n = Math.max(64, Math.ceil(expected));
    this.ticket = new Column(n);
    this.wait = new Column(n);
    this.type = new Column(n);
    this.channel = new Column(n);
    this.group = new Column(n);
  }
  /** Abandonments: count per category key, for the within-target denominators. */
  abandonedAll = 0;

  /** Forgets every record, keeping the columns (reused replication after replication). */
  reset(): void {
    this.n = 0;
    this.abandonedAll = 0;
    this.abandonedBy.clear();
    this.abandonTimes.length = 0;
    this.order = null;
  }

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
    for (const k of [`t${type}`, `c${channel}`, `g${group}`])
      this.abandonedBy.set(k, (this.abandonedBy.get(k) ?? 0) + 1);
    this.abandonTimes.push(ticket);
  }

  /** The order of the waits, sorted once for every statistic that needs quantiles. */
  private order: Uint32Array | null = null;
  private sorted(): Uint32Array {
    if (!this.order || this.order.length !== this.n) this.order = sortOrder(this.wait.data, this.n);
    return this.order;
  }

  /** Stats of all records. */
  statsAll(target: number): WaitStats | null {
    if (this.n === 0) return null;
    const zero = new Uint8Array(this.n);
    return this.statsOf(zero, 1, target, () => this.abandonedAll)[0];
  }

  /** Stats per category of `field` (values 0..categories−1). */
  statsBy(field: 'type' | 'channel' | 'group', categories: number, target: number): (WaitStats | null)[] {
    const prefix = field === 'type' ? 't' : field === 'channel' ? 'c' : 'g';
    return this.statsOf(this[field].data, categories, target, (k) => this.abandonedBy.get(`${prefix}${k}`) ?? 0);
  }

  private statsOf(
    group: ArrayLike<number>,
    categories: number,
    target: number,
    abandoned: (k: number) => number,
  ): (WaitStats | null)[] {
    const w = this.wait.data;
    const count = new Float64Array(categories);
    const sum = new Float64Array(categories);
    const within = new Float64Array(categories);
    for (let i = 0; i < this.n; i++) {
      const g = group[i];
      count[g]++;
      sum[g] += w[i];
      if (w[i] <= target) within[g]++;
    }
    const q = groupQuantiles(w, this.sorted(), group, categories, PS);
    const out: (WaitStats | null)[] = [];
    for (let k = 0; k < categories; k++)
      out.push(count[k] > 0 ? stats(count[k], sum[k], within[k], q, k * 3, abandoned(k)) : null);
    return out;
  }

  /**
   * Mean and p90 wait and count by the interval of the ticket, over `cells` intervals of
   * `width` minutes (the last one also takes any later tickets).
   */
  byInterval(width: number, cells: number): { mean: Float64Array; p90: Float64Array; count: Float64Array } {
    return this.byCell((t) => Math.min(cells - 1, Math.floor(t / width)), cells);
  }

  /** Mean and p90 wait and count by a cell of the ticket time (`cellOf` gives 0..cells−1, or −1 to skip). */
  byCell(
    cellOf: (ticket: number) => number,
    cells: number,
  ): { mean: Float64Array; p90: Float64Array; count: Float64Array } {
    const mean = new Float64Array(cells);
    const count = new Float64Array(cells);
    const cell = new Uint32Array(this.n);
    const t = this.ticket.data;
    const w = this.wait.data;
    // Records with no cell go to an extra group that is dropped.
    for (let i = 0; i < this.n; i++) {
      const c0 = cellOf(t[i]);
      const c = c0 < 0 ? cells : c0;
      cell[i] = c;
      if (c === cells) continue;
      count[c]++;
      mean[c] += w[i];
    }
    for (let c = 0; c < cells; c++) if (count[c] > 0) mean[c] /= count[c];
    const p90 = groupQuantiles(w, this.sorted(), cell, cells + 1, [0.9]).subarray(0, cells);
    return { mean, p90: p90.slice(), count };
  }

  /** Shares of the served by wait bin of `binMinutes`, `bins` bins, the last one open-ended. */
  distribution(binMinutes: number, bins: number): { binMinutes: number; shares: Float64Array } {
    const shares = new Float64Array(bins);
    const w = this.wait.data;
    for (let i = 0; i < this.n; i++) shares[Math.min(bins - 1, Math.floor(w[i] / binMinutes))]++;
    if (this.n > 0) for (let b = 0; b < bins; b++) shares[b] /= this.n;
    return { binMinutes, shares };
  }
}
