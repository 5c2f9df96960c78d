/**
 * What the capacity planner needs from a replication, per window group, day type and interval of
 * the opening hours (the cells of a window schedule): how many taxpayers joined the group's line,
 * how many were served within the target wait, gave up, their waits and handling times, the
 * time-average number in the group's system, and the distribution of the number that each joining
 * taxpayer found at the group's open windows and in its line (the quantity the Iterative Staffing
 * Algorithm staffs against: a joiner waits exactly when it is at least the open windows; taxpayers
 * finishing at windows that are closing are left out, as they take no newcomer). Recorded only when
 * asked for (`runReplication(..., { groupLoad: true })`): it costs memory and a little time.
 *
 * Everything is counted by the interval of the ticket (the moment of joining the line), over
 * taxpayers counted in the statistics (after the warm-up), summed over the days of each type.
 * Cell index: (group · 3 + day type) · intervals + interval, day types in DAY_TYPES order.
 *
 * Results runs record it too (`RESULTS_LOAD`, without the histogram), for "meets the target" and
 * for where and why people wait: the time-average line, busy and staffed windows of each group
 * by interval (the station pools' own levels), and the same counts split by channel (walk-in,
 * appointment, staggered) within each group. Channel cell index:
 * ((group · 3 + channel) · 3 + day type) · intervals + interval, channels in CHANNELS order;
 * summed over the channels, the channel counts are the group's counts exactly.
 */
import type { Resolved } from './resolve.ts';
import { CHANNELS, DAY_TYPES, type DayType, MINUTES_PER_DAY } from '../scenario/index.ts';
import type { Station } from './station.ts';
import { HotlineLoadRecorder, type HotlineLoad } from './hotline-load.ts';
import { hallSetup } from './setup.ts';

/** Bins of the number in system found on joining: 0 … BINS − 2, and BINS − 1 for that many or more. */
export const IN_SYSTEM_BINS = 160;

export interface GroupLoad {
  /** Group ids, in the scenario's order. */
  groups: string[];
  /** Intervals of the opening hours (the schedule's length) and their length, minutes. */
  intervals: number;
  intervalMinutes: number;
  /** Opening time, minutes after midnight (interval k starts at open + k·intervalMinutes). */
  open: number;
  bins: number;
  /** Working days of each day type in the horizon (after the warm-up). */
  days: Record<DayType, number>;
  joined: Float64Array;
  served: Float64Array;
  /** Served with a wait of at most the scenario's target. */
  within: Float64Array;
  abandoned: Float64Array;
  waitSum: Float64Array;
  /** Handling time of those served, minutes (the group's work from the interval's arrivals). */
  serviceSum: Float64Array;
  /** Time-average taxpayers in the group's system (waiting or served), summed over the days. */
  presence: Float64Array;
  /** Time-average taxpayers waiting in the group's line, summed over the days (presence = queue + busy). */
  queue: Float64Array;
  /** Time-average busy windows of the group, summed over the days. */
  busy: Float64Array;
  /** Time-average staffed windows (open, plus closing ones finishing a customer), summed over the days. */
  staffed: Float64Array;
  /** cells × bins: joiners by the number they found at the group's open windows and in its line. */
  inSystem: Uint32Array;
  /** The counts above split by channel within each group (channel cells, see channelCell). */
  channelJoined: Float64Array;
  channelServed: Float64Array;
  channelWithin: Float64Array;
  channelWaitSum: Float64Array;
  channelAbandoned: Float64Array;
  /** The 12366 hotline's load (hotline-load.ts): recorded with the histograms when there is a hotline. */
  hotline: HotlineLoad | null;
}

/** What to record: the target wait that counts as "within", per day type (default: the scenario's target). */
export interface GroupLoadOptions {
  waitMinutes?: Record<DayType, number>;
  /** Also the distribution of the number each joiner found (the planner's; default true). Off, `inSystem` is empty. */
  inSystem?: boolean;
}

/**
 * What a results run records (the app's what-if runs, `hallflow simulate`): the counts behind
 * "meets the target" (attainment.ts), without the planner's histograms.
 */
export const RESULTS_LOAD: GroupLoadOptions = { inSystem: false };

export function groupLoadCell(intervals: number, group: number, dayType: number, k: number): number {
  return (group * DAY_TYPES.length + dayType) * intervals + k;
}

/** Cells of the channel breakdown: groups × channels × day types × intervals. */
export function channelCells(g: Pick<GroupLoad, 'groups' | 'intervals'>): number {
  return g.groups.length * CHANNELS.length * DAY_TYPES.length * g.intervals;
}

/** Channel cell of group `group`, channel `channel` (index in CHANNELS), day type and interval. */
export function channelCell(intervals: number, group: number, channel: number, dayType: number, k: number): number {
  return ((group * CHANNELS.length + channel) * DAY_TYPES.length + dayType) * intervals + k;
}

export class GroupLoadRecorder {
  private readonly load: GroupLoad;
  /** Target wait by day type index. */
  private readonly target: Float64Array;
  private readonly dayTypeOf: Int8Array;
  private readonly histogram: boolean;
  /** The hotline's recorder (the Hotline reports to it), when recorded. */
  readonly hotline: HotlineLoadRecorder | null;
  /** Cells of one group (and of one channel within a group): day types × intervals. */
  private readonly stride: number;
  /** The day type of the last `slot` found. */
  private dt = 0;

  constructor(
    private readonly r: Resolved,
    options: GroupLoadOptions = {},
  ) {
    const cells = r.groups.length * DAY_TYPES.length * r.hallIntervals;
    this.stride = DAY_TYPES.length * r.hallIntervals;
    const days = { ordinary: 0, filing: 0, deadline: 0 } as Record<DayType, number>;
    this.dayTypeOf = hallSetup(r).dayType;
    const warmDay = Math.ceil(r.warmupEnd / MINUTES_PER_DAY);
    for (let d = warmDay; d < r.days; d++) if (this.dayTypeOf[d] >= 0) days[DAY_TYPES[this.dayTypeOf[d]]]++;
    this.target = Float64Array.from(DAY_TYPES, (d) => options.waitMinutes?.[d] ?? r.target.waitMinutes);
    this.histogram = options.inSystem ?? true;
    this.hotline = this.histogram && r.hotline ? new HotlineLoadRecorder(r) : null;
    this.load = {
      groups: r.groups.map((g) => g.id),
      intervals: r.hallIntervals,
      intervalMinutes: r.interval,
      open: r.open,
      bins: IN_SYSTEM_BINS,
      days,
      joined: new Float64Array(cells),
      served: new Float64Array(cells),
      within: new Float64Array(cells),
      abandoned: new Float64Array(cells),
      waitSum: new Float64Array(cells),
      serviceSum: new Float64Array(cells),
      presence: new Float64Array(cells),
      queue: new Float64Array(cells),
      busy: new Float64Array(cells),
      staffed: new Float64Array(cells),
      inSystem: new Uint32Array(this.histogram ? cells * IN_SYSTEM_BINS : 0),
      channelJoined: new Float64Array(cells * CHANNELS.length),
      channelServed: new Float64Array(cells * CHANNELS.length),
      channelWithin: new Float64Array(cells * CHANNELS.length),
      channelWaitSum: new Float64Array(cells * CHANNELS.length),
      channelAbandoned: new Float64Array(cells * CHANNELS.length),
      hotline: null,
    };
  }

  /**
   * The day type and interval of the opening hours of a ticket taken at `time`, as
   * dayType · intervals + interval (−1 outside the opening hours); the day type is left in `dt`.
   * A group's cell is then g · DAY_TYPES.length · intervals + slot, and its channel cells follow
   * the same way: integer sums, not the divisions and remainders of taking a cell apart.
   */
  private slot(time: number): number {
    const day = Math.floor(time / MINUTES_PER_DAY);
    const dt = day < this.dayTypeOf.length ? this.dayTypeOf[day] : -1;
    if (dt < 0) return -1;
    const k = Math.floor((time - day * MINUTES_PER_DAY - this.r.open) / this.r.interval);
    if (k < 0 || k >= this.r.hallIntervals) return -1;
    this.dt = dt;
    return dt * this.r.hallIntervals + k;
  }

  /**
   * A counted taxpayer of channel `channel` (index in CHANNELS) joins group g's line at `time`,
   * finding `inSystem` at its open windows and in its line.
   */
  joined(g: number, channel: number, time: number, inSystem: number): void {
    const s = this.slot(time);
    if (s < 0) return;
    const stride = this.stride;
    const c = g * stride + s;
    this.load.joined[c]++;
    this.load.channelJoined[(g * CHANNELS.length + channel) * stride + s]++;
    if (this.histogram) this.load.inSystem[c * IN_SYSTEM_BINS + Math.min(inSystem, IN_SYSTEM_BINS - 1)]++;
  }

  served(g: number, channel: number, ticket: number, wait: number, service: number): void {
    const s = this.slot(ticket);
    if (s < 0) return;
    const l = this.load;
    const stride = this.stride;
    const c = g * stride + s;
    const ch = (g * CHANNELS.length + channel) * stride + s;
    l.served[c]++;
    l.channelServed[ch]++;
    if (wait <= this.target[this.dt]) {
      l.within[c]++;
      l.channelWithin[ch]++;
    }
    l.waitSum[c] += wait;
    l.channelWaitSum[ch] += wait;
    l.serviceSum[c] += service;
  }

  abandoned(g: number, channel: number, ticket: number): void {
    const s = this.slot(ticket);
    if (s < 0) return;
    const stride = this.stride;
    this.load.abandoned[g * stride + s]++;
    this.load.channelAbandoned[(g * CHANNELS.length + channel) * stride + s]++;
  }

  /**
   * The result, with the time-average number in each group's system, in its line, and its busy
   * and staffed windows taken from its station's levels by interval (a grid from midnight; an
   * opening time off that grid is rounded down).
   */
  finish(stations: readonly Station[]): GroupLoad {
    const r = this.r;
    const l = this.load;
    const first = Math.floor(r.open / r.interval);
    const warmDay = Math.ceil(r.warmupEnd / MINUTES_PER_DAY);
    stations.forEach((s, g) => {
      const iv = s.pool.intervals!;
      for (let d = warmDay; d < r.days; d++) {
        const dt = this.dayTypeOf[d];
        if (dt < 0) continue;
        for (let k = 0; k < r.hallIntervals; k++) {
          const j = d * r.intervalsPerDay + first + k;
          if (j >= iv.busy.area.length) break;
          const c = groupLoadCell(r.hallIntervals, g, dt, k);
          l.presence[c] += (iv.busy.area[j] + iv.queue.area[j]) / r.interval;
          l.queue[c] += iv.queue.area[j] / r.interval;
          l.busy[c] += iv.busy.area[j] / r.interval;
          l.staffed[c] += iv.open.area[j] / r.interval;
        }
      }
    });
    l.hotline = this.hotline?.load ?? null;
    return l;
  }
}
