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
 *
 * Everything the results need is taken by `summary` at once: one sort of the waits, one pass in
 * record order for the counts and sums of every category and cell (sums in record order, so the
 * figures do not depend on how they are grouped), then one pass over the sorted order per
 * grouping for the quantiles. The columns and the working buffers are kept from one replication
 * to the next (`reset`).
 */
import { MINUTES_PER_DAY } from '../scenario/index.ts';
import { WaitOrder } from './wait-order.ts';

export interface WaitStats {
  n: number;
  mean: number;
  p50: number;
  p90: number;
  p95: number;
  withinTarget: number;
}

/** Mean and 90th percentile wait and count of those served, by a cell of their ticket time (0 when none). */
export interface CellWaits {
  mean: Float64Array;
  p90: Float64Array;
  count: Float64Array;
}

/** How ticket times fall into cells: statistics intervals, days, and each day type's average day. */
export interface TicketCells {
  /** Interval length, minutes, and intervals in the horizon (the last one also takes later tickets). */
  interval: number;
  intervals: number;
  days: number;
  intervalsPerDay: number;
  /** Day-type index of each day (DAY_TYPES order), −1 on a day the hall is closed. */
  dayType: Int8Array;
  dayTypes: number;
}

export interface WaitSummary {
  all: WaitStats | null;
  /** Per business type, channel (CHANNELS order) and window group; null for one nobody was served in. */
  type: (WaitStats | null)[];
  channel: (WaitStats | null)[];
  group: (WaitStats | null)[];
  /** By ticket interval, by ticket day (the last one also takes later tickets). */
  interval: CellWaits;
  day: CellWaits;
  /** By day type and interval of the day: cell dayType · intervalsPerDay + k; closed days left out. */
  profile: CellWaits;
  /** Abandonments by ticket day (the last one also takes later tickets). */
  abandonedByDay: Float64Array;
}

const PS = [0.5, 0.9, 0.95] as const;
const P90 = [0.9] as const;
const CHANNEL_COUNT = 3;

function growF64(a: Float64Array, n: number): Float64Array {
  const b = new Float64Array(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

function growI32(a: Int32Array, n: number): Int32Array {
  const b = new Int32Array(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

/** At least n entries, zeroed from 0 to n (contents not kept). */
function zeroedF64(a: Float64Array, n: number): Float64Array {
  if (a.length < n) return new Float64Array(Math.max(n, a.length * 2));
  a.fill(0, 0, n);
  return a;
}

export class WaitRecords {
  n = 0;
  private ticket: Float64Array;
  private wait: Float64Array;
  private type: Int32Array;
  private channel: Int32Array;
  private group: Int32Array;
  /** Abandonments in all, by category (the within-target denominators) and their ticket times. */
  abandonedAll = 0;
  private abandonedType = new Int32Array(8);
  private readonly abandonedChannel = new Int32Array(CHANNEL_COUNT);
  private abandonedGroup = new Int32Array(8);
  private abandonTicket: Float64Array = new Float64Array(256);

  // Working storage of `summary`, kept between replications.
  private readonly order = new WaitOrder();
  private cellInterval = new Int32Array(0);
  private cellDay = new Int32Array(0);
  private cellProfile = new Int32Array(0);
  private count: Float64Array = new Float64Array(0);
  private sum: Float64Array = new Float64Array(0);
  private within: Float64Array = new Float64Array(0);
  private q: Float64Array = new Float64Array(0);

  /** `expected`: about how many waits will be recorded (sizes the columns once). */
  constructor(expected = 1024) {
    const n = Math.max(64, Math.ceil(expected));
    this.ticket = new Float64Array(n);
    this.wait = new Float64Array(n);
    this.type = new Int32Array(n);
    this.channel = new Int32Array(n);
    this.group = new Int32Array(n);
  }

  /** Forgets every record, keeping the columns (reused replication after replication). */
  reset(types: number, groups: number): void {
    this.n = 0;
    this.abandonedAll = 0;
    if (this.abandonedType.length < types) this.abandonedType = new Int32Array(types);
    if (this.abandonedGroup.length < groups) this.abandonedGroup = new Int32Array(groups);
    this.abandonedType.fill(0);
    this.abandonedChannel.fill(0);
    this.abandonedGroup.fill(0);
  }

  add(ticket: number, wait: number, type: number, channel: number, group: number): void {
    const i = this.n++;
    if (i >= this.wait.length) this.grow(i + 1);
    this.ticket[i] = ticket;
    this.wait[i] = wait;
    this.type[i] = type;
    this.channel[i] = channel;
    this.group[i] = group;
  }

  private grow(n: number): void {
    this.ticket = growF64(this.ticket, n);
    this.wait = growF64(this.wait, n);
    this.type = growI32(this.type, n);
    this.channel = growI32(this.channel, n);
    this.group = growI32(this.group, n);
  }

  abandon(ticket: number, type: number, channel: number, group: number): void {
    const k = this.abandonedAll++;
    this.abandonedType[type]++;
    this.abandonedChannel[channel]++;
    this.abandonedGroup[group]++;
    if (k >= this.abandonTicket.length) this.abandonTicket = growF64(this.abandonTicket, k + 1);
    this.abandonTicket[k] = ticket;
  }

  /**
   * Every statistic of the waits the results report: by category (`types` business types and
   * `groups` window groups), target wait `target` minutes, and by ticket cell (`cells`).
   */
  summary(target: number, types: number, groups: number, cells: TicketCells): WaitSummary {
    const n = this.n;
    const w = this.wait;
    const C = 1 + types + CHANNEL_COUNT + groups;
    this.count = zeroedF64(this.count, C);
    this.sum = zeroedF64(this.sum, C);
    this.within = zeroedF64(this.within, C);
    if (this.q.length < 3 * C) this.q = new Float64Array(Math.max(3 * C, this.q.length * 2));
    if (this.cellInterval.length < n) {
      const size = Math.max(n, this.cellInterval.length * 2);
      this.cellInterval = new Int32Array(size);
      this.cellDay = new Int32Array(size);
      this.cellProfile = new Int32Array(size);
    }
    const interval = cellWaits(cells.intervals);
    const day = cellWaits(cells.days);
    const profile = cellWaits(cells.dayTypes * cells.intervalsPerDay);
    this.tally(target, types, cells, interval, day, profile);

    const order = this.order;
    order.sort(w, n);
    const q = this.q;
    // All: the order statistics straight from the order.
    let all: WaitStats | null = null;
    if (n > 0) {
      const o = order.order;
      for (let j = 0; j < 3; j++) {
        const h = (n - 1) * PS[j];
        const lo = Math.floor(h);
        const v = w[o[lo]];
        q[j] = lo + 1 < n ? v + (h - lo) * (w[o[lo + 1]] - v) : v;
      }
      all = this.stats(0, 0, this.abandonedAll);
    }
    const type = this.byCategory(this.type, 1, types, this.abandonedType);
    const channel = this.byCategory(this.channel, 1 + types, CHANNEL_COUNT, this.abandonedChannel);
    const group = this.byCategory(this.group, 1 + types + CHANNEL_COUNT, groups, this.abandonedGroup);
    for (const [cell, cw] of [
      [this.cellInterval, interval],
      [this.cellDay, day],
      [this.cellProfile, profile],
    ] as const)
      order.quantiles(w, n, cell, cw.count, cw.count.length, P90, cw.p90);

    const abandonedByDay = new Float64Array(cells.days);
    for (let k = 0; k < this.abandonedAll; k++)
      abandonedByDay[Math.min(cells.days - 1, Math.floor(this.abandonTicket[k] / MINUTES_PER_DAY))]++;
    return { all, type, channel, group, interval, day, profile, abandonedByDay };
  }

  /**
   * The pass in record order: count, sum and waits within target of every category slot (all,
   * then types, channels, groups); each record's ticket cells, and count and mean by cell.
   */
  private tally(
    target: number,
    types: number,
    cells: TicketCells,
    interval: CellWaits,
    day: CellWaits,
    profile: CellWaits,
  ): void {
    const n = this.n;
    const w = this.wait;
    const t = this.ticket;
    const type = this.type;
    const channel = this.channel;
    const group = this.group;
    const count = this.count;
    const sum = this.sum;
    const within = this.within;
    const ci = this.cellInterval;
    const cd = this.cellDay;
    const cp = this.cellProfile;
    const { interval: width, intervals, days, intervalsPerDay: per, dayType } = cells;
    const ivCount = interval.count;
    const ivSum = interval.mean;
    const dyCount = day.count;
    const dySum = day.mean;
    const prCount = profile.count;
    const prSum = profile.mean;
    const ofChannel = 1 + types;
    const ofGroup = 1 + types + CHANNEL_COUNT;
    // Slot 0 (all) in locals: a running sum in memory would make each record wait for the last.
    let sumAll = 0;
    let withinAll = 0;
    for (let i = 0; i < n; i++) {
      const wi = w[i];
      const inside = wi <= target ? 1 : 0;
      sumAll += wi;
      withinAll += inside;
      let k = 1 + type[i];
      count[k]++;
      sum[k] += wi;
      within[k] += inside;
      k = ofChannel + channel[i];
      count[k]++;
      sum[k] += wi;
      within[k] += inside;
      k = ofGroup + group[i];
      count[k]++;
      sum[k] += wi;
      within[k] += inside;
      const ti = t[i];
      let c = Math.min(intervals - 1, Math.floor(ti / width));
      ci[i] = c;
      ivCount[c]++;
      ivSum[c] += wi;
      const d = Math.floor(ti / MINUTES_PER_DAY);
      c = Math.min(days - 1, d);
      cd[i] = c;
      dyCount[c]++;
      dySum[c] += wi;
      const dt = d < days ? dayType[d] : -1;
      if (dt < 0) cp[i] = -1;
      else {
        c = dt * per + Math.floor((ti - d * MINUTES_PER_DAY) / width);
        cp[i] = c;
        prCount[c]++;
        prSum[c] += wi;
      }
    }
    count[0] = n;
    sum[0] = sumAll;
    within[0] = withinAll;
    for (const cw of [interval, day, profile])
      for (let c = 0; c < cw.mean.length; c++) if (cw.count[c] > 0) cw.mean[c] /= cw.count[c];
  }

  /** Stats of category slot k, its quantiles at q[at..at+2]; null when nobody was served in it. */
  private stats(k: number, at: number, abandoned: number): WaitStats | null {
    const n = this.count[k];
    if (!(n > 0)) return null;
    const q = this.q;
    return {
      n,
      mean: this.sum[k] / n,
      p50: q[at],
      p90: q[at + 1],
      p95: q[at + 2],
      withinTarget: this.within[k] / (n + abandoned),
    };
  }

  /** Stats of the `categories` slots from `of`, categories given by `column`. */
  private byCategory(column: Int32Array, of: number, categories: number, abandoned: Int32Array): (WaitStats | null)[] {
    this.order.quantiles(this.wait, this.n, column, this.count.subarray(of, of + categories), categories, PS, this.q);
    const out: (WaitStats | null)[] = [];
    for (let k = 0; k < categories; k++) out.push(this.stats(of + k, 3 * k, abandoned[k]));
    return out;
  }

  /** Shares of the served by wait bin of `binMinutes`, `bins` bins, the last one open-ended. */
  distribution(binMinutes: number, bins: number): { binMinutes: number; shares: Float64Array } {
    const shares = new Float64Array(bins);
    const w = this.wait;
    for (let i = 0; i < this.n; i++) shares[Math.min(bins - 1, Math.floor(w[i] / binMinutes))]++;
    if (this.n > 0) for (let b = 0; b < bins; b++) shares[b] /= this.n;
    return { binMinutes, shares };
  }
}

function cellWaits(cells: number): CellWaits {
  return { mean: new Float64Array(cells), p90: new Float64Array(cells), count: new Float64Array(cells) };
}
