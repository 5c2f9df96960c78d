/**
 * Where and why people wait, from a merged run's per-group load (merge-group-load.ts) and the
 * routing of the scenario's window groups (routing.ts): plain data, no words (the app and the
 * command line put it in sentences).
 *
 *  - The hall intervals that miss the target: each interval of the opening hours of each kind of
 *    day that someone joined, whose share served within the target wait (all groups together,
 *    as attainment.ts counts them) is below the target share. Worst first: most taxpayers not
 *    served within the target over the period (per day × days of the kind), so an interval of
 *    half a joiner a day with a low, uncertain share does not come before the afternoon peak;
 *    within a kind of day that is most falling short per day.
 *  - For each, what binds: the window group and the channel whose joiners fall short most,
 *    weighted by how many (joiners not served within the target, per day), and at that group the
 *    channel that falls short most.
 *  - Windows idle while others queue: in that interval another group has at least
 *    IDLE_WINDOWS staffed windows not busy (average day) while the binding group has at least
 *    LINE_PEOPLE waiting, and the routing keeps that group's short-falling joiners from the idle
 *    windows: the idle group does not serve their channel ('channel'); their channel has windows
 *    of its own (green channel, appointment windows) that take it alone while open
 *    ('preferred'); the idle group does not serve every business type the binding group serves
 *    ('types'); or first-eligible routing sends them to the binding group first ('order').
 *
 * Guarantees: the intervals counted and met are attainment's; every figure is per day of the
 * kind (the load's sums over the days of that kind, divided by them); nothing is listed for an
 * interval nobody joined.
 */
import type { AttainmentTargets, ShareFigure } from './attainment.ts';
import { channelCell, groupLoadCell } from '../hall/group-load.ts';
import { channelIntervalIndex, type MergedGroupLoad } from './merge-group-load.ts';
import type { ResolvedGroup } from '../hall/resolved.ts';
import { type Channel, CHANNELS, DAY_TYPES, type DayType, type WindowKind } from '../scenario/index.ts';

/** Idle staffed windows (staffed − busy, average day) that count as windows standing idle. */
export const IDLE_WINDOWS = 1;
/** Taxpayers waiting (average day) that count as a line. */
export const LINE_PEOPLE = 1;

/** What the diagnosis needs to know of the routing: the groups as resolved, and the rule. */
export interface RoutingFacts {
  groups: readonly Pick<ResolvedGroup, 'kind' | 'serves' | 'channels'>[];
  routing: 'shortestExpectedWait' | 'firstEligible';
}

/** A group or channel and how its joiners fared in an interval (per day of the kind). */
export interface Binding {
  /** Group index (in the scenario's order) or channel index (in CHANNELS). */
  index: number;
  joinedPerDay: number;
  /** Joiners per day not served within the target (gave up or waited longer). */
  shortfallPerDay: number;
  share: ShareFigure;
}

/** Windows of one group standing idle while the binding group's line waits. */
export interface IdleWhileQueue {
  group: number;
  /** Staffed windows not busy, and staffed windows (average day). */
  idle: number;
  staffed: number;
  /** The channel (index in CHANNELS) of the binding group's joiners these windows do not take. */
  channel: number;
  reason: 'channel' | 'preferred' | 'types' | 'order';
  /** Groups that serve that channel at all (for "only at … and …"). */
  servedBy: number[];
}

export interface IntervalFinding {
  dayType: DayType;
  /** Interval of the opening hours (0 = from opening) and its start, minutes after midnight. */
  k: number;
  start: number;
  share: ShareFigure;
  target: number;
  joinedPerDay: number;
  shortfallPerDay: number;
  group: Binding;
  channel: Binding;
  /** At the binding group: the channel that falls short most (index in CHANNELS). */
  groupChannel: number;
  /** The binding group's line, busy and staffed windows (average day) with half-widths. */
  line: { queue: number; queueHalfWidth: number; busy: number; staffed: number };
  idle: IdleWhileQueue[];
}

export interface Diagnosis {
  /** Intervals below the target share, worst first (most falling short over the period). */
  missed: IntervalFinding[];
  /** Intervals with joiners, and how many reach the target share (attainment's count). */
  intervals: { met: number; total: number };
  /** With nothing missed: the interval with the lowest share (the nearest to missing), or null when nobody joined. */
  closest: IntervalFinding | null;
  intervalMinutes: number;
}

/** The windows set up for a channel (routing.ts): green for staggered, appointment windows for appointments. */
function ownKind(channel: Channel): WindowKind | null {
  return channel === 'staggered' ? 'green' : channel === 'appointment' ? 'appointment' : null;
}

const breadth = (g: RoutingFacts['groups'][number]) => g.serves.reduce((a, x) => a + x, 0);

/** Why group `a`'s windows do not take group `b`'s joiners of `channel`, or null if they may. */
export function keptApart(facts: RoutingFacts, a: number, b: number, channel: number): IdleWhileQueue['reason'] | null {
  const A = facts.groups[a];
  const B = facts.groups[b];
  if (!A.channels[channel]) return 'channel';
  const own = ownKind(CHANNELS[channel]);
  if (own !== null && B.kind === own && A.kind !== own) return 'preferred';
  for (let t = 0; t < B.serves.length; t++) if (B.serves[t] && !A.serves[t]) return 'types';
  // First eligible: the more specialised group comes first, and takes them while it is open.
  if (facts.routing === 'firstEligible' && breadth(B) <= breadth(A)) return 'order';
  return null;
}

function figure(s: MergedGroupLoad['share']['cell'], i: number, days: number): ShareFigure {
  return { mean: s.mean[i], halfWidth: s.halfWidth[i], joined: s.joined[i] / days };
}

function finding(load: MergedGroupLoad, facts: RoutingFacts, d: number, k: number, target: number): IntervalFinding {
  const I = load.intervals;
  const days = load.days[DAY_TYPES[d]];
  const hall = figure(load.share.hallInterval, d * I + k, days);
  let group: Binding = { index: 0, joinedPerDay: 0, shortfallPerDay: -Infinity, share: hall };
  for (let g = 0; g < load.groups.length; g++) {
    const c = groupLoadCell(I, g, d, k);
    const shortfall = (load.joined[c] - load.within[c]) / days;
    if (shortfall > group.shortfallPerDay)
      group = {
        index: g,
        joinedPerDay: load.joined[c] / days,
        shortfallPerDay: shortfall,
        share: figure(load.share.cell, c, days),
      };
  }
  let channel: Binding = { index: 0, joinedPerDay: 0, shortfallPerDay: -Infinity, share: hall };
  let groupChannel = 0;
  let best = -Infinity;
  for (let ch = 0; ch < CHANNELS.length; ch++) {
    let joined = 0;
    let within = 0;
    for (let g = 0; g < load.groups.length; g++) {
      const c = channelCell(I, g, ch, d, k);
      joined += load.channelJoined[c];
      within += load.channelWithin[c];
    }
    const atGroup = channelCell(I, group.index, ch, d, k);
    if (load.channelJoined[atGroup] - load.channelWithin[atGroup] > best) {
      best = load.channelJoined[atGroup] - load.channelWithin[atGroup];
      groupChannel = ch;
    }
    const shortfall = (joined - within) / days;
    if (shortfall > channel.shortfallPerDay) {
      channel = {
        index: ch,
        joinedPerDay: joined / days,
        shortfallPerDay: shortfall,
        share: figure(load.share.channelInterval, channelIntervalIndex(I, ch, d, k), days),
      };
    }
  }
  const b = group.index;
  const bc = groupLoadCell(I, b, d, k);
  const line = {
    queue: load.queue[bc] / days,
    queueHalfWidth: load.queueHalfWidth[bc] / days,
    busy: load.busy[bc] / days,
    staffed: load.staffed[bc] / days,
  };
  return {
    dayType: DAY_TYPES[d],
    k,
    start: load.open + k * load.intervalMinutes,
    share: hall,
    target,
    joinedPerDay: hall.joined,
    shortfallPerDay: hall.joined * (1 - hall.mean),
    group,
    channel,
    groupChannel,
    line,
    idle: line.queue >= LINE_PEOPLE ? idleWhileQueue(load, facts, d, k, b) : [],
  };
}

/** Groups with idle windows in the interval that the routing keeps from group b's short-falling joiners. */
function idleWhileQueue(load: MergedGroupLoad, facts: RoutingFacts, d: number, k: number, b: number): IdleWhileQueue[] {
  const I = load.intervals;
  const days = load.days[DAY_TYPES[d]];
  // b's channels, most falling short first, that have anyone falling short.
  const channels = CHANNELS.map((_, ch) => ({
    ch,
    short: load.channelJoined[channelCell(I, b, ch, d, k)] - load.channelWithin[channelCell(I, b, ch, d, k)],
  }))
    .filter((x) => x.short > 0)
    .sort((x, y) => y.short - x.short);
  const out: IdleWhileQueue[] = [];
  for (let a = 0; a < load.groups.length; a++) {
    if (a === b) continue;
    const c = groupLoadCell(I, a, d, k);
    const staffed = load.staffed[c] / days;
    const idle = staffed - load.busy[c] / days;
    if (idle < IDLE_WINDOWS) continue;
    for (const { ch } of channels) {
      const reason = keptApart(facts, a, b, ch);
      if (reason === null) continue;
      const servedBy = facts.groups.map((g, i) => (g.channels[ch] ? i : -1)).filter((i) => i >= 0);
      out.push({ group: a, idle, staffed, channel: ch, reason, servedBy });
      break;
    }
  }
  return out.sort((x, y) => y.idle - x.idle);
}

export function diagnose(load: MergedGroupLoad, facts: RoutingFacts, targets: AttainmentTargets): Diagnosis {
  const I = load.intervals;
  const all: IntervalFinding[] = [];
  let met = 0;
  let total = 0;
  DAY_TYPES.forEach((type, d) => {
    if (load.days[type] === 0) return;
    for (let k = 0; k < I; k++) {
      const i = d * I + k;
      if (load.share.hallInterval.joined[i] === 0) continue;
      total++;
      if (load.share.hallInterval.mean[i] >= targets[type].share) met++;
      all.push(finding(load, facts, d, k, targets[type].share));
    }
  });
  const overPeriod = (f: IntervalFinding) => f.shortfallPerDay * load.days[f.dayType];
  const order = (x: IntervalFinding, y: IntervalFinding) =>
    DAY_TYPES.indexOf(x.dayType) - DAY_TYPES.indexOf(y.dayType) || x.k - y.k;
  const missed = all
    .filter((f) => f.share.mean < f.target)
    .sort((x, y) => overPeriod(y) - overPeriod(x) || order(x, y));
  const lowest = [...all].sort((x, y) => x.share.mean - y.share.mean || order(x, y));
  return {
    missed,
    intervals: { met, total },
    closest: missed.length === 0 ? (lowest[0] ?? null) : null,
    intervalMinutes: load.intervalMinutes,
  };
}
