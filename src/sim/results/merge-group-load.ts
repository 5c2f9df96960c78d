/**
 * Merging the planner's per-group load (group-load.ts) across replications: counts become means
 * per replication, the in-system histograms are summed, and the share served within the target
 * gets a confidence interval as a ratio estimator (Σ within / Σ joined over replications, with
 * the delta-method variance s²(w − R·j) / (n·j̄²)), at the level of a cell, of a day type per
 * group, of an interval for the whole hall and of a day type for the whole hall; and, from the
 * channel breakdown, per channel for each interval and for the whole day of each day type.
 * The mean wait of those served is the same kind of ratio (Σ wait sum / Σ served), per cell, per
 * group and day type, and per channel for each interval and day type. The time-average line,
 * busy and staffed windows get Student-t half-widths across replications, cell by cell.
 *
 * Replications are taken in the order given (merge.ts sorts them by number), so the result does
 * not depend on the order they finished in.
 */
import { tCritical } from '../math/student-t.ts';
import type { GroupLoad } from '../hall/group-load.ts';
import { mergeHotlineLoads, type MergedHotlineLoad } from '../hall/hotline-load.ts';
import { CHANNELS, DAY_TYPES, type DayType } from '../scenario/index.ts';

export interface ShareEstimate {
  /** Σ within / Σ joined (1 where nobody joined). */
  mean: Float64Array;
  /** Confidence half-width (0 with fewer than two replications or nobody joined). */
  halfWidth: Float64Array;
  /** Mean joiners per replication. */
  joined: Float64Array;
}

/** The mean wait of those served, as a ratio estimate (Σ wait / Σ served). */
export interface WaitEstimate {
  /** Minutes (0 where nobody was served). */
  mean: Float64Array;
  /** Confidence half-width (0 with fewer than two replications or nobody served). */
  halfWidth: Float64Array;
  /** Mean served per replication. */
  served: Float64Array;
}

export interface MergedGroupLoad {
  groups: string[];
  intervals: number;
  intervalMinutes: number;
  open: number;
  bins: number;
  days: Record<DayType, number>;
  replications: number;
  /** Means per replication, per cell (group, day type, interval). */
  joined: Float64Array;
  served: Float64Array;
  within: Float64Array;
  abandoned: Float64Array;
  waitSum: Float64Array;
  serviceSum: Float64Array;
  presence: Float64Array;
  /**
   * Line, busy and staffed windows (means per replication, summed over the days of the type), and
   * their half-widths.
   */
  queue: Float64Array;
  busy: Float64Array;
  staffed: Float64Array;
  queueHalfWidth: Float64Array;
  busyHalfWidth: Float64Array;
  staffedHalfWidth: Float64Array;
  /** Sums over replications, cells × bins. */
  inSystem: Float64Array;
  /** Means per replication, per channel cell (group, channel, day type, interval). */
  channelJoined: Float64Array;
  channelServed: Float64Array;
  channelWithin: Float64Array;
  channelWaitSum: Float64Array;
  channelAbandoned: Float64Array;
  /** The hotline's load, summed over replications (null when not recorded). */
  hotline: MergedHotlineLoad | null;
  /**
   * Share served within the target: per cell; per group and day type; per day type and interval
   * (all groups); per day type (all groups); the whole period (one value); per channel, day type
   * and interval (all groups: (channel · 3 + day type) · intervals + interval); per channel and
   * day type (channel · 3 + day type).
   */
  share: {
    cell: ShareEstimate;
    groupDay: ShareEstimate;
    hallInterval: ShareEstimate;
    hallDay: ShareEstimate;
    hallAll: ShareEstimate;
    channelInterval: ShareEstimate;
    channelDay: ShareEstimate;
  };
  /** Mean wait of those served, indexed as the shares of the same name. */
  wait: { cell: WaitEstimate; groupDay: WaitEstimate; channelInterval: WaitEstimate; channelDay: WaitEstimate };
}

/**
 * Index of channel `channel` (in CHANNELS), day type `dayType` and interval k in
 * `share.channelInterval` and `wait.channelInterval`.
 */
export function channelIntervalIndex(intervals: number, channel: number, dayType: number, k: number): number {
  return (channel * DAY_TYPES.length + dayType) * intervals + k;
}

/** Index of channel `channel` and day type `dayType` in `share.channelDay` and `wait.channelDay`. */
export function channelDayIndex(channel: number, dayType: number): number {
  return channel * DAY_TYPES.length + dayType;
}

type Pick = (l: GroupLoad) => Float64Array;

/**
 * Ratio estimates Σ num / Σ den for `cells` aggregates of base cells [0, base); `key(c)` maps a
 * base cell to its aggregate (or −1). `empty` is the estimate where the denominator is 0.
 */
function ratio(
  loads: readonly GroupLoad[],
  num: Pick,
  den: Pick,
  base: number,
  cells: number,
  key: (c: number) => number,
  level: number,
  empty: number,
) {
  const n = loads.length;
  const w = loads.map(() => new Float64Array(cells));
  const j = loads.map(() => new Float64Array(cells));
  loads.forEach((l, r) => {
    const a = num(l);
    const b = den(l);
    for (let c = 0; c < base; c++) {
      const k = key(c);
      if (k < 0) continue;
      w[r][k] += a[c];
      j[r][k] += b[c];
    }
  });
  const mean = new Float64Array(cells);
  const halfWidth = new Float64Array(cells);
  const denominator = new Float64Array(cells);
  const t = n >= 2 ? tCritical(level, n - 1) : 0;
  for (let k = 0; k < cells; k++) {
    let sw = 0;
    let sj = 0;
    for (let r = 0; r < n; r++) {
      sw += w[r][k];
      sj += j[r][k];
    }
    denominator[k] = sj / n;
    if (sj === 0) {
      mean[k] = empty;
      continue;
    }
    const R = sw / sj;
    mean[k] = R;
    if (n < 2) continue;
    let ss = 0;
    for (let r = 0; r < n; r++) ss += (w[r][k] - R * j[r][k]) ** 2;
    const jbar = sj / n;
    halfWidth[k] = (t * Math.sqrt(ss / (n - 1) / n)) / jbar;
  }
  return { mean, halfWidth, denominator };
}

const share = (
  loads: readonly GroupLoad[],
  within: Pick,
  joined: Pick,
  base: number,
  cells: number,
  key: (c: number) => number,
  level: number,
): ShareEstimate => {
  const r = ratio(loads, within, joined, base, cells, key, level, 1);
  return { mean: r.mean, halfWidth: r.halfWidth, joined: r.denominator };
};

const wait = (
  loads: readonly GroupLoad[],
  waitSum: Pick,
  served: Pick,
  base: number,
  cells: number,
  key: (c: number) => number,
  level: number,
): WaitEstimate => {
  const r = ratio(loads, waitSum, served, base, cells, key, level, 0);
  return { mean: r.mean, halfWidth: r.halfWidth, served: r.denominator };
};

/** Cell-wise mean and Student-t half-width across replications. */
function meanHalfWidth(
  loads: readonly GroupLoad[],
  pick: Pick,
  level: number,
): { mean: Float64Array; halfWidth: Float64Array } {
  const n = loads.length;
  const cells = pick(loads[0]).length;
  const mean = new Float64Array(cells);
  const halfWidth = new Float64Array(cells);
  for (const l of loads) {
    const a = pick(l);
    for (let c = 0; c < cells; c++) mean[c] += a[c];
  }
  for (let c = 0; c < cells; c++) mean[c] /= n;
  if (n < 2) return { mean, halfWidth };
  for (const l of loads) {
    const a = pick(l);
    for (let c = 0; c < cells; c++) halfWidth[c] += (a[c] - mean[c]) ** 2;
  }
  const t = tCritical(level, n - 1);
  for (let c = 0; c < cells; c++) halfWidth[c] = t * Math.sqrt(halfWidth[c] / (n - 1) / n);
  return { mean, halfWidth };
}

export function mergeGroupLoads(loads: readonly GroupLoad[], level: number): MergedGroupLoad {
  const first = loads[0];
  const cells = first.joined.length;
  const T = DAY_TYPES.length;
  const C = CHANNELS.length;
  const I = first.intervals;
  const G = first.groups.length;
  const meanOf = (pick: Pick) => meanHalfWidth(loads, pick, level).mean;
  const inSystem = new Float64Array(first.inSystem.length);
  for (const l of loads) for (let i = 0; i < inSystem.length; i++) inSystem[i] += l.inSystem[i];
  const queue = meanHalfWidth(loads, (l) => l.queue, level);
  const busy = meanHalfWidth(loads, (l) => l.busy, level);
  const staffed = meanHalfWidth(loads, (l) => l.staffed, level);
  const channelBase = G * C * T * I;
  // cell = (g·T + d)·I + k; channel cell = ((g·C + ch)·T + d)·I + k, so (channel cell / I) mod (C·T) = ch·T + d.
  const cellKey = (c: number) => c;
  const groupDay = (c: number) => Math.floor(c / I);
  const channelInterval = (c: number) => (Math.floor(c / I) % (C * T)) * I + (c % I);
  const channelDay = (c: number) => Math.floor(c / I) % (C * T);
  const within = (l: GroupLoad) => l.within;
  const joined = (l: GroupLoad) => l.joined;
  const cWithin = (l: GroupLoad) => l.channelWithin;
  const cJoined = (l: GroupLoad) => l.channelJoined;
  const waitSum = (l: GroupLoad) => l.waitSum;
  const served = (l: GroupLoad) => l.served;
  const cWaitSum = (l: GroupLoad) => l.channelWaitSum;
  const cServed = (l: GroupLoad) => l.channelServed;
  return {
    groups: first.groups,
    intervals: I,
    intervalMinutes: first.intervalMinutes,
    open: first.open,
    bins: first.bins,
    days: first.days,
    replications: loads.length,
    joined: meanOf(joined),
    served: meanOf(served),
    within: meanOf(within),
    abandoned: meanOf((l) => l.abandoned),
    waitSum: meanOf(waitSum),
    serviceSum: meanOf((l) => l.serviceSum),
    presence: meanOf((l) => l.presence),
    queue: queue.mean,
    busy: busy.mean,
    staffed: staffed.mean,
    queueHalfWidth: queue.halfWidth,
    busyHalfWidth: busy.halfWidth,
    staffedHalfWidth: staffed.halfWidth,
    inSystem,
    channelJoined: meanOf(cJoined),
    channelServed: meanOf(cServed),
    channelWithin: meanOf(cWithin),
    channelWaitSum: meanOf(cWaitSum),
    channelAbandoned: meanOf((l) => l.channelAbandoned),
    hotline: loads.every((l) => l.hotline) ? mergeHotlineLoads(loads.map((l) => l.hotline!)) : null,
    share: {
      cell: share(loads, within, joined, cells, cells, cellKey, level),
      groupDay: share(loads, within, joined, cells, G * T, groupDay, level),
      hallInterval: share(loads, within, joined, cells, T * I, (c) => (Math.floor(c / I) % T) * I + (c % I), level),
      hallDay: share(loads, within, joined, cells, T, (c) => Math.floor(c / I) % T, level),
      hallAll: share(loads, within, joined, cells, 1, () => 0, level),
      channelInterval: share(loads, cWithin, cJoined, channelBase, C * T * I, channelInterval, level),
      channelDay: share(loads, cWithin, cJoined, channelBase, C * T, channelDay, level),
    },
    wait: {
      cell: wait(loads, waitSum, served, cells, cells, cellKey, level),
      groupDay: wait(loads, waitSum, served, cells, G * T, groupDay, level),
      channelInterval: wait(loads, cWaitSum, cServed, channelBase, C * T * I, channelInterval, level),
      channelDay: wait(loads, cWaitSum, cServed, channelBase, C * T, channelDay, level),
    },
  };
}
