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
 * Replications are added one at a time (GroupLoadFold, fold.ts) in the order given: the
 * accumulator (accumulate.ts) gives them in replication order, so the result does not depend on
 * the order they finished in, and nothing of a replication is kept once added.
 */
import type { GroupLoad } from '../hall/group-load.ts';
import { mergeHotlineLoads, type MergedHotlineLoad } from '../hall/hotline-load.ts';
import { CHANNELS, DAY_TYPES, type DayType } from '../scenario/index.ts';
import { MeanFold, RatioFold } from './fold.ts';

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

/** The count arrays merged as means per replication (no interval), in MergedGroupLoad's order. */
const MEANS = [
  'joined',
  'served',
  'within',
  'abandoned',
  'waitSum',
  'serviceSum',
  'presence',
  'channelJoined',
  'channelServed',
  'channelWithin',
  'channelWaitSum',
  'channelAbandoned',
] as const;

type Keyed = [cells: number, base: 'cells' | 'channels', key: (c: number) => number];

/** The share and wait aggregates of group load with `G` groups and `I` intervals (see `share`). */
function aggregates(G: number, I: number) {
  const T = DAY_TYPES.length;
  const C = CHANNELS.length;
  const cells = G * T * I;
  // cell = (g·T + d)·I + k; channel cell = ((g·C + ch)·T + d)·I + k, so (channel cell / I) mod (C·T) = ch·T + d.
  const cell: Keyed = [cells, 'cells', (c) => c];
  const groupDay: Keyed = [G * T, 'cells', (c) => Math.floor(c / I)];
  const channelInterval: Keyed = [C * T * I, 'channels', (c) => (Math.floor(c / I) % (C * T)) * I + (c % I)];
  const channelDay: Keyed = [C * T, 'channels', (c) => Math.floor(c / I) % (C * T)];
  return {
    share: {
      cell,
      groupDay,
      hallInterval: [T * I, 'cells', (c) => (Math.floor(c / I) % T) * I + (c % I)] as Keyed,
      hallDay: [T, 'cells', (c) => Math.floor(c / I) % T] as Keyed,
      hallAll: [1, 'cells', () => 0] as Keyed,
      channelInterval,
      channelDay,
    },
    wait: { cell, groupDay, channelInterval, channelDay },
  };
}

type ShareKey = keyof MergedGroupLoad['share'];
type WaitKey = keyof MergedGroupLoad['wait'];

/** The per-group load of replications added one at a time; `finish` merges them. */
export class GroupLoadFold {
  /** What the merged load takes from the first replication (not its arrays). */
  private readonly first: Pick<GroupLoad, 'groups' | 'intervals' | 'intervalMinutes' | 'open' | 'bins' | 'days'>;
  private readonly means: Record<(typeof MEANS)[number], MeanFold>;
  private readonly queue: MeanFold;
  private readonly busy: MeanFold;
  private readonly staffed: MeanFold;
  private readonly inSystem: Float64Array;
  private readonly share: Record<ShareKey, RatioFold>;
  private readonly wait: Record<WaitKey, RatioFold>;
  /** The share and wait folds, each with whether it sums the channel breakdown (fixed once). */
  private readonly shareFolds: [RatioFold, boolean][];
  private readonly waitFolds: [RatioFold, boolean][];
  /**
   * The hotline's sums so far (mergeHotlineLoads of the sums and the next: the same sums, in the
   * same order, as of every load at once); null once a load lacked it.
   */
  private hotline: MergedHotlineLoad | null | undefined = undefined;
  private added = 0;

  constructor(first: GroupLoad) {
    const { groups, intervals, intervalMinutes, open, bins, days } = first;
    this.first = { groups, intervals, intervalMinutes, open, bins, days };
    const cells = first.joined.length;
    const channels = first.channelJoined.length;
    this.means = Object.fromEntries(
      MEANS.map((k) => [k, new MeanFold(k.startsWith('channel') ? channels : cells)]),
    ) as GroupLoadFold['means'];
    this.queue = new MeanFold(cells);
    this.busy = new MeanFold(cells);
    this.staffed = new MeanFold(cells);
    this.inSystem = new Float64Array(first.inSystem.length);
    const agg = aggregates(first.groups.length, first.intervals);
    const fold = ([n, base, key]: Keyed) => new RatioFold(n, base === 'cells' ? cells : channels, key);
    this.share = Object.fromEntries(Object.entries(agg.share).map(([k, a]) => [k, fold(a)])) as GroupLoadFold['share'];
    this.wait = Object.fromEntries(Object.entries(agg.wait).map(([k, a]) => [k, fold(a)])) as GroupLoadFold['wait'];
    const channelFlag = ([k, f]: [string, RatioFold]): [RatioFold, boolean] => [f, k.startsWith('channel')];
    this.shareFolds = Object.entries(this.share).map(channelFlag);
    this.waitFolds = Object.entries(this.wait).map(channelFlag);
  }

  add(l: GroupLoad): void {
    for (const k of MEANS) this.means[k].add(l[k]);
    this.queue.add(l.queue);
    this.busy.add(l.busy);
    this.staffed.add(l.staffed);
    this.addHistograms(l);
    for (const [fold, channel] of this.shareFolds)
      fold.add(channel ? l.channelWithin : l.within, channel ? l.channelJoined : l.joined);
    for (const [fold, channel] of this.waitFolds)
      fold.add(channel ? l.channelWaitSum : l.waitSum, channel ? l.channelServed : l.served);
    if (this.hotline !== null)
      this.hotline = l.hotline ? mergeHotlineLoads(this.hotline ? [this.hotline, l.hotline] : [l.hotline]) : null;
    this.added++;
  }

  /**
   * Sums the in-system histograms, cell by cell, only as far as the cell's joiners reach: each
   * joiner counted in a cell adds one to one of its bins (group-load.ts), so a cell nobody joined
   * is all zeros and a cell's bins past the last of its `joined` are too. Adding a zero changes no
   * sum, so this gives the bits of adding every bin, at a fraction of the cost: most cells of a
   * day's run are of the other day types, and few bins of a cell are reached (the planner adds
   * 192 cells × 160 bins a replication on the demo hall).
   */
  private addHistograms(l: GroupLoad): void {
    const sums = this.inSystem;
    const bins = l.bins;
    const h = l.inSystem;
    if (h.length === 0) return;
    const joined = l.joined;
    for (let c = 0; c < joined.length; c++) {
      let left = joined[c];
      for (let i = c * bins, end = i + bins; left > 0 && i < end; i++) {
        const x = h[i];
        if (x === 0) continue;
        sums[i] += x;
        left -= x;
      }
    }
  }

  finish(level: number): MergedGroupLoad {
    const first = this.first;
    const queue = this.queue.finish(level);
    const busy = this.busy.finish(level);
    const staffed = this.staffed.finish(level);
    const m = (k: (typeof MEANS)[number]) => this.means[k].mean();
    const share = (k: ShareKey): ShareEstimate => {
      const r = this.share[k].finish(level, 1);
      return { mean: r.mean, halfWidth: r.halfWidth, joined: r.denominator };
    };
    const wait = (k: WaitKey): WaitEstimate => {
      const r = this.wait[k].finish(level, 0);
      return { mean: r.mean, halfWidth: r.halfWidth, served: r.denominator };
    };
    return {
      groups: first.groups,
      intervals: first.intervals,
      intervalMinutes: first.intervalMinutes,
      open: first.open,
      bins: first.bins,
      days: first.days,
      replications: this.added,
      joined: m('joined'),
      served: m('served'),
      within: m('within'),
      abandoned: m('abandoned'),
      waitSum: m('waitSum'),
      serviceSum: m('serviceSum'),
      presence: m('presence'),
      queue: queue.mean,
      busy: busy.mean,
      staffed: staffed.mean,
      queueHalfWidth: queue.halfWidth,
      busyHalfWidth: busy.halfWidth,
      staffedHalfWidth: staffed.halfWidth,
      inSystem: this.inSystem,
      channelJoined: m('channelJoined'),
      channelServed: m('channelServed'),
      channelWithin: m('channelWithin'),
      channelWaitSum: m('channelWaitSum'),
      channelAbandoned: m('channelAbandoned'),
      hotline: this.hotline ? { ...this.hotline, replications: this.added } : null,
      share: {
        cell: share('cell'),
        groupDay: share('groupDay'),
        hallInterval: share('hallInterval'),
        hallDay: share('hallDay'),
        hallAll: share('hallAll'),
        channelInterval: share('channelInterval'),
        channelDay: share('channelDay'),
      },
      wait: {
        cell: wait('cell'),
        groupDay: wait('groupDay'),
        channelInterval: wait('channelInterval'),
        channelDay: wait('channelDay'),
      },
    };
  }
}

/** Merges the loads of replications, in the order given. */
export function mergeGroupLoads(loads: readonly GroupLoad[], level: number): MergedGroupLoad {
  const fold = new GroupLoadFold(loads[0]);
  for (const l of loads) fold.add(l);
  return fold.finish(level);
}
